"""The content calendar's week view and basic post editing (C1, C3)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from desktop.domain.enums import ContentType, PostStatus
from desktop.domain.week import Slot, nearest_slot, week_start
from desktop.store.db import Database
from desktop.store.models import Group, Post, WorkspaceSettings, post_targets


@dataclass(frozen=True)
class PostCard:
    id: int
    title: str
    content_type: ContentType
    status: PostStatus
    local_time: datetime  # in the workspace time zone
    day_index: int  # 0 = Monday
    slot_index: int
    target_names: tuple[str, ...]


@dataclass(frozen=True)
class Week:
    start: date
    days: tuple[date, ...]
    cards: tuple[PostCard, ...]

    def mix(self) -> dict[ContentType, int]:
        """Posts per content type this week, every type present (C3)."""
        counts = dict.fromkeys(ContentType, 0)
        for card in self.cards:
            counts[card.content_type] += 1
        return counts

    def marketing_share(self) -> float:
        """Marketing posts as a percentage of the week's posts; 0 for an empty week."""
        if not self.cards:
            return 0.0
        return 100.0 * self.mix()[ContentType.MARKETING] / len(self.cards)


@dataclass
class PostDraft:
    title: str
    body: str = ""
    content_type: ContentType = ContentType.VALUE
    when: datetime | None = None  # workspace-local; None keeps it in the backlog
    target_ids: list[int] = field(default_factory=list)
    id: int | None = None


class PostValidationError(ValueError):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _tz(self) -> ZoneInfo:
        with self.db.read() as s:
            row = s.get(WorkspaceSettings, 1)
            return ZoneInfo(row.timezone if row else "Asia/Shanghai")

    def today(self) -> date:
        """Today's date in the workspace time zone, which is what the calendar shows."""
        return datetime.now(UTC).astimezone(self._tz()).date()

    def week(
        self, any_day: date, slots: tuple[Slot, ...], group_ids: list[int] | None = None
    ) -> Week:
        tz = self._tz()
        start = week_start(any_day)
        days = tuple(start + timedelta(days=i) for i in range(7))
        lo = datetime.combine(start, time(0), tz).astimezone(UTC)
        hi = datetime.combine(start + timedelta(days=7), time(0), tz).astimezone(UTC)
        stmt = (
            select(Post)
            .where(Post.scheduled_at >= lo, Post.scheduled_at < hi)
            .order_by(Post.scheduled_at, Post.id)
            .options(selectinload(Post.targets))
        )
        if group_ids is not None:
            stmt = stmt.where(
                Post.id.in_(
                    select(post_targets.c.post_id).where(post_targets.c.group_id.in_(group_ids))
                )
            )
        cards: list[PostCard] = []
        with self.db.read() as s:
            for p in s.scalars(stmt):
                assert p.scheduled_at is not None
                local = p.scheduled_at.astimezone(tz)
                cards.append(
                    PostCard(
                        id=p.id,
                        title=p.title,
                        content_type=ContentType(p.content_type),
                        status=PostStatus(p.status),
                        local_time=local,
                        day_index=(local.date() - start).days,
                        slot_index=nearest_slot(slots, local.time()),
                        target_names=tuple(g.name for g in p.targets),
                    )
                )
        return Week(start, days, tuple(cards))

    def get(self, post_id: int) -> PostDraft:
        tz = self._tz()
        with self.db.read() as s:
            p = s.get(Post, post_id, options=[selectinload(Post.targets)])
            if p is None:
                raise KeyError(post_id)
            return PostDraft(
                id=p.id,
                title=p.title,
                body=p.body,
                content_type=ContentType(p.content_type),
                when=p.scheduled_at.astimezone(tz) if p.scheduled_at else None,
                target_ids=[g.id for g in p.targets],
            )

    def save(self, draft: PostDraft) -> int:
        problems: dict[str, str] = {}
        if not draft.title.strip():
            problems["title"] = "empty"
        if draft.when is not None and draft.when.tzinfo is None:
            problems["when"] = "naive"
        if problems:
            raise PostValidationError(problems)
        with self.db.write() as s:
            p = Post() if draft.id is None else s.get(Post, draft.id)
            if p is None:
                raise KeyError(draft.id)
            p.title = draft.title.strip()
            p.body = draft.body
            p.content_type = draft.content_type
            p.scheduled_at = draft.when.astimezone(UTC) if draft.when else None
            if p.status in (None, PostStatus.DRAFT, PostStatus.PLANNED):
                p.status = PostStatus.PLANNED if draft.when else PostStatus.DRAFT
            p.targets = list(s.scalars(select(Group).where(Group.id.in_(draft.target_ids))))
            s.add(p)
            s.flush()
            return p.id

    def delete(self, post_id: int) -> None:
        with self.db.write() as s:
            p = s.get(Post, post_id)
            if p is not None:
                s.delete(p)

    def group_choices(self, include: Iterable[int] = ()) -> list[tuple[int, str]]:
        """Open groups by name, plus any ``include`` ids even if archived.

        Editing a post that targets a since-archived group must not silently drop it.
        """
        keep = list(include)
        visible = Group.archived_at.is_(None)
        if keep:
            visible = or_(visible, Group.id.in_(keep))
        with self.db.read() as s:
            rows = s.execute(select(Group.id, Group.name).where(visible).order_by(Group.name))
            return [(group_id, name) for group_id, name in rows]
