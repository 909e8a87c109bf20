"""Welcome journeys for the operator and the inbox: join/leave, codes, resend, tasks.

``inbound.on_inbound`` / ``inbound.on_chat`` (``welcome_inbound``) are the inbox's hooks:
what a member's reply does (codes, W1 answers, feedback).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    ChannelKind,
    DeliveryKind,
    Lifecycle,
)
from desktop.domain.welcome import codes as rules
from desktop.domain.welcome import replies
from desktop.domain.welcome.timing import step_due
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.services.welcome import codes
from desktop.services.welcome.enrol import EnrolStatus, enrol
from desktop.services.welcome.inbound import WelcomeInbound
from desktop.services.welcome.plan import load_plan
from desktop.services.welcome.progress import WelcomeProgress
from desktop.services.welcome.progress import progress as load_progress
from desktop.services.welcome.replies import ReplyTexts
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Enrolment,
    Group,
    Member,
    Membership,
    WelcomeGroupLink,
    WelcomeTask,
    WelcomeVerification,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CodeOutcome:
    result: rules.CheckResult
    tries_left: int
    enrolment_id: int | None


class WelcomeService:
    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        *,
        clock: Callable[[], datetime] = utcnow,
        on_change: Callable[[], None] | None = None,  # e.g. WelcomeRunner.wake
        code_keys: codes.CodeKeys | None = None,  # share the runner's (it hashes the codes)
    ) -> None:
        self.db = db
        self.outbox = outbox
        self._clock = clock
        self.on_change = on_change
        self.code_keys = code_keys or codes.CodeKeys()
        self.replies = ReplyTexts(db)  # the workspace's wording of the automatic replies
        # Replies from members (codes, W1 answers, feedback): the inbox's hooks call it.
        self.inbound = WelcomeInbound(self)

    def now(self) -> datetime:
        return self._clock()

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # -- groups and members -------------------------------------------------------------------
    def attach(self, journey_id: int | None, group_ids: list[int]) -> None:
        """Give groups a journey (None detaches); it applies to members who join from now on."""
        now = self._clock()
        with self.db.write() as s:
            for gid in group_ids:
                g = s.get(Group, gid)
                if g is None:
                    raise KeyError(gid)
                g.journey_id = journey_id
                if journey_id is not None and not s.scalar(
                    select(WelcomeGroupLink.id).where(
                        WelcomeGroupLink.group_id == gid, WelcomeGroupLink.journey_id == journey_id
                    )
                ):
                    s.add(WelcomeGroupLink(group_id=gid, journey_id=journey_id, attached_at=now))
        self._changed()

    def group_choices(self, journey_id: int) -> list[tuple[int, str, bool]]:
        """(group id, name, has this journey) for every open group, by name."""
        with self.db.read() as s:
            return [
                (g.id, g.name, g.journey_id == journey_id)
                for g in s.scalars(
                    select(Group).where(Group.archived_at.is_(None)).order_by(Group.name)
                )
            ]

    def groups_of(self, journey_id: int) -> list[int]:
        with self.db.read() as s:
            return list(s.scalars(select(Group.id).where(Group.journey_id == journey_id)))

    def join(self, member_id: int, group_id: int, at: datetime | None = None) -> int | None:
        """A member joins a group (by hand, import or channel): enrolled at once when it has a
        journey. Raises ``EnrolmentRefused`` (the membership stays, nothing is scheduled)."""
        at = at or self._clock()
        with self.db.write() as s:
            m = s.scalar(
                select(Membership).where(
                    Membership.group_id == group_id, Membership.member_id == member_id
                )
            )
            if m is None:
                s.add(Membership(group_id=group_id, member_id=member_id, joined_at=at))
            else:
                m.left_at, m.joined_at = None, at
        with self.db.read() as s:
            has_journey = s.scalar(select(Group.journey_id).where(Group.id == group_id))
        if has_journey is None:
            return None
        with self.db.write() as s:
            eid = enrol(s, member_id, group_id, at)
        self._changed()
        return eid

    def leave(self, member_id: int, group_id: int) -> None:
        with self.db.write() as s:
            s.execute(
                update(Membership)
                .where(Membership.group_id == group_id, Membership.member_id == member_id)
                .values(left_at=self._clock())
            )
        self._changed()

    # -- verification -----------------------------------------------------------------------------
    def open_code(self, s: Session, member_id: int) -> WelcomeVerification | None:
        return s.scalar(
            select(WelcomeVerification)
            .join(Enrolment, Enrolment.id == WelcomeVerification.enrolment_id)
            .where(WelcomeVerification.member_id == member_id, Enrolment.status.in_(["active"]))
            .order_by(WelcomeVerification.id.desc())
            .limit(1)
        )

    def check_code(self, member_id: int, answer: str, *, by: str = "operator") -> CodeOutcome:
        now = self._clock()
        # The key is looked up before the write lock is taken: a keyring may be slow.
        with self.db.read() as s:
            v = self.open_code(s, member_id)
            key = self.code_keys.for_hash(v.code_hash) if v is not None else None
        with self.db.write() as s:
            v = self.open_code(s, member_id)
            if v is None:
                return CodeOutcome(rules.CheckResult.NO_CODE, 0, None)
            if key is None or rules.key_id_of(v.code_hash) != key.id:
                key = self.code_keys.for_hash(v.code_hash)  # reissued in between: rare
            result, st = rules.check(codes.to_state(v), answer, now, key)
            codes.apply_state(v, st)
            e = s.get(Enrolment, v.enrolment_id)
            assert e is not None
            if result == rules.CheckResult.VERIFIED:
                v.verified_by = by
                self._after_verified(s, e, now)
            elif result == rules.CheckResult.LOCKED and e.status == EnrolStatus.ACTIVE:
                e.status, e.stop_reason = EnrolStatus.LOCKED, "too many wrong codes"
                e.next_due_at, e.finished_at = None, now
            outcome = CodeOutcome(result, st.tries_left, e.id)
        self._changed()
        return outcome

    def _after_verified(self, s: Session, e: Enrolment, now: datetime) -> None:
        member = s.get(Member, e.member_id)
        if member is not None and member.lifecycle == Lifecycle.INVITED:
            member.lifecycle = Lifecycle.VERIFIED
        plan = load_plan(s, e.journey_id)
        if plan is None or e.next_position >= len(plan.steps):
            e.next_due_at = now
            return
        step = plan.steps[e.next_position]
        e.next_due_at = step_due(
            step.delay_anchor,
            step.delay_minutes,
            joined_at=e.joined_at or e.started_at,
            previous_at=e.last_step_at,
            gate_passed_at=now,
        )

    def resend_code(self, member_id: int) -> datetime | None:
        """Send a new code (the old one stops working). Returns None when sent, else the
        earliest time a resend is allowed (rate limit)."""
        now = self._clock()
        with self.db.read() as s:
            key = self.code_keys.current(s)
        with self.db.write() as s:
            v = self.open_code(s, member_id)
            if v is None:
                raise KeyError(member_id)
            ok, when = rules.can_resend(codes.to_state(v), now)
            if not ok:
                return when or now
            code, st = rules.reissue(codes.to_state(v), now, key=key)
            subject = self.replies.render(s, replies.RESEND_SUBJECT, v.enrolment_id, {})
            body = self.replies.render(s, replies.RESEND, v.enrolment_id, {"code": code})
            codes.apply_state(v, st)
            v.locked_at, v.flagged_at = None, None
            eid = v.enrolment_id
            e = s.get(Enrolment, eid)
            if e is not None and e.status == EnrolStatus.LOCKED:
                e.status, e.stop_reason, e.finished_at = EnrolStatus.ACTIVE, None, None
        self.outbox.enqueue(
            NewDelivery(
                kind=DeliveryKind.WELCOME,
                channel=ChannelKind.EMAIL,
                due_at=now,
                idempotency_key=f"welcome-code:{eid}:{now.timestamp():.0f}",
                subject=subject,
                body=body,
                member_id=member_id,
                enrolment_id=eid,
            )
        )
        return None

    # -- one member's journey -------------------------------------------------------------------
    def progress(self, member_id: int) -> WelcomeProgress | None:
        """Where the member's latest journey stands (None: never enrolled)."""
        return load_progress(self.db, member_id)

    # -- tasks (W6) ------------------------------------------------------------------------
    def set_task(
        self, member_id: int, key: str, done: bool, operator_id: int | None = None
    ) -> None:
        with self.db.write() as s:
            s.execute(
                update(WelcomeTask)
                .where(WelcomeTask.member_id == member_id, WelcomeTask.key == key)
                .values(done_at=self._clock() if done else None, done_by=operator_id)
            )
