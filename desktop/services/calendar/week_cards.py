"""The calendar's week as cards (C1–C4): one read with a handful of column queries (no ORM
objects, a busy workspace has thousands of posts in a week), recurring posts expanded into
their occurrences, the displayed state derived from the deliveries, conflicts marked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select

from desktop.domain.calendar.holidays import DayMark
from desktop.domain.calendar.rules import (
    Conflict,
    GroupLife,
    PlannedItem,
    Recurrence,
    display_state,
    find_conflicts,
    marketing_share,
    occurrences,
    type_mix,
)
from desktop.domain.calendar.week import Slot, nearest_slot, week_start
from desktop.domain.enums import ContentType, DeliveryStatus, PostStatus
from desktop.domain.sending.quiet_hours import QuietHours
from desktop.services.workspace.holidays import load_calendar
from desktop.services.workspace.zone import zone_of
from desktop.store.db import Database
from desktop.store.models import Delivery, Group, Post, WorkspaceSettings, post_targets


@dataclass(frozen=True)
class PostCard:
    id: int
    title: str
    content_type: ContentType
    status: PostStatus  # as shown: derived from the deliveries once scheduled
    local_time: datetime  # in the workspace time zone
    day_index: int  # 0 = Monday
    slot_index: int
    target_names: tuple[str, ...]
    target_ids: tuple[int, ...] = ()
    recurring: bool = False
    occurrence: int = 0  # number within a recurring series; 0 for a one-off post
    conflicts: tuple[Conflict, ...] = ()
    stored_status: PostStatus = PostStatus.PLANNED
    series_start: datetime | None = None  # a recurring post's first occurrence
    version: int = 0  # the post's version when read (a move from an older one is refused)

    def moved_start(self, new_local: datetime) -> datetime:
        """Where the post itself goes when this card (maybe an occurrence) goes to new_local."""
        if not self.recurring or self.series_start is None:
            return new_local
        day = self.series_start.date() + (new_local.date() - self.local_time.date())
        return datetime.combine(day, new_local.timetz())  # wall-clock, DST-safe

    @property
    def movable(self) -> bool:
        """Sent posts are history; every other post can be moved."""
        return self.status != PostStatus.SENT and self.stored_status != PostStatus.SENT


@dataclass(frozen=True)
class Week:
    start: date
    days: tuple[date, ...]
    cards: tuple[PostCard, ...]
    marks: dict[date, DayMark] = field(default_factory=dict)
    group_names: dict[int, str] = field(default_factory=dict)

    def mix(self, day_index: int | None = None) -> dict[ContentType, int]:
        """Posts per content type this week (or on one day), every type present (C3)."""
        cards = self.cards if day_index is None else self.day_cards(day_index)
        return type_mix(c.content_type for c in cards)

    def day_cards(self, day_index: int) -> list[PostCard]:
        return [c for c in self.cards if c.day_index == day_index]

    def marketing_share(self, day_index: int | None = None) -> float:
        """Marketing posts as a percentage of the posts; 0 when there are none."""
        return marketing_share(self.mix(day_index))


def live_posts() -> object:
    return Post.deleted_at.is_(None)


def read_week(
    db: Database, any_day: date, slots: tuple[Slot, ...], group_ids: Iterable[int] | None = None
) -> Week:
    """The week of ``any_day`` as cards, recurring posts expanded, conflicts marked."""
    start = week_start(any_day)
    days = tuple(start + timedelta(days=i) for i in range(7))
    with db.read() as s:
        ws = s.get(WorkspaceSettings, 1)
        tz = zone_of(ws)
        quiet = QuietHours.parse(ws.quiet_start, ws.quiet_end) if ws else None
        holidays = load_calendar(s)
        lo = datetime.combine(start, time(0), tz).astimezone(UTC)
        hi = datetime.combine(start + timedelta(days=7), time(0), tz).astimezone(UTC)
        in_week = and_(Post.scheduled_at >= lo, Post.scheduled_at < hi)
        series = and_(
            Post.recurrence.is_not(None),
            Post.scheduled_at < hi,
            Post.recurrence_until >= start,
        )
        ids = select(Post.id).where(live_posts(), or_(in_week, series))  # type: ignore[arg-type]
        if group_ids is not None:
            chosen = list(group_ids)
            ids = ids.where(
                Post.id.in_(
                    select(post_targets.c.post_id).where(post_targets.c.group_id.in_(chosen))
                )
            )
        id_query = ids.scalar_subquery()
        rows = s.execute(
            select(
                Post.id,
                Post.title,
                Post.content_type,
                Post.status,
                Post.scheduled_at,
                Post.recurrence,
                Post.recurrence_until,
                Post.version,
            )
            .where(Post.id.in_(id_query))
            .order_by(Post.scheduled_at, Post.id)
        ).all()
        targets: dict[int, list[tuple[int, str]]] = {}
        for pid, gid, name in s.execute(
            select(post_targets.c.post_id, Group.id, Group.name)
            .join(Group, Group.id == post_targets.c.group_id)
            .where(post_targets.c.post_id.in_(id_query))
            .order_by(Group.name)
        ):
            targets.setdefault(pid, []).append((gid, name))
        deliveries: dict[int, dict[DeliveryStatus, int]] = {}
        for pid, status, n in s.execute(
            select(Delivery.post_id, Delivery.status, func.count())
            .where(Delivery.post_id.in_(id_query))
            .group_by(Delivery.post_id, Delivery.status)
        ):
            if pid is not None:  # the query leaves out NULLs; this narrows the type
                deliveries.setdefault(pid, {})[DeliveryStatus(status)] = int(n)
        lives = {
            gid: GroupLife(archived.date() if archived else None, end)
            for gid, archived, end in s.execute(
                select(Group.id, Group.archived_at, Group.campaign_end).where(
                    or_(Group.archived_at.is_not(None), Group.campaign_end.is_not(None))
                )
            )
        }
        names = {gid: name for gid, name in s.execute(select(Group.id, Group.name))}
    drafts: list[PostCard] = []
    for pid, title, ctype, status, at, rec_json, until, version in rows:
        local = at.astimezone(tz)
        rec = Recurrence.from_json(rec_json, until)
        stored = PostStatus(status)
        shown = display_state(stored, deliveries.get(pid, {}))
        tgt = targets.get(pid, [])
        for n, day in occurrences(local.date(), rec, start, start + timedelta(days=7)):
            when = local if n == 0 else datetime.combine(day, local.timetz())
            drafts.append(
                PostCard(
                    id=pid,
                    title=title,
                    content_type=ContentType(ctype),
                    status=shown,
                    local_time=when,
                    day_index=(day - start).days,
                    slot_index=nearest_slot(slots, when.time()),
                    target_names=tuple(name for _g, name in tgt),
                    target_ids=tuple(g for g, _n in tgt),
                    recurring=rec is not None,
                    occurrence=n,
                    stored_status=stored,
                    series_start=local if rec is not None else None,
                    version=version,
                )
            )
    report = find_conflicts(
        [PlannedItem(c.id, c.local_time, c.slot_index, c.target_ids) for c in drafts],
        quiet,
        lives,
    )
    cards = tuple(c if not report.of(c.id) else _with_conflicts(c, report.of(c.id)) for c in drafts)
    return Week(start, days, cards, holidays.marks(days), names)


def _with_conflicts(card: PostCard, conflicts: tuple[Conflict, ...]) -> PostCard:
    return replace(card, conflicts=conflicts)
