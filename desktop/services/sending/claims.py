"""The dispatcher's database side: claim under a lease, load what the rules need, record.

Every function here is synchronous and short; the dispatcher runs them on its executor
thread so the event loop (the UI's, under qasync) never waits on SQLite.

Claiming is one write transaction: on SQLite ``BEGIN IMMEDIATE`` takes the write lock
before the SELECT, so two workers cannot pick the same rows; on PostgreSQL the SELECT
uses ``FOR UPDATE SKIP LOCKED`` so concurrent workers take disjoint rows without waiting.
Results are written only while the row is still ours (``lease_owner`` and ``claimed``),
so a worker whose lease was taken over cannot overwrite the new owner's outcome.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import and_, bindparam, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.calendar.holidays import HolidayOverride
from desktop.domain.enums import (
    AttachmentKind,
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    DeliveryStatus,
    DmFrequency,
)
from desktop.domain.sending.accounts import BLOCKING_STATUSES, AccountStatus
from desktop.domain.sending.consent import ConsentEvent
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.domain.sending.rules import HISTORY_WINDOW, MemberPrefs, PastSend, SendPolicy
from desktop.services.sending.batch_types import (
    AccountInfo,
    Batch,
    ClaimedItem,
    MemberContext,
    Outcome,
    WorkspaceInfo,
)
from desktop.services.workspace.holidays import load_calendar
from desktop.store.base import table_of
from desktop.store.db import Database
from desktop.store.models import (
    ChannelAccount,
    ConsentRecord,
    Delivery,
    Group,
    Member,
    MemberContact,
    PostAttachment,
    WorkspaceSettings,
)

CONTACT_FOR_CHANNEL: dict[ChannelKind, ContactChannel] = {
    ChannelKind.EMAIL: ContactChannel.EMAIL,
    ChannelKind.MATRIX: ContactChannel.MATRIX,
    ChannelKind.TELEGRAM: ContactChannel.TELEGRAM,
    ChannelKind.MANUAL: ContactChannel.WECHAT,
}


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


def _resolve_recipient(
    d: Delivery, contacts: dict[tuple[int, str], str], groups: dict[int, str]
) -> str:
    if d.recipient:
        return d.recipient
    channel = ChannelKind(d.channel)
    if d.member_id is not None and channel in CONTACT_FOR_CHANNEL:
        return contacts.get((d.member_id, CONTACT_FOR_CHANNEL[channel]), "")
    if d.group_id is not None:
        return groups.get(d.group_id, "")
    return ""


def _post_images(s: Session, rows: Sequence[Delivery]) -> dict[int, tuple[str, ...]]:
    """Local picture files of the posts behind chat deliveries (a room shows them inline)."""
    post_ids = sorted({d.post_id for d in rows if d.post_id is not None})
    if not post_ids:
        return {}
    out: dict[int, list[str]] = defaultdict(list)
    for post_id, uri in s.execute(
        select(PostAttachment.post_id, PostAttachment.uri)
        .where(
            PostAttachment.post_id.in_(post_ids),
            PostAttachment.kind.in_([AttachmentKind.IMAGE, AttachmentKind.POSTER]),
        )
        .order_by(PostAttachment.id)
    ):
        path = Path(uri.removeprefix("file://"))
        if path.is_file():
            out[post_id].append(str(path))
    return {k: tuple(v) for k, v in out.items()}


def load_batch(db: Database, ids: Sequence[int], now: datetime) -> Batch:
    with db.read() as s:
        rows = list(s.scalars(select(Delivery).where(Delivery.id.in_(list(ids)))))
        rows.sort(key=lambda d: (d.next_attempt_at or d.due_at, d.id))
        member_ids = sorted({d.member_id for d in rows if d.member_id is not None})
        group_ids = sorted({d.group_id for d in rows if d.group_id is not None})
        contacts: dict[tuple[int, str], str] = {}
        members: dict[int, MemberContext] = {}
        if member_ids:
            for c in s.scalars(
                select(MemberContact).where(MemberContact.member_id.in_(member_ids))
            ):
                contacts.setdefault((c.member_id, str(c.channel)), c.address)
            consents: dict[int, list[ConsentEvent]] = defaultdict(list)
            for r in s.scalars(
                select(ConsentRecord).where(ConsentRecord.member_id.in_(member_ids))
            ):
                consents[r.member_id].append(
                    ConsentEvent(
                        channel=r.channel,
                        purpose=ConsentPurpose(r.purpose),
                        granted=r.granted,
                        recorded_at=r.recorded_at,
                        source=r.source,
                        seq=r.id,
                    )
                )
            history: dict[int, list[PastSend]] = defaultdict(list)
            for mid, sent_at, purpose in s.execute(
                select(Delivery.member_id, Delivery.sent_at, Delivery.purpose).where(
                    Delivery.member_id.in_(member_ids),
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.kind != DeliveryKind.POST,
                    Delivery.sent_at >= now - HISTORY_WINDOW,
                )
            ):
                # The query leaves out NULLs; the check narrows the types.
                if mid is not None and sent_at is not None:
                    history[mid].append(PastSend(sent_at, ConsentPurpose(purpose)))
            for m in s.scalars(select(Member).where(Member.id.in_(member_ids))):
                members[m.id] = MemberContext(
                    name=m.display_name,
                    prefs=MemberPrefs(
                        dm_frequency=DmFrequency(m.dm_frequency),
                        timezone=m.timezone,
                        quiet_start=m.quiet_start,
                        quiet_end=m.quiet_end,
                        erased=m.erased_at is not None,
                    ),
                    consents=tuple(consents.get(m.id, ())),
                    history=history.get(m.id, []),
                )
        groups: dict[int, str] = {}
        if group_ids:
            for gid, ext in s.execute(
                select(Group.id, Group.external_id).where(Group.id.in_(group_ids))
            ):
                groups[gid] = ext or ""
        accounts = {
            a.id: AccountInfo(
                id=a.id,
                kind=ChannelKind(a.kind),
                name=a.name,
                config=dict(a.config or {}),
                secret_ref=a.secret_ref,
                status=_account_status(a.status),
                version=a.updated_at,
            )
            for a in s.scalars(select(ChannelAccount).where(ChannelAccount.enabled.is_(True)))
        }
        defaults: dict[ChannelKind, int] = {}
        for a in sorted(accounts.values(), key=lambda x: x.id):
            defaults.setdefault(a.kind, a.id)
        images = _post_images(s, [d for d in rows if d.channel == ChannelKind.MATRIX])
        ws = s.get(WorkspaceSettings, 1)
        workspace = _workspace_info(ws, load_calendar(s).overrides)
        items = [
            ClaimedItem(
                id=d.id,
                key=d.idempotency_key,
                kind=DeliveryKind(d.kind),
                channel=ChannelKind(d.channel),
                account_id=d.channel_account_id,
                purpose=ConsentPurpose(d.purpose),
                member_id=d.member_id,
                recipient=_resolve_recipient(d, contacts, groups),
                subject=d.subject,
                body=d.body,
                body_html=d.body_html,
                template_values=(
                    dict(d.template_values) if d.template_values is not None else None
                ),
                attempts=d.attempts,
                last_error=d.last_error,
                in_reply_to=d.in_reply_to,
                references=d.references,
                attachments=images.get(d.post_id, ()) if d.post_id is not None else (),
                reply=d.kind == DeliveryKind.DM and d.conversation_id is not None,
            )
            for d in rows
        ]
    return Batch(items, members, accounts, defaults, workspace)


def _account_status(value: str) -> AccountStatus:
    try:
        return AccountStatus(value)
    except ValueError:
        return AccountStatus.UNKNOWN


def _workspace_info(
    ws: WorkspaceSettings | None, overrides: tuple[HolidayOverride, ...] = ()
) -> WorkspaceInfo:
    if ws is None:
        return WorkspaceInfo("", "", SendPolicy(), None)
    try:
        holiday = HolidayPolicy(ws.holiday_policy)
    except ValueError:
        holiday = HolidayPolicy.ALLOW
    policy = SendPolicy(
        timezone=ws.timezone,
        quiet_start=ws.quiet_start,
        quiet_end=ws.quiet_end,
        daily_cap=ws.daily_cap_per_member if ws.daily_cap_per_member > 0 else None,
        holiday_policy=holiday,
        holiday_country=ws.holiday_country,
        holiday_overrides=overrides,
    )
    return WorkspaceInfo(ws.name, ws.brand_keyword, policy, ws.unsubscribe_url)


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
