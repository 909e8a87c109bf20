"""One-time verification codes for new members (W3): issue, check, resend — pure rules.

A code is six digits, valid for 24 hours, and only its salted hash is kept. Five wrong
answers lock it; comparisons are constant-time. Resends are rate-limited (a minimum gap
and a cap per hour), so a member — or a bot — cannot make the app spam an address.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

import regex

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=24)
MAX_WRONG = 5
RESEND_GAP = timedelta(minutes=1)
RESENDS_PER_HOUR = 5
_ITERATIONS = 2_000  # a little work per guess at rest; the lock does the real protecting

# Six digits standing alone (not part of a phone number or an order number).
_CODE_IN_TEXT = regex.compile(r"(?<!\d)(\d{6})(?!\d)")


class CheckResult(StrEnum):
    VERIFIED = "verified"
    WRONG = "wrong"
    LOCKED = "locked"
    EXPIRED = "expired"
    ALREADY = "already_verified"
    NO_CODE = "no_code"


@dataclass(frozen=True)
class CodeState:
    code_hash: str
    salt: str
    issued_at: datetime
    expires_at: datetime
    wrong_tries: int = 0
    locked_at: datetime | None = None
    verified_at: datetime | None = None
    last_sent_at: datetime | None = None
    sends: tuple[datetime, ...] = ()  # send times within the last hour (for the rate limit)

    @property
    def tries_left(self) -> int:
        return max(0, MAX_WRONG - self.wrong_tries)

    def expired(self, now: datetime) -> bool:
        return self.verified_at is None and now >= self.expires_at


def hash_code(code: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", code.encode(), bytes.fromhex(salt), _ITERATIONS).hex()


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    return f"{randbelow(10**CODE_LENGTH):0{CODE_LENGTH}d}"


def issue(
    now: datetime,
    *,
    code: str | None = None,
    ttl: timedelta = CODE_TTL,
    salt: str | None = None,
) -> tuple[str, CodeState]:
    """A fresh code and the state to store (the code itself is not in it)."""
    code = code or new_code()
    if len(code) != CODE_LENGTH or not code.isdigit():
        raise ValueError("a code is six digits")
    salt = salt or secrets.token_hex(16)
    state = CodeState(hash_code(code, salt), salt, now, now + ttl, last_sent_at=now, sends=(now,))
    return code, state


def check(state: CodeState, answer: str, now: datetime) -> tuple[CheckResult, CodeState]:
    """Check one answer; returns the verdict and the state to store."""
    if state.verified_at is not None:
        return CheckResult.ALREADY, state
    if state.locked_at is not None:
        return CheckResult.LOCKED, state
    if now >= state.expires_at:
        return CheckResult.EXPIRED, state
    answer = answer.strip()
    # Hash whatever came (even malformed input) so timing does not tell formats apart.
    candidate = hash_code(answer[:32], state.salt)
    ok = hmac.compare_digest(candidate, state.code_hash) and len(answer) == CODE_LENGTH
    if ok:
        return CheckResult.VERIFIED, replace(state, verified_at=now)
    tries = state.wrong_tries + 1
    if tries >= MAX_WRONG:
        return CheckResult.LOCKED, replace(state, wrong_tries=tries, locked_at=now)
    return CheckResult.WRONG, replace(state, wrong_tries=tries)


def can_resend(state: CodeState, now: datetime) -> tuple[bool, datetime | None]:
    """May a new code be sent now? If not, the earliest moment it may (None: never)."""
    if state.verified_at is not None:
        return False, None
    recent = sorted(t for t in state.sends if now - t < timedelta(hours=1))
    if state.last_sent_at is not None and now - state.last_sent_at < RESEND_GAP:
        return False, state.last_sent_at + RESEND_GAP
    if len(recent) >= RESENDS_PER_HOUR:
        return False, recent[0] + timedelta(hours=1)
    return True, None


def reissue(state: CodeState, now: datetime, *, code: str | None = None) -> tuple[str, CodeState]:
    """A resend: a new code (the old one stops working), tries reset, lock lifted.

    Raises ``ValueError`` when the rate limit forbids it; check ``can_resend`` first.
    """
    allowed, _ = can_resend(state, now)
    if not allowed:
        raise ValueError("resend not allowed yet")
    code, fresh = issue(now, code=code)
    sends = (*(t for t in state.sends if now - t < timedelta(hours=1)), now)
    return code, replace(fresh, sends=sends)


def codes_in(text: str) -> list[str]:
    """Six-digit candidates in a reply, in order, without repeats."""
    return list(dict.fromkeys(_CODE_IN_TEXT.findall(text)))
