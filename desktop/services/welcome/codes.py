"""Verification codes in the database (W3): issuing, checking, expiry — around the pure rules.

Only the hash of a code is stored, keyed with the workspace's code key (see ``CodeKeys``)
when a keyring can hold one. The plain code exists in memory while the runner builds the
message that carries it, and in that queued message.
"""

from __future__ import annotations

import logging
import secrets as random_source
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import WelcomeStepKind
from desktop.domain.welcome import codes as rules
from desktop.secrets import SecretError, SecretStore, StoredIn
from desktop.services.welcome.bulk import CHUNK as _CHUNK
from desktop.services.welcome.bulk import update_rows
from desktop.store.base import table_of
from desktop.store.db import Database
from desktop.store.models import Enrolment, WelcomeStep, WelcomeStepEvent, WelcomeVerification

log = logging.getLogger(__name__)

KEY_REF = "welcome-code-key:{}"  # keyring reference of one code key, by its id
_VERIFICATIONS = table_of(WelcomeVerification)


def to_state(v: WelcomeVerification) -> rules.CodeState:
    return rules.CodeState(
        code_hash=v.code_hash,
        salt=v.salt,
        issued_at=v.issued_at,
        expires_at=v.expires_at,
        wrong_tries=v.wrong_tries,
        locked_at=v.locked_at,
        verified_at=v.verified_at,
        last_sent_at=v.last_sent_at,
        sends=tuple(datetime.fromisoformat(t) for t in (v.sends or [])),
    )


def apply_state(v: WelcomeVerification, st: rules.CodeState) -> None:
    v.code_hash, v.salt = st.code_hash, st.salt
    v.issued_at, v.expires_at = st.issued_at, st.expires_at
    v.wrong_tries, v.locked_at, v.verified_at = st.wrong_tries, st.locked_at, st.verified_at
    v.last_sent_at = st.last_sent_at
    v.sends = [t.isoformat() for t in st.sends]


class CodeKeys:
    """The workspace's code-hashing keys: created once, kept in the OS keyring, cached here.

    A key lives in the keyring under its random id, and every hash names the id it was
    made with, so keys follow the database when it moves between workspaces' folders and an
    old key keeps checking its codes after a new one was made. Without a usable keyring
    there is nowhere to keep a key that outlives the process and is not beside the hashes:
    codes then fall back to the legacy salted hash (as weak as before against someone with
    the database file, but a code sent today still verifies after a restart). A key that
    only made it into the store's memory is not used, for the same reason.
    """

    def __init__(self, store: SecretStore | None = None) -> None:
        self._store = store
        self._lock = threading.Lock()  # the runner's executor thread and the UI thread
        self._known: dict[str, rules.CodeKey | None] = {}
        self._current: rules.CodeKey | None = None

    @property
    def store(self) -> SecretStore:
        if self._store is None:  # made on first use: building one asks the keyring library
            self._store = SecretStore()
        return self._store

    def get(self, key_id: str) -> rules.CodeKey | None:
        """The key with this id, or None when the keyring no longer has it."""
        with self._lock:
            if key_id in self._known:
                return self._known[key_id]
            try:
                secret = self.store.get(KEY_REF.format(key_id))
            except SecretError:
                log.warning("the keyring could not be read; code key %s unavailable", key_id)
                return None  # not cached: the keyring may be unlocked later
            key = rules.CodeKey(key_id, bytes.fromhex(secret)) if secret else None
            self._known[key_id] = key
            return key

    def current(self, s: Session) -> rules.CodeKey | None:
        """The key new codes are hashed with; None means the legacy scheme."""
        if self._current is not None:
            return self._current
        if not self.store.available:
            return None
        newest = s.scalar(
            select(WelcomeVerification.code_hash)
            .where(WelcomeVerification.code_hash.like(f"${rules.HMAC_SCHEME}$%"))
            .order_by(WelcomeVerification.id.desc())
            .limit(1)
        )
        key_id = rules.key_id_of(newest) if newest else None
        key = self.get(key_id) if key_id else None
        if key is None:
            key = self._create()
        with self._lock:
            self._current = key
        return key

    def for_hash(self, code_hash: str) -> rules.CodeKey | None:
        key_id = rules.key_id_of(code_hash)
        return self.get(key_id) if key_id else None

    def _create(self) -> rules.CodeKey | None:
        key = rules.CodeKey(random_source.token_hex(8), random_source.token_bytes(32))
        ref = KEY_REF.format(key.id)
        try:
            where = self.store.set(ref, key.secret.hex())
        except SecretError:
            log.warning("the keyring refused the code key; codes use the legacy hash")
            return None
        if where not in (StoredIn.KEYRING, StoredIn.TEAM):
            self.store.delete(ref)
            log.warning("no keyring for the code key; codes use the legacy hash")
            return None
        with self._lock:
            self._known[key.id] = key
        return key


