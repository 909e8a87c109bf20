"""The welcome runner: enrols new members and sends each step at its time (W9, W10).

Like the dispatcher it runs on the app's asyncio loop with its database work on one
executor thread; ``run_once(now)`` is one full pass and what the tests call with an
injected time. A pass: enrol who joined, stop who left or unsubscribed, flag expired
codes, queue every step that is due through the outbox (whose dispatcher applies the
consent, frequency and quiet-hour rules at send time), and mark steps whose message went
out as completed for the funnel.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import and_, exists, insert, select, update

from desktop.domain.consent import UNSUBSCRIBE_SOURCE, ConsentEvent, is_unsubscribed
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    DeliveryKind,
    DeliveryStatus,
    Lifecycle,
    StepChannel,
    WelcomeStepKind,
)
from desktop.domain.welcome_timing import step_due
from desktop.services import welcome_codes_store as codes
from desktop.services import welcome_content as content
from desktop.services.background_pass import BackgroundPass
from desktop.services.outbox import NewDelivery, OutboxService
from desktop.services.welcome_enrol import EnrolStatus, reachable, sweep
from desktop.services.welcome_plan import Content, JourneyPlan, StepPlan, load_plan
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Delivery,
    Enrolment,
    Member,
    MemberContact,
    Membership,
    WelcomeStep,
    WelcomeStepEvent,
    WelcomeTask,
    WelcomeVerification,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

TASKS = (("intro", "在群里做个自我介绍"), ("invite", "邀请一位好友"), ("topic", "参与本周话题"))


@dataclass(frozen=True)
class RunReport:
    enrolled: int = 0
    refused: int = 0
    queued: int = 0
    stopped: int = 0
    flagged: int = 0


def insert_ignore(db: Database, model: Any) -> Any:
    """INSERT that skips rows violating a unique constraint (a pass repeated after a crash)."""
    if db.is_sqlite:
        return insert(model).prefix_with("OR IGNORE")
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    return pg_insert(model).on_conflict_do_nothing()


def delivery_key(enrolment_id: int, index: int, step_id: int) -> str:
    return f"welcome:{enrolment_id}:{index}:{step_id}"


def _channel_kind(c: Content) -> ChannelKind:
    return ChannelKind.EMAIL if c.channel == StepChannel.EMAIL else ChannelKind.MANUAL


class WelcomeRunner(BackgroundPass):
    name = "welcome"

    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        *,
        clock: Callable[[], datetime] = utcnow,
        batch_size: int = 5000,
        poll_interval: float = 30.0,
    ) -> None:
        super().__init__(poll_interval)
        self.db = db
        self.outbox = outbox
        self._clock = clock
        self.batch_size = batch_size
        self.last_report = RunReport()

    # -- one pass ---------------------------------------------------------------------------
    def run_once(self, now: datetime | None = None) -> RunReport:
        now = now or self._clock()
        with self.db.write() as s:
            enrolled, refused = sweep(s, now)
        stopped = self._stop_leavers_and_unsubscribed(now)
        flagged = codes.flag_expired(self.db, now)
        queued = 0
        while True:
            n = self._advance(now)
            queued += n
            if n < self.batch_size:
                break
        self._complete_sent()
        self.last_report = RunReport(enrolled, refused, queued, stopped, flagged)
        return self.last_report

    def _stop_leavers_and_unsubscribed(self, now: datetime) -> int:
        with self.db.read() as s:
            left = set(
                s.scalars(
                    select(Enrolment.id).where(
                        Enrolment.status == EnrolStatus.ACTIVE,
                        exists().where(
                            and_(
                                Membership.member_id == Enrolment.member_id,
                                Membership.group_id == Enrolment.group_id,
                                Membership.left_at.is_not(None),
                            )
                        ),
                    )
                )
            )
            candidates = s.execute(
                select(Enrolment.id, Enrolment.member_id).where(
                    Enrolment.status == EnrolStatus.ACTIVE,
                    exists().where(
                        and_(
                            ConsentRecord.member_id == Enrolment.member_id,
                            ConsentRecord.source == UNSUBSCRIBE_SOURCE,
                        )
                    ),
                )
            ).all()
            events: dict[int, list[ConsentEvent]] = defaultdict(list)
            if candidates:
                for r in s.scalars(
                    select(ConsentRecord).where(
                        ConsentRecord.member_id.in_({m for _, m in candidates})
                    )
                ):
                    events[r.member_id].append(
                        ConsentEvent(
                            r.channel,
                            ConsentPurpose(r.purpose),
                            r.granted,
                            r.recorded_at,
                            r.source,
                            r.id,
                        )
                    )
        unsub = {e for e, m in candidates if is_unsubscribed(events[m], ChannelKind.EMAIL)}
        reasons = {**dict.fromkeys(unsub, "unsubscribed"), **dict.fromkeys(left, "left")}
        if reasons:
            self.stop_enrolments(reasons, now)
        return len(reasons)

    def stop_enrolments(self, reasons: dict[int, str], now: datetime) -> None:
        """End enrolments (id → reason) and cancel their queued welcome messages."""
        with self.db.write() as s:
            for eid, reason in reasons.items():
                s.execute(
                    update(Enrolment)
                    .where(Enrolment.id == eid, Enrolment.status == EnrolStatus.ACTIVE)
                    .values(
                        status=EnrolStatus.STOPPED,
                        stop_reason=reason,
                        finished_at=now,
                        next_due_at=None,
                    )
                )
            pending = list(
                s.scalars(
                    select(Delivery.id).where(
                        Delivery.enrolment_id.in_(list(reasons)),
                        Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                    )
                )
            )
        if pending:
            self.outbox.cancel(pending, "welcome journey stopped")

    # -- advancing ----------------------------------------------------------------------------
    def _advance(self, now: datetime) -> int:
        with self.db.read() as s:
            due = list(
                s.scalars(
                    select(Enrolment)
                    .where(Enrolment.status == EnrolStatus.ACTIVE, Enrolment.next_due_at <= now)
                    .order_by(Enrolment.next_due_at, Enrolment.id)
                    .limit(self.batch_size)
                )
            )
            if not due:
                return 0
            member_ids = sorted({e.member_id for e in due})
            chans: dict[int, set[str]] = defaultdict(set)
            for i in range(0, len(member_ids), 900):
                for mid, ch in s.execute(
                    select(MemberContact.member_id, MemberContact.channel).where(
                        MemberContact.member_id.in_(member_ids[i : i + 900])
                    )
                ):
                    chans[mid].add(str(ch))
            verified = codes.gate_states(s, [e.id for e in due])
            plans: dict[int, JourneyPlan | None] = {}
            groups: dict[int | None, Any] = {}
            bases: dict[int | None, dict[str, str]] = {}
            work: list[tuple[Enrolment, StepPlan, Content, datetime]] = []
            updates: list[dict[str, Any]] = []
            for e in due:
                if e.journey_id not in plans:
                    plans[e.journey_id] = load_plan(s, e.journey_id)
                plan = plans[e.journey_id]
                if e.group_id not in groups:
                    groups[e.group_id] = content.group_info(s, e.group_id) if e.group_id else None
                    bases[e.group_id] = content.base_values(s, groups[e.group_id])
                upd = self._walk(e, plan, chans.get(e.member_id, set()), verified, now, work)
                updates.append(upd)
            items: list[NewDelivery] = []
            meta: list[tuple[Enrolment, StepPlan, Content, datetime, str]] = []
            fresh_codes = codes.CodeBook()
            for e, step, c, at in work:
                values = dict(bases[e.group_id])
                if c.uses("recommendations") or c.uses("date"):
                    values |= content.member_values(
                        s, e.member_id, now, with_recs=c.uses("recommendations")
                    )
                values.pop("name", None)  # filled at send time: W1 answers may change it
                if c.uses("code"):
                    values["code"] = fresh_codes.code_for(e.id, e.member_id)
                key = delivery_key(e.id, step.index, step.step_id)
                subject = c.subject or (step.title if c.channel == StepChannel.EMAIL else "")
                body = c.template
                if c.channel != StepChannel.EMAIL:
                    group = groups[e.group_id]
                    where = (group.name if group else "").replace("{", "{{").replace("}", "}}")
                    body = f"[{where} @{{name}}] {body}" if where else body
                items.append(
                    NewDelivery(
                        kind=DeliveryKind.WELCOME,
                        channel=_channel_kind(c),
                        due_at=at,
                        idempotency_key=key,
                        body=body,
                        subject=subject,
                        purpose=ConsentPurpose.SERVICE,
                        member_id=e.member_id,
                        group_id=e.group_id if c.channel != StepChannel.EMAIL else None,
                        template_values=values,
                        enrolment_id=e.id,
                    )
                )
                meta.append((e, step, c, at, key))
        # The codes' hashes are stored before the messages carrying them are queued.
        fresh_codes.save(self.db, now)
        # One call, one transaction: the outbox inserts the whole batch in bulk.
        ids = self.outbox.enqueue_many(items) if items else []
        finished = [u["member_id"] for u in updates if u.get("status") == EnrolStatus.FINISHED]
        for u in updates:
            u.pop("member_id", None)
        with self.db.write() as s:
            if updates:
                s.execute(update(Enrolment), updates)
            if meta:
                s.execute(
                    insert_ignore(self.db, WelcomeStepEvent),
                    [
                        {
                            "enrolment_id": e.id,
                            "journey_id": e.journey_id,
                            "step_id": step.step_id,
                            "position": step.index,
                            "variant": e.ab_variant if step.has_ab else "",
                            "channel": str(c.channel),
                            "delivery_id": did,
                            "reached_at": at,
                        }
                        for (e, step, c, at, _), did in zip(meta, ids, strict=True)
                    ],
                )
                tasks = [
                    {"enrolment_id": e.id, "member_id": e.member_id, "key": k, "title": t}
                    for e, step, _, _, _ in meta
                    if step.kind == WelcomeStepKind.INTERACTION
                    for k, t in TASKS
                ]
                if tasks:
                    s.execute(insert_ignore(self.db, WelcomeTask), tasks)
            if finished:
                s.execute(
                    update(Member)
                    .where(
                        Member.id.in_(finished),
                        Member.lifecycle.in_([Lifecycle.INVITED, Lifecycle.VERIFIED]),
                    )
                    .values(lifecycle=Lifecycle.ONBOARDED)
                )
        return len(due)

    def _walk(
        self,
        e: Enrolment,
        plan: JourneyPlan | None,
        channels: set[str],
        verified: dict[int, tuple[datetime | None, datetime | None]],
        now: datetime,
        work: list[tuple[Enrolment, StepPlan, Content, datetime]],
    ) -> dict[str, Any]:
        """Queue every step of ``e`` that is due by ``now``; returns the enrolment's update."""
        upd: dict[str, Any] = {"id": e.id, "member_id": e.member_id}
        if plan is None:
            return upd | {"status": EnrolStatus.STOPPED, "stop_reason": "journey deleted"}
        i, last = e.next_position, e.last_step_at
        joined = e.joined_at or e.started_at
        gate = plan.gate
        while True:
            if i >= len(plan.steps):
                return upd | {
                    "status": EnrolStatus.FINISHED,
                    "finished_at": last or now,
                    "next_position": i,
                    "last_step_at": last,
                    "next_due_at": None,
                }
            step = plan.steps[i]
            passed = None
            if gate is not None and i > gate:
                passed, exp = verified.get(e.id, (None, None))
                if passed is None:  # wait for the code; look again when it expires
                    return upd | {"next_position": i, "last_step_at": last, "next_due_at": exp}
            at = step_due(
                step.delay_anchor,
                step.delay_minutes,
                joined_at=joined,
                previous_at=last,
                gate_passed_at=passed,
            )
            if at > now:
                return upd | {"next_position": i, "last_step_at": last, "next_due_at": at}
            c = step.choose(e.ab_variant, reachable(channels, e.group_id is not None))
            if c is None:
                return upd | {
                    "status": EnrolStatus.STOPPED,
                    "stop_reason": f"unreachable: {step.title}"[:60],
                    "next_position": i,
                    "last_step_at": last,
                    "next_due_at": None,
                }
            work.append((e, step, c, at))
            i, last = i + 1, at

    def _complete_sent(self) -> None:
        """Steps whose message went out are completed (verification: when verified)."""
        with self.db.write() as s:
            rows = s.execute(
                select(WelcomeStepEvent.id, Delivery.sent_at)
                .join(Delivery, Delivery.id == WelcomeStepEvent.delivery_id)
                .join(WelcomeStep, WelcomeStep.id == WelcomeStepEvent.step_id)
                .where(
                    WelcomeStepEvent.completed_at.is_(None),
                    WelcomeStep.kind != WelcomeStepKind.VERIFICATION,
                    Delivery.status == DeliveryStatus.SENT,
                )
            ).all()
            if rows:
                s.execute(
                    update(WelcomeStepEvent), [{"id": i, "completed_at": at} for i, at in rows]
                )
            codes.complete_verification_steps(s)


__all__ = ["RunReport", "WelcomeRunner", "WelcomeVerification", "delivery_key"]
