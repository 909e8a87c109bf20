"""``shequn wecom check-callback``: try a WeCom URL-verification request by hand.

Setting up the callback URL is where operators get stuck: the console only says it
failed. Given the Token, EncodingAESKey and corp ID and the query of the GET WeCom sent,
this prints the decrypted echo (what the worker answers) or the reason it fails.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

COMMAND = "wecom"


def add_parsers(subparsers: Any) -> None:
    p = subparsers.add_parser(COMMAND, help="WeCom tools (callback URL check)")
    sub = p.add_subparsers(dest="wecom_command", metavar="WECOM_COMMAND", required=True)
    check = sub.add_parser(
        "check-callback", help="decrypt a URL-verification request: prints the echo or why not"
    )
    for name in ("token", "aes-key", "corp-id", "signature", "timestamp", "nonce", "echostr"):
        check.add_argument(f"--{name}", required=True)


def run(args: argparse.Namespace, _paths: Path | Any) -> int | None:
    if getattr(args, "command", None) != COMMAND:
        return None
    from desktop.channels.wecom.crypto import CallbackRejected, WeComCrypto

    try:
        crypto = WeComCrypto(args.token, args.aes_key, args.corp_id)
        echo = crypto.verify_url(args.signature, args.timestamp, args.nonce, args.echostr)
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except CallbackRejected as e:
        print(f"refused: {e.reason}", file=sys.stderr)
        return 1
    print(echo)
    return 0
