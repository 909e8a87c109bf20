"""The outbox as the UI sees it: enqueue, list, cancel, retry, send now, unsubscribe, to-dos.

Every call is a short transaction; none touches the network. Calls that may scan many rows
(``counts``, ``page`` with a search) should run off the UI thread. ``on_change`` is called
after every write that may create due work, so the dispatcher wakes up at once.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryStatus
from desktop.domain.sending.consent import ALL_CHANNELS, UNSUBSCRIBE_SOURCE
from desktop.services.sending.checks import to_row, validate_new
from desktop.services.sending.manual_todos import TodoItem, active_operators, todo_items
from desktop.services.sending.outbox_query import by_ids, filtered
from desktop.services.sending.outbox_types import (
    NewDelivery,
    OutboxCursor,
    OutboxError,
    OutboxFilter,
    OutboxPage,
    OutboxRow,
    StatusCounts,
)
from desktop.services.sending.recipients import with_members
from desktop.services.sending.waiting import ACCOUNT_CHANNELS
from desktop.store.base import table_of, utcnow
from desktop.store.db import Database, rowcount
from desktop.store.models import ChannelAccount, ConsentRecord, Delivery, WorkspaceSettings

_DELIVERIES = table_of(Delivery)
PAGE_SIZE = 200


def default_account_id(s: Session, channel: ChannelKind) -> int | None:
    return s.scalar(
        select(ChannelAccount.id)
        .where(ChannelAccount.kind == channel, ChannelAccount.enabled.is_(True))
        .order_by(ChannelAccount.id)
        .limit(1)
    )


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


class OutboxService:
    def __init__(
        self,
        db: Database,
        *,
        clock: Callable[[], datetime] = utcnow,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.db = db
        self._clock = clock
        self.on_change = on_change  # e.g. Dispatcher.wake; must be thread-safe

    def _changed(self) -> None:
        if self.on_change is not None:
            self.on_change()

    # -- creating -------------------------------------------------------------------------

    def enqueue(self, new: NewDelivery) -> int:
        return self.enqueue_many([new])[0]

    def enqueue_many(self, items: Sequence[NewDelivery]) -> list[int]:
        """Insert new deliveries; keys already present keep their row (ids returned in order)."""
        with self.db.write() as s:
            ids = self.enqueue_in(s, items)
        self._changed()
        return ids

    def enqueue_in(self, s: Session, items: Sequence[NewDelivery]) -> list[int]:
        """``enqueue_many`` inside the caller's transaction, so a producer (the welcome
        runner) can queue messages and record what it queued atomically. The caller calls
        ``notify()`` once it committed."""
        for new in items:
            validate_new(new)
        ids: dict[str, int] = {}
        keys = [n.idempotency_key for n in items]
        for chunk in _chunks(keys):  # type: ignore[arg-type]
            for key, id_ in s.execute(
                select(_DELIVERIES.c.idempotency_key, _DELIVERIES.c.id).where(
                    _DELIVERIES.c.idempotency_key.in_(chunk)
                )
            ):
                ids[key] = id_
        defaults: dict[ChannelKind, int | None] = {}
        fresh: dict[str, dict[str, Any]] = {}  # key → column values, first one wins
        now = utcnow()
        for new in items:
            if new.idempotency_key in ids or new.idempotency_key in fresh:
                continue
            account_id = new.channel_account_id
            if account_id is None and new.channel in ACCOUNT_CHANNELS:
                if new.channel not in defaults:
                    defaults[new.channel] = default_account_id(s, new.channel)
                account_id = defaults[new.channel]
            fresh[new.idempotency_key] = self._values_for(new, account_id, now)
        # One Core INSERT … RETURNING (executemany): thousands of welcome or post
        # deliveries at once must not pay for the ORM's per-row bookkeeping.
        if fresh:
            returned = s.execute(
                insert(_DELIVERIES).returning(_DELIVERIES.c.idempotency_key, _DELIVERIES.c.id),
                list(fresh.values()),
            )
            for key, id_ in returned:
                ids[key] = id_
        return [ids[n.idempotency_key] for n in items]

    def notify(self) -> None:
        """Wake the dispatcher after deliveries were queued with ``enqueue_in``."""
        self._changed()

    @staticmethod
    def _values_for(
        new: NewDelivery, account_id: int | None, now: datetime | None = None
    ) -> dict[str, Any]:
        now = now or utcnow()
        return {
            "kind": new.kind,
            "channel": new.channel,
            "channel_account_id": account_id,
            "purpose": new.purpose,
            "post_id": new.post_id,
            "group_id": new.group_id,
            "member_id": new.member_id,
            "conversation_id": new.conversation_id,
            "enrolment_id": new.enrolment_id,
            "recipient": new.recipient,
            "subject": new.subject,
            "body": new.body,
            "body_html": new.body_html,
            "template_values": (
                dict(new.template_values) if new.template_values is not None else None
            ),
            "in_reply_to": new.in_reply_to,
            "references": new.references,
            "due_at": new.due_at,
            "next_attempt_at": new.due_at,
            "idempotency_key": new.idempotency_key,
            "topic": new.topic,
            "status": DeliveryStatus.PENDING,
            "attempts": 0,
            "created_at": now,
            "updated_at": now,
        }

    # -- reading --------------------------------------------------------------------------

    def get(self, delivery_id: int) -> OutboxRow | None:
        with self.db.read() as s:
            d = s.get(Delivery, delivery_id)
            return None if d is None else with_members(s, [to_row(d)])[0]

    def page(
        self,
        flt: OutboxFilter | None = None,
        after: OutboxCursor | None = None,
        limit: int = PAGE_SIZE,
    ) -> OutboxPage:
        """One page ordered by (due_at, id), keyset-paged: stable while rows change."""
        flt = flt or OutboxFilter()
        stmt = filtered(select(Delivery), flt)
        if after is not None:
            if flt.newest_first:
                stmt = stmt.where(
                    or_(
                        Delivery.due_at < after.due_at,
                        and_(Delivery.due_at == after.due_at, Delivery.id < after.id),
                    )
                )
            else:
                stmt = stmt.where(
                    or_(
                        Delivery.due_at > after.due_at,
                        and_(Delivery.due_at == after.due_at, Delivery.id > after.id),
                    )
                )
        order = (
            (Delivery.due_at.desc(), Delivery.id.desc())
            if flt.newest_first
            else (Delivery.due_at.asc(), Delivery.id.asc())
        )
        stmt = stmt.order_by(*order).limit(limit + 1)
        with self.db.read() as s:
            found = list(s.scalars(stmt))
            rows = with_members(s, [to_row(d) for d in found[:limit]])
        more = len(found) > limit
        cursor = OutboxCursor(rows[-1].due_at, rows[-1].id) if more and rows else None
        return OutboxPage(rows, cursor)

    def rows_by_ids(self, ids: Collection[int], flt: OutboxFilter | None = None) -> list[OutboxRow]:
        """The deliveries among ``ids`` that ``flt`` shows (the others were deleted or no
        longer match), for a view that heard these rows changed."""
        flt = flt or OutboxFilter()
        with self.db.read() as s:
            found = [d for stmt in by_ids(flt, ids) for d in s.scalars(stmt)]
            return with_members(s, [to_row(d) for d in found])

    def counts(self) -> StatusCounts:
        now = self._clock()
        with self.db.read() as s:
            by = {
                DeliveryStatus(st): int(n)
                for st, n in s.execute(
                    select(Delivery.status, func.count()).group_by(Delivery.status)
                )
            }
            due = s.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.PENDING, Delivery.next_attempt_at <= now)
            )
        return StatusCounts(by, int(due or 0))

    def timezone(self) -> str:
        """The workspace's time zone: the outbox shows its times in it."""
        with self.db.read() as s:
            ws = s.get(WorkspaceSettings, 1)
        return ws.timezone if ws is not None and ws.timezone else "Asia/Shanghai"

    def manual_todos(self, limit: int = PAGE_SIZE) -> list[OutboxRow]:
        """The "to post now" list: manual deliveries whose time has come, oldest first."""
        return self.page(
            OutboxFilter(statuses=(DeliveryStatus.MANUAL_TODO,), newest_first=False), limit=limit
        ).rows

    def todo_items(
        self, limit: int = PAGE_SIZE, ids: Collection[int] | None = None
    ) -> list[TodoItem]:
        """The same list as the "to post now" panel shows it: full text, where, image
        (only the deliveries among ``ids``, when given)."""
        return todo_items(self.db, limit, ids)

    def active_operators(self) -> list[tuple[int, str]]:
        """Who can be named as having posted a to-do (id, name), in the order they joined."""
        return active_operators(self.db)

    # -- changing -------------------------------------------------------------------------

    def _set(self, ids: Sequence[int], allowed: Iterable[DeliveryStatus], **values: Any) -> int:
        allowed_values = [str(x) for x in allowed]
        n = 0
        with self.db.write() as s:
            for chunk in _chunks(list(ids)):
                res = s.execute(
                    update(Delivery)
                    .where(Delivery.id.in_(chunk), Delivery.status.in_(allowed_values))
                    .values(updated_at=self._clock(), **values)
                )
                n += rowcount(res)
        return n

    def cancel(self, ids: Sequence[int], reason: str = "cancelled by an operator") -> int:
        """Pending, failed and to-do rows stop; a row being sent right now is not touched."""
        return self._set(
            ids,
            (DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.MANUAL_TODO),
            status=DeliveryStatus.CANCELLED,
            status_reason=reason[:300],
            lease_owner=None,
            lease_expires_at=None,
        )

    def retry(self, ids: Sequence[int]) -> int:
        """Failed or cancelled rows go back to pending, due now, with a fresh attempt count."""
        now = self._clock()
        n = self._set(
            ids,
            (DeliveryStatus.FAILED, DeliveryStatus.CANCELLED, DeliveryStatus.PENDING),
            status=DeliveryStatus.PENDING,
            attempts=0,
            next_attempt_at=now,
            status_reason=None,
            lease_owner=None,
            lease_expires_at=None,
        )
        self._changed()
        return n

    def send_now(self, ids: Sequence[int]) -> int:
        """Pending rows become due now. The send-time rules still apply (they may postpone)."""
        n = self._set(ids, (DeliveryStatus.PENDING,), next_attempt_at=self._clock())
        self._changed()
        return n

    def mark_posted(
        self, delivery_id: int, *, operator_id: int | None, at: datetime | None = None
    ) -> bool:
        """A manual to-do was posted by hand: record who and when."""
        when = at or self._clock()
        return (
            self._set(
                [delivery_id],
                (DeliveryStatus.MANUAL_TODO,),
                status=DeliveryStatus.SENT,
                sent_at=when,
                done_by=operator_id,
                status_reason="posted by hand",
            )
            == 1
        )

    def unsubscribe(
        self,
        member_id: int,
        *,
        channel: str = ALL_CHANNELS,
        operator_id: int | None = None,
    ) -> int:
        """Record the unsubscribe and cancel the member's pending marketing, in one transaction.

        Returns how many deliveries were cancelled. Other pending messages are stopped by
        the send-time rules, which see the same consent record.
        """
        now = self._clock()
        with self.db.write() as s:
            s.add(
                ConsentRecord(
                    member_id=member_id,
                    channel=channel,
                    purpose=ConsentPurpose.MARKETING,
                    granted=False,
                    source=UNSUBSCRIBE_SOURCE,  # the rules recognise an unsubscribe by this
                    recorded_at=now,
                    recorded_by=operator_id,
                )
            )
            stmt = update(Delivery).where(
                Delivery.member_id == member_id,
                Delivery.purpose == ConsentPurpose.MARKETING,
                Delivery.status.in_([DeliveryStatus.PENDING, DeliveryStatus.MANUAL_TODO]),
            )
            if channel != ALL_CHANNELS:
                stmt = stmt.where(Delivery.channel == channel)
            res = s.execute(
                stmt.values(
                    status=DeliveryStatus.CANCELLED,
                    status_reason="unsubscribed",
                    updated_at=now,
                )
            )
            return rowcount(res)

    def resubscribe(
        self,
        member_id: int,
        *,
        channel: str = ALL_CHANNELS,
        source: str = "resubscribed",
        operator_id: int | None = None,
    ) -> None:
        """A new, explicit marketing grant: the latest record wins over the unsubscribe."""
        with self.db.write() as s:
            s.add(
                ConsentRecord(
                    member_id=member_id,
                    channel=channel,
                    purpose=ConsentPurpose.MARKETING,
                    granted=True,
                    source=source[:120],
                    recorded_at=self._clock(),
                    recorded_by=operator_id,
                )
            )


__all__ = [
    "NewDelivery",
    "OutboxCursor",
    "OutboxError",
    "OutboxFilter",
    "OutboxPage",
    "OutboxRow",
    "OutboxService",
    "StatusCounts",
]