@dataclass
class CodeBook:
    """Codes issued during one runner pass: the same code for every step of that pass."""

    codes: dict[int, tuple[int, str]] = field(default_factory=dict)  # enrolment → (member, code)

    def code_for(self, enrolment_id: int, member_id: int) -> str:
        if enrolment_id not in self.codes:
            self.codes[enrolment_id] = (member_id, rules.new_code())
        return self.codes[enrolment_id][1]

    def save(self, db: Database, now: datetime, keys: CodeKeys | None = None) -> None:
        with db.write() as s:
            self.save_in(s, now, keys.current(s) if keys else None)

    def save_in(self, s: Session, now: datetime, key: rules.CodeKey | None) -> None:
        """Store the hashes in bulk, in the caller's transaction (before the messages)."""
        if not self.codes:
            return
        ids = list(self.codes)
        existing: dict[int, tuple[int, datetime | None, list[str] | None]] = {}
        for i in range(0, len(ids), _CHUNK):
            for vid, eid, verified, sends in s.execute(
                select(
                    _VERIFICATIONS.c.id,
                    _VERIFICATIONS.c.enrolment_id,
                    _VERIFICATIONS.c.verified_at,
                    _VERIFICATIONS.c.sends,
                ).where(_VERIFICATIONS.c.enrolment_id.in_(ids[i : i + _CHUNK]))
            ):
                existing[eid] = (vid, verified, sends)
        fresh: list[dict[str, Any]] = []
        again: list[dict[str, Any]] = []
        for eid, (mid, code) in self.codes.items():
            _, st = rules.issue(now, code=code, key=key)
            row: dict[str, Any] = {
                "code_hash": st.code_hash,
                "salt": st.salt,
                "issued_at": st.issued_at,
                "expires_at": st.expires_at,
                "wrong_tries": st.wrong_tries,
                "locked_at": None,
                "verified_at": None,
                "last_sent_at": st.last_sent_at,
                "flagged_at": None,
            }
            if eid not in existing:
                fresh.append(
                    row | {"enrolment_id": eid, "member_id": mid, "sends": [now.isoformat()]}
                )
                continue
            vid, verified, sends = existing[eid]
            if verified is not None:
                continue
            # A later step re-sends: keep the send history for the rate limit.
            again.append(row | {"id": vid, "sends": [*(sends or []), now.isoformat()]})
        if fresh:
            s.execute(insert(_VERIFICATIONS), fresh)
        if again:
            update_rows(s, _VERIFICATIONS, again)


def gate_states(
    s: Session, enrolment_ids: Sequence[int]
) -> dict[int, tuple[datetime | None, datetime | None]]:
    """enrolment → (verified_at, expires_at) for those that have a code."""
    out: dict[int, tuple[datetime | None, datetime | None]] = {}
    for i in range(0, len(enrolment_ids), _CHUNK):
        for eid, ver, exp in s.execute(
            select(
                WelcomeVerification.enrolment_id,
                WelcomeVerification.verified_at,
                WelcomeVerification.expires_at,
            ).where(WelcomeVerification.enrolment_id.in_(list(enrolment_ids[i : i + _CHUNK])))
        ):
            out[eid] = (ver, exp)
    return out


def flag_expired(db: Database, now: datetime) -> int:
    """Codes that expired unanswered: the member is flagged as a possible bot."""
    from desktop.services.welcome.enrol import EnrolStatus

    with db.write() as s:
        rows = s.execute(
            select(WelcomeVerification.id, WelcomeVerification.enrolment_id).where(
                WelcomeVerification.verified_at.is_(None),
                WelcomeVerification.flagged_at.is_(None),
                WelcomeVerification.locked_at.is_(None),
                WelcomeVerification.expires_at <= now,
            )
        ).all()
        for i in range(0, len(rows), _CHUNK):
            chunk = rows[i : i + _CHUNK]
            s.execute(
                update(WelcomeVerification)
                .where(WelcomeVerification.id.in_([v for v, _ in chunk]))
                .values(flagged_at=now)
            )
            s.execute(
                update(Enrolment)
                .where(
                    Enrolment.id.in_([e for _, e in chunk]),
                    Enrolment.status == EnrolStatus.ACTIVE,
                )
                .values(
                    status=EnrolStatus.UNVERIFIED,
                    stop_reason="code expired: possible bot",
                    next_due_at=None,
                    finished_at=now,
                )
            )
        return len(rows)


def complete_verification_steps(s: Session) -> None:
    """The verification step is completed when the member verified, not when it was sent."""
    rows = s.execute(
        select(WelcomeStepEvent.id, WelcomeVerification.verified_at)
        .join(WelcomeStep, WelcomeStep.id == WelcomeStepEvent.step_id)
        .join(
            WelcomeVerification, WelcomeVerification.enrolment_id == WelcomeStepEvent.enrolment_id
        )
        .where(
            WelcomeStep.kind == WelcomeStepKind.VERIFICATION,
            WelcomeVerification.verified_at.is_not(None),
            WelcomeStepEvent.completed_at.is_(None),
        )
    ).all()
    update_rows(s, table_of(WelcomeStepEvent), [{"id": i, "completed_at": at} for i, at in rows])
