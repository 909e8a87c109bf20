"""From planned posts to outbox deliveries, and keeping those deliveries in step (C5).

"Schedule week" marks planned posts as scheduled and writes one delivery per target
group and occurrence. The idempotency key is ``post:<post>:g<group>:o<occurrence>``, so
scheduling twice writes nothing new, and a moved or edited post updates its own pending
rows in place (due time, text, channel) instead of piling up new ones. Rows a change no
longer wants are cancelled; a row cancelled that way comes back if an undo wants it again.
Sent, claimed and failed rows are never rewritten: they are history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from desktop.domain.calendar.post_message import AttachmentRef, render_post
from desktop.domain.calendar.rules import Recurrence, occurrences
from desktop.domain.calendar.week import week_start
from desktop.domain.enums import (
    AttachmentKind,
    ChannelKind,
    ConsentPurpose,
    ContentType,
    DeliveryKind,
    DeliveryStatus,
    Platform,
    PostStatus,
)
from desktop.services.robots import too_long_for_robots
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.services.workspace.zone import read_zone
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery, Group, Post

RESYNC_REASON = "calendar: post moved, edited or deleted"

# Which channel sends to a group on each platform. WeChat groups have no API: a person
# posts by hand from the to-do list. WeCom group robots will use a webhook account.
PLATFORM_CHANNELS: dict[Platform, ChannelKind] = {
    Platform.WECHAT: ChannelKind.MANUAL,
    Platform.WECOM: ChannelKind.WEBHOOK,
    Platform.MATRIX: ChannelKind.MATRIX,
    Platform.TELEGRAM: ChannelKind.TELEGRAM,
    Platform.EMAIL: ChannelKind.EMAIL,
    Platform.OTHER: ChannelKind.MANUAL,
}


def delivery_key(post_id: int, group_id: int, occurrence: int) -> str:
    return f"post:{post_id}:g{group_id}:o{occurrence}"


@dataclass
class ScheduleResult:
    scheduled: list[int] = field(default_factory=list)
    no_targets: list[tuple[int, str]] = field(default_factory=list)  # (id, title)
    in_past: list[tuple[int, str]] = field(default_factory=list)
    # (id, title, why): a target group's robot would refuse the post (over its size limit).
    too_long: list[tuple[int, str, str]] = field(default_factory=list)
    deliveries: int = 0


def too_long_when_scheduled(
    s: Session, post_id: int, group_ids: Sequence[int], title: str, body: str
) -> str | None:
    """Why a target group's robot would refuse this text on an already scheduled post.

    Scheduling checks a post once; an edit saved afterwards rewrites its pending deliveries,
    so the same check runs on the save (a planned post is checked when it is scheduled).
    """
    status = s.scalar(select(Post.status).where(Post.id == post_id))
    if status != PostStatus.SCHEDULED:
        return None
    refused = too_long_for_robots(s, group_ids, title.strip(), body)
    return "; ".join(refused) or None


@dataclass(frozen=True)
class _Want:
    group_id: int
    channel: ChannelKind
    account_id: int | None
    recipient: str | None
    due_at: datetime
    subject: str
    body: str
    purpose: ConsentPurpose


class ScheduleService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    def _tz(self) -> ZoneInfo:
        return read_zone(self.db)

    def planned_in_week(self, any_day: object, group_ids: Sequence[int] | None = None) -> list[int]:
        """Planned (not yet scheduled) posts starting in the week of ``any_day``."""
        tz = self._tz()
        start = week_start(any_day)  # type: ignore[arg-type]
        lo = datetime.combine(start, time(0), tz).astimezone(UTC)
        hi = datetime.combine(start + timedelta(days=7), time(0), tz).astimezone(UTC)
        stmt = select(Post.id).where(
            Post.deleted_at.is_(None),
            Post.status == PostStatus.PLANNED,
            Post.scheduled_at >= lo,
            Post.scheduled_at < hi,
        )
        if group_ids is not None:
            stmt = stmt.where(Post.targets.any(Group.id.in_(list(group_ids))))
        with self.db.read() as s:
            return list(s.scalars(stmt.order_by(Post.scheduled_at, Post.id)))

    def schedule(self, post_ids: Sequence[int], now: datetime | None = None) -> ScheduleResult:
        """Planned posts with targets and a future time become scheduled, with deliveries."""
        now = now or utcnow()
        result = ScheduleResult()
        with self.db.write() as s:
            posts = s.scalars(
                select(Post)
                .where(Post.id.in_(list(post_ids)), Post.deleted_at.is_(None))
                .options(selectinload(Post.targets))
                .order_by(Post.scheduled_at, Post.id)
            ).all()
            for p in posts:
                if p.status not in (PostStatus.PLANNED, PostStatus.DRAFT) or not p.scheduled_at:
                    continue
                if not p.targets:
                    result.no_targets.append((p.id, p.title))
                    continue
                if p.scheduled_at < now and p.recurrence is None:
                    result.in_past.append((p.id, p.title))
                    continue
                refused = too_long_for_robots(s, [g.id for g in p.targets], p.title, p.body)
                if refused:
                    result.too_long.append((p.id, p.title, "; ".join(refused)))
                    continue
                p.status = PostStatus.SCHEDULED
                result.scheduled.append(p.id)
        result.deliveries = self.resync(result.scheduled)
        return result

    def resync(self, post_ids: Sequence[int]) -> int:
        """Bring the deliveries of these posts in line with the posts; returns rows added."""
        if not post_ids:
            return 0
        tz = self._tz()
        wants: dict[int | None, dict[str, _Want]] = {}  # keyed like Delivery.post_id
        with self.db.read() as s:
            posts = s.scalars(
                select(Post)
                .where(Post.id.in_(list(post_ids)))
                .options(selectinload(Post.targets), selectinload(Post.attachments))
            ).all()
            # Groups of a WeCom app account post through it (群发 tasks), not a robot.
            wecom_accounts = set(
                s.scalars(select(ChannelAccount.id).where(ChannelAccount.kind == ChannelKind.WECOM))
            )
            for p in posts:
                wants[p.id] = self._wanted(p, tz, wecom_accounts)
            existing = s.execute(
                select(
                    Delivery.id,
                    Delivery.post_id,
                    Delivery.idempotency_key,
                    Delivery.status,
                    Delivery.status_reason,
                    Delivery.due_at,
                    Delivery.body,
                    Delivery.subject,
                    Delivery.channel,
                ).where(Delivery.post_id.in_(list(post_ids)))
            ).all()
        to_cancel: list[int] = []
        updates: list[tuple[int, DeliveryStatus, _Want]] = []
        have: set[str] = set()
        for did, pid, key, status, reason, due, body, subject, channel in existing:
            want = wants.get(pid, {}).get(key)
            have.add(key)
            status = DeliveryStatus(status)
            if want is None:
                if status in (
                    DeliveryStatus.PENDING,
                    DeliveryStatus.MANUAL_TODO,
                    DeliveryStatus.FAILED,
                ):
                    to_cancel.append(did)
                continue
            changed = (due, body, subject, channel) != (
                want.due_at,
                want.body,
                want.subject,
                want.channel,
            )
            rewrite = (
                (status == DeliveryStatus.PENDING and changed)
                or (status == DeliveryStatus.MANUAL_TODO and due != want.due_at)
                or (status == DeliveryStatus.CANCELLED and reason == RESYNC_REASON)
            )
            if rewrite:
                updates.append((did, status, want))
        if to_cancel:
            self.outbox.cancel(to_cancel, reason=RESYNC_REASON)
        if updates:
            self._rewrite(updates)
        fresh = [
            NewDelivery(
                kind=DeliveryKind.POST,
                channel=w.channel,
                due_at=w.due_at,
                idempotency_key=key,
                body=w.body,
                subject=w.subject,
                purpose=w.purpose,
                group_id=w.group_id,
                recipient=w.recipient,
                channel_account_id=w.account_id,
                post_id=pid,
            )
            for pid, keyed in wants.items()
            for key, w in keyed.items()
            if key not in have
        ]
        if fresh:
            self.outbox.enqueue_many(fresh)
        elif updates and self.outbox.on_change is not None:
            self.outbox.on_change()  # wake the dispatcher: a due time may have come closer
        return len(fresh)

    def _rewrite(self, updates: list[tuple[int, DeliveryStatus, _Want]]) -> None:
        """Pending (or revived) rows take the post's new time and text.

        The status guard makes a row the dispatcher claimed meanwhile stay untouched.
        """
        now = utcnow()
        with self.db.write() as s:
            for did, status, w in updates:
                s.execute(
                    update(Delivery)
                    .where(Delivery.id == did, Delivery.status == status)
                    .values(
                        status=DeliveryStatus.PENDING,
                        due_at=w.due_at,
                        next_attempt_at=w.due_at,
                        body=w.body,
                        subject=w.subject,
                        channel=w.channel,
                        channel_account_id=w.account_id,
                        recipient=w.recipient,
                        purpose=w.purpose,
                        attempts=0,
                        status_reason=None,
                        updated_at=now,
                    )
                )

    @staticmethod
    def _wanted(p: Post, tz: ZoneInfo, wecom_accounts: set[int]) -> dict[str, _Want]:
        if p.deleted_at is not None or p.status != PostStatus.SCHEDULED or p.scheduled_at is None:
            return {}
        local = p.scheduled_at.astimezone(tz)
        rec = Recurrence.from_json(p.recurrence, p.recurrence_until)
        refs = [
            AttachmentRef(AttachmentKind(a.kind), a.uri, a.caption)
            for a in sorted(p.attachments, key=lambda a: a.id)
        ]
        purpose = (
            ConsentPurpose.MARKETING
            if p.content_type == ContentType.MARKETING
            else ConsentPurpose.SERVICE
        )
        out: dict[str, _Want] = {}
        for n, day in occurrences(local.date(), rec):
            due = datetime.combine(day, local.time(), tz).astimezone(UTC)
            for g in p.targets:
                channel = PLATFORM_CHANNELS.get(Platform(g.platform), ChannelKind.MANUAL)
                if g.channel_account_id in wecom_accounts:
                    channel = ChannelKind.WECOM
                account_id, recipient = g.channel_account_id, g.external_id
                if g.robot_account_id is not None:  # a linked group robot posts it (issue 17)
                    robot = g.robot_account_id
                    channel, account_id, recipient = ChannelKind.WEBHOOK, robot, f"robot:{robot}"
                text = render_post(p.title, p.body, refs, channel)
                out[delivery_key(p.id, g.id, n)] = _Want(
                    group_id=g.id,
                    channel=channel,
                    account_id=account_id,
                    recipient=recipient,
                    due_at=due,
                    subject=text.subject[:300],
                    body=text.body,
                    purpose=purpose,
                )
        return out
