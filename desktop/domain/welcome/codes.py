"""One-time verification codes for new members (W3): issue, check, resend — pure rules.

A code is six digits, valid for 24 hours, and only its hash is kept. Five wrong answers
lock it; comparisons are constant-time. Resends are rate-limited (a minimum gap and a cap
per hour), so a member — or a bot — cannot make the app spam an address.

Why a keyed hash: a million possible codes is nothing to brute-force offline, whatever
the PBKDF2 round count, so anyone holding the database file could read every pending code
from its hash. With HMAC-SHA256 under a per-workspace secret kept outside the database
(the OS keyring), the hashes are useless without that secret, and hashing stays cheap
enough to issue ten thousand codes in one runner pass. The hash carries its scheme and key
id (``$hmac-sha256$<key id>$<hex>``); a bare hex hash is the older salted PBKDF2, still
checked as such and still issued when no keyring can keep a key.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

import regex

CODE_LENGTH = 6
CODE_TTL = timedelta(hours=24)
MAX_WRONG = 5
RESEND_GAP = timedelta(minutes=1)
RESENDS_PER_HOUR = 5
# The legacy scheme (bare hex): kept for hashes already stored and for workspaces without
# a keyring. Its rounds slow a guess down a little; they cannot protect a 6-digit space.
LEGACY_ITERATIONS = 2_000
HMAC_SCHEME = "hmac-sha256"
_HMAC_PREFIX = f"${HMAC_SCHEME}$"

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


@dataclass(frozen=True)
class CodeKey:
    """A workspace's secret for hashing codes; ``id`` names it inside every hash it made."""

    id: str
    secret: bytes = field(repr=False)


def hash_code(code: str, salt: str, key: CodeKey | None = None) -> str:
    """The stored form of ``code``: keyed when there is a key, else the legacy PBKDF2."""
    if key is None:
        return hashlib.pbkdf2_hmac(
            "sha256", code.encode(), bytes.fromhex(salt), LEGACY_ITERATIONS
        ).hex()
    # The salt (fixed length) still keeps two equal codes from having equal hashes.
    digest = hmac.new(key.secret, bytes.fromhex(salt) + code.encode(), hashlib.sha256)
    return f"{_HMAC_PREFIX}{key.id}${digest.hexdigest()}"


def key_id_of(code_hash: str) -> str | None:
    """The id of the key a hash was made with; None for a legacy (unkeyed) hash."""
    if not code_hash.startswith(_HMAC_PREFIX):
        return None
    return code_hash[len(_HMAC_PREFIX) :].split("$", 1)[0]


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    return f"{randbelow(10**CODE_LENGTH):0{CODE_LENGTH}d}"


def issue(
    now: datetime,
    *,
    code: str | None = None,
    ttl: timedelta = CODE_TTL,
    salt: str | None = None,
    key: CodeKey | None = None,
) -> tuple[str, CodeState]:
    """A fresh code and the state to store (the code itself is not in it)."""
    code = code or new_code()
    if len(code) != CODE_LENGTH or not code.isdigit():
        raise ValueError("a code is six digits")
    salt = salt or secrets.token_hex(16)
    state = CodeState(
        hash_code(code, salt, key), salt, now, now + ttl, last_sent_at=now, sends=(now,)
    )
    return code, state


def check(
    state: CodeState, answer: str, now: datetime, key: CodeKey | None = None
) -> tuple[CheckResult, CodeState]:
    """Check one answer; returns the verdict and the state to store.

    ``key`` is the key named in a keyed hash (see ``key_id_of``). When that key is gone
    (the keyring was reset or the workspace moved machines) the code cannot be checked at
    all: it is reported as expired, without using up a try, so the operator sends a new one.
    """
    if state.verified_at is not None:
        return CheckResult.ALREADY, state
    if state.locked_at is not None:
        return CheckResult.LOCKED, state
    if now >= state.expires_at:
        return CheckResult.EXPIRED, state
    wanted = key_id_of(state.code_hash)
    if wanted is not None and (key is None or key.id != wanted):
        return CheckResult.EXPIRED, state
    answer = answer.strip()
    # Hash whatever came (even malformed input) so timing does not tell formats apart.
    candidate = hash_code(answer[:32], state.salt, key if wanted is not None else None)
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


def reissue(
    state: CodeState, now: datetime, *, code: str | None = None, key: CodeKey | None = None
) -> tuple[str, CodeState]:
    """A resend: a new code (the old one stops working), tries reset, lock lifted.

    Raises ``ValueError`` when the rate limit forbids it; check ``can_resend`` first.
    """
    allowed, _ = can_resend(state, now)
    if not allowed:
        raise ValueError("resend not allowed yet")
    code, fresh = issue(now, code=code, key=key)
    sends = (*(t for t in state.sends if now - t < timedelta(hours=1)), now)
    return code, replace(fresh, sends=sends)


def codes_in(text: str) -> list[str]:
    """Six-digit candidates in a reply, in order, without repeats."""
    return list(dict.fromkeys(_CODE_IN_TEXT.findall(text)))
