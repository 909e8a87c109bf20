"""The dispatcher's database side: claim under a lease, renew, record outcomes.

Loading a claimed batch with what the rules need is ``batch_load.load_batch``.

Every function here is synchronous and short; the dispatcher runs them on its executor
thread so the event loop (the UI's, under qasync) never waits on SQLite.

Claiming is one write transaction: on SQLite ``BEGIN IMMEDIATE`` takes the write lock
before the SELECT, so two workers cannot pick the same rows; on PostgreSQL the SELECT
uses ``FOR UPDATE SKIP LOCKED`` so concurrent workers take disjoint rows without waiting.
Results are written only while the row is still ours (``lease_owner`` and ``claimed``),
so a worker whose lease was taken over cannot overwrite the new owner's outcome.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import DeliveryStatus
from desktop.domain.sending.accounts import BLOCKING_STATUSES, AccountStatus
from desktop.services.sending.batch_types import Outcome
from desktop.store.base import table_of
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery


def _due_clause(now: datetime) -> Any:
    t = Delivery
    pending_due = and_(
        t.status == DeliveryStatus.PENDING,
        or_(
            t.next_attempt_at <= now,
            and_(t.next_attempt_at.is_(None), t.due_at <= now),  # rows written by hand
        ),
    )
    lease_expired = and_(t.status == DeliveryStatus.CLAIMED, t.lease_expires_at < now)
    return and_(or_(pending_due, lease_expired), _usable())


def _usable() -> Any:
    """Rows whose account may send: a blocked account's rows wait without being claimed."""
    t = Delivery
    blocked = select(ChannelAccount.id).where(
        or_(
            ChannelAccount.enabled.is_(False),
            ChannelAccount.status.in_([str(x) for x in BLOCKING_STATUSES]),
        )
    )
    return or_(t.channel_account_id.is_(None), t.channel_account_id.not_in(blocked))


def claim(db: Database, owner: str, now: datetime, lease: timedelta, limit: int) -> list[int]:
    t = Delivery
    stmt = (
        select(t.id)
        .where(_due_clause(now))
        .order_by(func.coalesce(t.next_attempt_at, t.due_at), t.id)
        .limit(limit)
    )
    if not db.is_sqlite:
        stmt = stmt.with_for_update(skip_locked=True, of=t)
    with db.write() as s:  # SQLite: BEGIN IMMEDIATE
        ids = list(s.scalars(stmt))
        if ids:
            s.execute(
                update(t)
                .where(t.id.in_(ids))
                .values(
                    status=DeliveryStatus.CLAIMED,
                    lease_owner=owner,
                    lease_expires_at=now + lease,
                    updated_at=now,
                )
            )
    return ids


def renew(db: Database, owner: str, ids: Sequence[int], until: datetime) -> set[int]:
    """Extend our lease on ``ids``; returns the ids still ours (others were taken over)."""
    t = Delivery
    with db.write() as s:
        s.execute(
            update(t)
            .where(t.id.in_(list(ids)), t.lease_owner == owner, t.status == DeliveryStatus.CLAIMED)
            .values(lease_expires_at=until)
        )
        mine = s.scalars(
            select(t.id).where(
                t.id.in_(list(ids)), t.lease_owner == owner, t.status == DeliveryStatus.CLAIMED
            )
        )
        return set(mine)


_OUTCOME_KEYS = (
    "status",
    "attempts",
    "next_attempt_at",
    "last_error",
    "status_reason",
    "sent_at",
    "external_id",
)


def record(db: Database, owner: str, outcomes: Sequence[Outcome], now: datetime) -> None:
    """Write many outcomes in one transaction; rows no longer ours are left alone."""
    if not outcomes:
        return
    table = table_of(Delivery)
    stmt = (
        update(table)
        .where(
            table.c.id == bindparam("o_id"),
            table.c.lease_owner == bindparam("o_owner"),
            table.c.status == DeliveryStatus.CLAIMED.value,
        )
        .values(
            {k: bindparam(f"o_{k}", type_=table.c[k].type) for k in _OUTCOME_KEYS}
            | {
                "lease_owner": None,
                "lease_expires_at": None,
                "updated_at": bindparam("o_now", type_=table.c.updated_at.type),
            }
        )
    )
    params = [
        {"o_id": o.id, "o_owner": owner, "o_now": now}
        | {f"o_{k}": _plain(getattr(o, k)) for k in _OUTCOME_KEYS}
        for o in outcomes
    ]
    with db.write() as s:
        s.connection().execute(stmt, params)


def record_in(s: Session, owner: str, outcomes: Sequence[Outcome], now: datetime) -> None:
    """``record`` inside the caller's transaction (a robot send clears its mark with it)."""
    if not outcomes:
        return
    table = table_of(Delivery)
    for o in outcomes:
        s.execute(
            update(table)
            .where(
                table.c.id == o.id,
                table.c.lease_owner == owner,
                table.c.status == DeliveryStatus.CLAIMED.value,
            )
            .values(
                {k: _plain(getattr(o, k)) for k in _OUTCOME_KEYS}
                | {"lease_owner": None, "lease_expires_at": None, "updated_at": now}
            )
        )


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, DeliveryStatus) else value


def set_account_status(
    db: Database, account_id: int, status: AccountStatus, error: str | None
) -> None:
    with db.write() as s:
        # No updated_at bump: that is the "configuration version" the dispatcher watches.
        s.execute(
            update(ChannelAccount)
            .where(ChannelAccount.id == account_id)
            .values(status=status, last_error=error)
            .execution_options(synchronize_session=False)
        )


def due_counts(db: Database, now: datetime) -> tuple[int, int]:
    """(pending and due, currently claimed) for the status bar."""
    with db.read() as s:
        due = s.scalar(select(func.count()).select_from(Delivery).where(_due_clause(now)))
        claimed = s.scalar(
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.status == DeliveryStatus.CLAIMED)
        )
    return int(due or 0), int(claimed or 0)


def next_due_at(db: Database) -> datetime | None:
    """When the earliest pending row or claimed lease becomes workable (to sleep until)."""
    t = Delivery
    with db.read() as s:
        pending = s.scalar(
            select(func.min(func.coalesce(t.next_attempt_at, t.due_at))).where(
                t.status == DeliveryStatus.PENDING, _usable()
            )
        )
        lease = s.scalar(
            select(func.min(t.lease_expires_at)).where(t.status == DeliveryStatus.CLAIMED)
        )
    found = [x for x in (pending, lease) if x is not None]
    return _aware(min(found)) if found else None


def _aware(value: Any) -> datetime:
    # func.min() bypasses the column type, so SQLite hands back a naive string/datetime.
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
