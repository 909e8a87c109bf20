"""The welcome runner: enrols new members and sends each step at its time (W9, W10).

Like the dispatcher it runs on the app's asyncio loop with its database work on one
executor thread; ``run_once(now)`` is one full pass and what the tests call with an
injected time. A pass: enrol who joined (and queue their first steps in the same
transaction), stop who left or unsubscribed, flag expired codes, queue every step that is
due through the outbox (whose dispatcher applies the consent, frequency and quiet-hour
rules at send time), and mark steps whose message went out as completed for the funnel.

Every part works on whole batches with Core statements (see ``welcome_bulk``): ten
thousand members may join within a minute.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, exists, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    DeliveryStatus,
    Lifecycle,
    WelcomeStepKind,
)
from desktop.domain.sending.consent import UNSUBSCRIBE_SOURCE, ConsentEvent, is_unsubscribed
from desktop.domain.welcome.codes import CodeKey
from desktop.services.background.passes import BackgroundPass
from desktop.services.sending.outbox import OutboxService
from desktop.services.welcome import codes
from desktop.services.welcome.advance import (
    Batch,
    Due,
    build_messages,
    delivery_key,
    load_due,
    plan_batch,
    walk_batch,
)
from desktop.services.welcome.bulk import chunks, insert_ignore, update_rows
from desktop.services.welcome.enrol import EnrolStatus, insert_enrolments, new_enrolments
from desktop.store.base import table_of, utcnow
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Delivery,
    Enrolment,
    Member,
    Membership,
    WelcomeStep,
    WelcomeStepEvent,
    WelcomeTask,
    WelcomeVerification,
)

log = logging.getLogger(__name__)

_ENROLMENTS = table_of(Enrolment)
_EVENTS = table_of(WelcomeStepEvent)
_TASKS = table_of(WelcomeTask)


@dataclass(frozen=True)
class RunReport:
    enrolled: int = 0
    refused: int = 0
    queued: int = 0
    stopped: int = 0
    flagged: int = 0


def unsubscribed(s: Session, member_ids: set[int]) -> set[int]:
    """The members among ``member_ids`` whose latest word on email is "unsubscribe".

    Only members with an unsubscribe record at all are looked at closely (few), and their
    consent history is read for all of them at once.
    """
    out: set[int] = set()
    for chunk in chunks(sorted(member_ids)):
        marked = list(
            s.scalars(
                select(ConsentRecord.member_id)
                .where(
                    ConsentRecord.member_id.in_(chunk),
                    ConsentRecord.source == UNSUBSCRIBE_SOURCE,
                )
                .distinct()
            )
        )
        if not marked:
            continue
        events: dict[int, list[ConsentEvent]] = defaultdict(list)
        for r in s.scalars(select(ConsentRecord).where(ConsentRecord.member_id.in_(marked))):
            events[r.member_id].append(
                ConsentEvent(
                    r.channel, ConsentPurpose(r.purpose), r.granted, r.recorded_at, r.source, r.id
                )
            )
        out |= {m for m in marked if is_unsubscribed(events[m], ChannelKind.EMAIL)}
    return out


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
        code_keys: codes.CodeKeys | None = None,
    ) -> None:
        super().__init__(poll_interval)
        self.db = db
        self.outbox = outbox
        # Share one with the WelcomeService (it checks what this hashes); each alone also
        # works, as both find the key in the keyring by the id inside the hash.
        self.code_keys = code_keys or codes.CodeKeys()
        self._clock = clock
        self.batch_size = batch_size
        self.last_report = RunReport()

    # -- one pass ---------------------------------------------------------------------------
    def run_once(self, now: datetime | None = None) -> RunReport:
        now = now or self._clock()
        enrolled, refused, queued = self._enrol(now)
        stopped = self._stop_leavers_and_unsubscribed(now)
        flagged = codes.flag_expired(self.db, now)
        while True:
            n = self._advance(now)
            queued += n
            if n < self.batch_size:
                break
        self._complete_sent()
        self.last_report = RunReport(enrolled, refused, queued, stopped, flagged)
        return self.last_report

    def _enrol(self, now: datetime) -> tuple[int, int, int]:
        """Enrol who joined, and send the steps already due: (enrolled, refused, started).

        A new member's first steps are worked out before the enrolment is stored, so
        it is written once, already past them, in the same transaction as its messages —
        ten thousand joiners are not inserted, read back and updated again. A member who
        has unsubscribed is enrolled as before and stopped by the next part of the pass.
        """
        with self.db.write() as s:
            rows, channels = new_enrolments(s, now)
            if not rows:
                return 0, 0, 0
            starting = [
                i
                for i, r in enumerate(rows)
                if r["status"] == EnrolStatus.ACTIVE
                and r["next_due_at"] is not None
                and r["next_due_at"] <= now
            ]
            unsub = unsubscribed(s, {rows[i]["member_id"] for i in starting})
            # Until it is stored an enrolment is known by a stand-in id: -(row index + 1).
            due = [
                Due(
                    -(i + 1),
                    r["journey_id"],
                    r["member_id"],
                    r["group_id"],
                    0,
                    None,
                    r["joined_at"] or r["started_at"],
                    r["ab_variant"],
                )
                for i in starting
                if (r := rows[i])["member_id"] not in unsub
            ]
            batch, work = walk_batch(s, due, now, channels=channels, verified={})
            for upd in batch.updates:
                rows[-upd.pop("id") - 1].update(upd)
            ids = insert_enrolments(s, rows)
            real = {e.id: ids[(e.journey_id, e.member_id)] for e in due}
            work = [(replace(e, id=real[e.id]), st, c, at) for e, st, c, at in work]
            build_messages(s, batch, work, now, channels)
            key = self.code_keys.current(s) if batch.codes.codes else None
            queued = self._store(s, batch, key, now)
        if queued:
            self.outbox.notify()
        refused = sum(r["status"] == EnrolStatus.REFUSED for r in rows)
        return len(rows) - refused, refused, len(due)

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
            for chunk in chunks(sorted({m for _, m in candidates})):
                for r in s.scalars(select(ConsentRecord).where(ConsentRecord.member_id.in_(chunk))):
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
        by_reason: dict[str, list[int]] = defaultdict(list)
        for eid, reason in reasons.items():
            by_reason[reason].append(eid)
        pending: list[int] = []
        with self.db.write() as s:
            for reason, ids in by_reason.items():
                for chunk in chunks(ids):
                    s.execute(
                        update(Enrolment)
                        .where(Enrolment.id.in_(chunk), Enrolment.status == EnrolStatus.ACTIVE)
                        .values(
                            status=EnrolStatus.STOPPED,
                            stop_reason=reason,
                            finished_at=now,
                            next_due_at=None,
                        )
                    )
            for chunk in chunks(list(reasons)):
                pending += s.scalars(
                    select(Delivery.id).where(
                        Delivery.enrolment_id.in_(chunk),
                        Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
                    )
                )
        if pending:
            self.outbox.cancel(pending, "welcome journey stopped")

    # -- advancing ----------------------------------------------------------------------------
    def _advance(self, now: datetime) -> int:
        with self.db.read() as s:
            due = load_due(s, now, self.batch_size)
            if not due:
                return 0
            batch = plan_batch(s, due, now)
            # Asked before the write lock is taken: a keyring may be slow to answer.
            key = self.code_keys.current(s) if batch.codes.codes else None
        # One transaction: the codes' hashes, the messages carrying them, the funnel's step
        # events and where each enrolment stands are stored together or not at all.
        with self.db.write() as s:
            queued = self._store(s, batch, key, now)
            update_rows(s, _ENROLMENTS, batch.updates)
        if queued:
            self.outbox.notify()
        return len(due)

    def _store(self, s: Session, batch: Batch, key: CodeKey | None, now: datetime) -> int:
        """Write a batch's codes, messages, step events, tasks and finished members."""
        batch.codes.save_in(s, now, key)
        ids = self.outbox.enqueue_in(s, batch.deliveries) if batch.deliveries else []
        if batch.events:
            s.execute(
                insert_ignore(self.db, _EVENTS),
                [ev | {"delivery_id": did} for ev, did in zip(batch.events, ids, strict=True)],
            )
        if batch.tasks:
            s.execute(insert_ignore(self.db, _TASKS), batch.tasks)
        for chunk in chunks(batch.finished_members):
            s.execute(
                update(Member)
                .where(
                    Member.id.in_(chunk),
                    Member.lifecycle.in_([Lifecycle.INVITED, Lifecycle.VERIFIED]),
                )
                .values(lifecycle=Lifecycle.ONBOARDED)
            )
        return len(ids)

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
            update_rows(s, _EVENTS, [{"id": i, "completed_at": at} for i, at in rows])
            codes.complete_verification_steps(s)


__all__ = ["RunReport", "WelcomeRunner", "WelcomeVerification", "delivery_key"]
