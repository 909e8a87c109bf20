"""``shequn links MEMBER_ID``: the member's center, preferences and unsubscribe links (for
support answers and checks). ``--base-url URL`` sets the workspace's public address (""
clears it); ``--rotate-key`` makes every link sent so far stop working; ``--show-key``
prints the key for a worker without a keyring (``$SHEQUN_LINK_KEY``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.config import Paths

COMMAND = "links"


def add_parsers(subparsers: Any) -> None:
    p = subparsers.add_parser(
        COMMAND, help="print a member's personal center, preferences and unsubscribe links"
    )
    p.add_argument("member", metavar="MEMBER_ID", type=int, nargs="?", help="the member's id")
    p.add_argument(
        "--base-url",
        metavar="URL",
        help='the public address members reach (https://…, behind the HTTPS proxy); "" clears',
    )
    p.add_argument(
        "--rotate-key", action="store_true", help="new signing key: every earlier link stops"
    )
    p.add_argument(
        "--show-key",
        action="store_true",
        help="print the signing key, for $SHEQUN_LINK_KEY on a worker without a keyring",
    )


def run(args: argparse.Namespace, paths: Paths) -> int | None:
    """The exit code, or None when the command is not ours."""
    if getattr(args, "command", None) != COMMAND:
        return None
    from desktop.secrets import SecretStore
    from desktop.services.member_pages import (
        AddressProblem,
        KeyringLinkKeys,
        LinkKeyError,
        LinkSigner,
        base_url,
        set_public_base_url,
    )
    from desktop.services.workspace.service import open_workspace
    from desktop.store.models import Member

    if args.member is None and args.base_url is None and not (args.rotate_key or args.show_key):
        print("error: give a MEMBER_ID, --base-url, --rotate-key or --show-key", file=sys.stderr)
        return 2
    opened = open_workspace(paths)
    db = opened.db
    try:
        # In a team, the link key is the team's (team vault) once the team has a team key.
        if opened.sqlite_path is None:
            from desktop.services.team.vault import team_secret_store

            secrets = team_secret_store(db)
        else:
            secrets = SecretStore()
        keys = KeyringLinkKeys(db, secrets)
        if args.base_url is not None:
            try:
                stored = set_public_base_url(db, args.base_url)
            except AddressProblem as exc:
                print(f"error: --base-url: {exc}", file=sys.stderr)
                return 2
            print(f"public address: {stored or '(none: the worker’s listen address)'}")
        try:
            if args.rotate_key:
                keys.rotate()
                print("new signing key: links sent before no longer work")
            if args.show_key:
                print(f"SHEQUN_LINK_KEY={keys.reveal()}")
        except LinkKeyError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.member is None:
            return 0
        with db.read() as s:
            m = s.get(Member, args.member)
            known = m is not None and m.erased_at is None
        if not known:
            print(f"error: no member {args.member}", file=sys.stderr)
            return 1
        base = base_url(db)
        if not base:
            print(
                "error: no address for links yet: set one with --base-url, or run "
                "`shequn worker --listen HOST:PORT` once",
                file=sys.stderr,
            )
            return 1
        try:
            links = LinkSigner(keys).links(args.member, base)
        except LinkKeyError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        print(f"center: {links.center}")
        print(f"preferences: {links.preferences}")
        print(f"unsubscribe: {links.unsubscribe}")
        return 0
    finally:
        db.dispose()
