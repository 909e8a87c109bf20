"""Our ``msgid`` for kf/send_msg and kf/send_msg_on_event: ≤ 32 bytes of [0-9a-zA-Z_-]
(https://developer.work.weixin.qq.com/document/path/94677).

It is derived from the outbox row's idempotency key, so a resend after a crash carries the
same id and WeCom answers with the message it already sent instead of sending it twice.
"""

from __future__ import annotations

import base64
import hashlib
import re

MAX_LEN = 32
VALID = re.compile(r"[0-9A-Za-z_-]{1,32}")


def msgid_for(key: str) -> str:
    """A stable 32-character id: url-safe base64 (exactly the allowed alphabet) of SHA-256."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")[:MAX_LEN]


def is_valid(msgid: str) -> bool:
    return VALID.fullmatch(msgid) is not None


__all__ = ["MAX_LEN", "is_valid", "msgid_for"]
