"""Verification codes in the database (W3): issuing, checking, expiry — around the pure rules.

Only the salted hash of a code is stored. The plain code exists in memory while the
runner builds the message that carries it, and in that queued message.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain import welcome_codes as rules
from desktop.domain.enums import WelcomeStepKind
from desktop.store.db import Database
from desktop.store.models import Enrolment, WelcomeStep, WelcomeStepEvent, WelcomeVerification


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


@dataclass
class CodeBook:
    """Codes issued during one runner pass: the same code for every step of that pass."""

    codes: dict[int, tuple[int, str]] = field(default_factory=dict)  # enrolment → (member, code)

    def code_for(self, enrolment_id: int, member_id: int) -> str:
        if enrolment_id not in self.codes:
            self.codes[enrolment_id] = (member_id, rules.new_code())
        return self.codes[enrolment_id][1]

    def save(self, db: Database, now: datetime) -> None:
        if not self.codes:
            return
        with db.write() as s:
            existing = {
                v.enrolment_id: v
                for v in s.scalars(
                    select(WelcomeVerification).where(
                        WelcomeVerification.enrolment_id.in_(list(self.codes))
                    )
                )
            }
            for eid, (mid, code) in self.codes.items():
                _, st = rules.issue(now, code=code)
                v = existing.get(eid)
                if v is None:
                    v = WelcomeVerification(enrolment_id=eid, member_id=mid)
                    s.add(v)
                elif v.verified_at is not None:
                    continue
                else:  # a later step re-sends: keep the send history for the rate limit
                    st = rules.CodeState(
                        **{**st.__dict__, "sends": (*to_state(v).sends, now)}  # type: ignore[arg-type]
                    )
                apply_state(v, st)
                v.flagged_at = None


def gate_states(
    s: Session, enrolment_ids: Sequence[int]
) -> dict[int, tuple[datetime | None, datetime | None]]:
    """enrolment → (verified_at, expires_at) for those that have a code."""
    out: dict[int, tuple[datetime | None, datetime | None]] = {}
    for i in range(0, len(enrolment_ids), 900):
        for eid, ver, exp in s.execute(
            select(
                WelcomeVerification.enrolment_id,
                WelcomeVerification.verified_at,
                WelcomeVerification.expires_at,
            ).where(WelcomeVerification.enrolment_id.in_(list(enrolment_ids[i : i + 900])))
        ):
            out[eid] = (ver, exp)
    return out


def flag_expired(db: Database, now: datetime) -> int:
    """Codes that expired unanswered: the member is flagged as a possible bot."""
    from desktop.services.welcome_enrol import EnrolStatus

    with db.write() as s:
        rows = list(
            s.scalars(
                select(WelcomeVerification).where(
                    WelcomeVerification.verified_at.is_(None),
                    WelcomeVerification.flagged_at.is_(None),
                    WelcomeVerification.locked_at.is_(None),
                    WelcomeVerification.expires_at <= now,
                )
            )
        )
        for v in rows:
            v.flagged_at = now
            s.execute(
                update(Enrolment)
                .where(Enrolment.id == v.enrolment_id, Enrolment.status == EnrolStatus.ACTIVE)
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
    if rows:
        s.execute(update(WelcomeStepEvent), [{"id": i, "completed_at": at} for i, at in rows])
