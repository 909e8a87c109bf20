"""The content calendar: creating, editing and deleting posts (C1–C5), the next free slot,
and the week as cards (read in ``week_cards.py``).

Deleting only marks a post (undo brings it back); a change to a scheduled post is passed to
``on_change`` — the schedule service — so its pending deliveries follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.calendar.post_message import AttachmentRef
from desktop.domain.calendar.rules import (
    Recurrence,
)
from desktop.domain.calendar.week import Slot, nearest_slot
from desktop.domain.enums import AttachmentKind, ContentType, PostStatus
from desktop.services.calendar.merge import post_diffs
from desktop.services.calendar.week_cards import Week, live_posts, read_week
from desktop.services.live import EditConflict
from desktop.services.workspace.zone import read_zone
from desktop.store.base import utcnow
from desktop.store.db import Database

if TYPE_CHECKING:
    from desktop.services.wecom.caps import OverCap
from desktop.store.models import (
    Group,
    Post,
    PostAttachment,
    post_targets,
)


@dataclass
class PostDraft:
    title: str
    body: str = ""
    content_type: ContentType = ContentType.VALUE
    when: datetime | None = None  # workspace-local; None keeps it in the backlog
    target_ids: list[int] = field(default_factory=list)
    id: int | None = None
    attachments: list[AttachmentRef] = field(default_factory=list)
    recurrence: Recurrence | None = None
    material_id: int | None = None
    version: int | None = None  # as read; saving over a newer version raises EditConflict
    # Who saved this copy (the teammate's name, team mode only): the compare dialog names them
    saved_by: str | None = field(default=None, compare=False)


class PostValidationError(ValueError):
    def __init__(self, problems: dict[str, str], over_cap: OverCap | None = None) -> None:
        self.problems = problems
        self.over_cap = over_cap  # WeCom's monthly cap, for the editor to say in its words
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))


class CalendarService:
    def __init__(self, db: Database) -> None:
        self.db = db
        # Called with post ids after a change that may move their deliveries.
        self.on_change: Callable[[Sequence[int]], object] | None = None
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)  # tests set the hour

    def _changed(self, ids: Sequence[int]) -> None:
        if self.on_change is not None and ids:
            self.on_change(ids)

    def _tz(self) -> ZoneInfo:
        return read_zone(self.db)

    def now(self) -> datetime:
        """Now in the workspace time zone (never the computer's)."""
        return self.clock().astimezone(self._tz())

    def today(self) -> date:
        """Today's date in the workspace time zone, which is what the calendar shows."""
        return self.now().date()

    def next_free_slot(
        self, slots: Sequence[Slot], group_ids: Sequence[int] = (), now: datetime | None = None
    ) -> datetime:
        """Where a new post goes by default: the first slot after now (workspace time) that
        holds no post for any of ``group_ids`` — the week's same-slot rule. Without
        groups nothing can clash, so it is simply the next slot; after the day's last
        slot, tomorrow's first."""
        tz = self._tz()
        start = (now or self.clock()).astimezone(tz)
        times = sorted(slot.at for slot in slots) or [time(9)]
        wanted = set(group_ids)
        taken = self._taken_slots(start, start + timedelta(days=15), slots, wanted, tz)
        for offset in range(15):
            day = start.date() + timedelta(days=offset)
            for at in times:
                moment = datetime.combine(day, at, tz)
                if moment > start and (day, nearest_slot(slots, at)) not in taken:
                    return moment
        return datetime.combine(start.date() + timedelta(days=1), times[0], tz)

    def _taken_slots(
        self,
        lo: datetime,
        hi: datetime,
        slots: Sequence[Slot],
        group_ids: set[int],
        tz: ZoneInfo,
    ) -> set[tuple[date, int]]:
        """(day, slot) pairs already holding a one-off post for one of those groups."""
        if not group_ids or not slots:
            return set()
        with self.db.read() as s:
            rows = s.scalars(
                select(Post.scheduled_at)
                .join(post_targets, post_targets.c.post_id == Post.id)
                .where(
                    live_posts(),  # type: ignore[arg-type]
                    Post.scheduled_at >= lo.astimezone(UTC),
                    Post.scheduled_at < hi.astimezone(UTC),
                    post_targets.c.group_id.in_(list(group_ids)),
                )
            ).all()
        out = set()
        for at in rows:
            if at is None:  # never true: the WHERE above bounds scheduled_at
                continue
            local = at.astimezone(tz)
            out.add((local.date(), nearest_slot(tuple(slots), local.time())))
        return out

    # -- the week -----------------------------------------------------------------------
    def week(
        self, any_day: date, slots: tuple[Slot, ...], group_ids: Iterable[int] | None = None
    ) -> Week:
        return read_week(self.db, any_day, slots, group_ids)

    # -- one post -----------------------------------------------------------------------
    def get(self, post_id: int) -> PostDraft:
        tz = self._tz()
        with self.db.read() as s:
            p = s.get(
                Post,
                post_id,
                options=[selectinload(Post.targets), selectinload(Post.attachments)],
            )
            if p is None or p.deleted_at is not None:
                raise KeyError(post_id)
            return _draft_of(p, tz)

    def status(self, post_id: int) -> PostStatus | None:
        with self.db.read() as s:
            value = s.scalar(select(Post.status).where(Post.id == post_id, live_posts()))  # type: ignore[arg-type]
            return None if value is None else PostStatus(value)

    def save(self, draft: PostDraft, base: PostDraft | None = None) -> int:
        """Create or update; a save over a newer version raises EditConflict (``base``, the
        copy the editor read, tells who changed which field)."""
        problems: dict[str, str] = {}
        if not draft.title.strip():
            problems["title"] = "empty"
        if draft.when is not None and draft.when.tzinfo is None:
            problems["when"] = "naive"
        if draft.recurrence is not None and draft.when is None:
            problems["recurrence"] = "no start"
        if (
            draft.recurrence is not None
            and draft.when
            and draft.recurrence.until < draft.when.date()
        ):
            problems["recurrence"] = "ends before it starts"
        for a in draft.attachments:
            if not a.uri.strip():
                problems["attachments"] = "empty"
        cap = None
        if draft.when is not None and draft.target_ids and not problems:
            from desktop.services.wecom.caps import over_cap

            with self.db.read() as s:
                leaving = () if draft.id is None else (draft.id,)
                cap = over_cap(s, [(draft.target_ids, draft.when)], leaving)
            if cap:
                problems["targets"] = str(cap)
        if draft.id is not None and draft.when is not None and draft.target_ids and not problems:
            from desktop.services.calendar.schedule import too_long_when_scheduled

            with self.db.read() as s:
                why = too_long_when_scheduled(
                    s, draft.id, draft.target_ids, draft.title, draft.body
                )
            if why:  # the words scheduling refuses such a post with
                problems["robot"] = f"too long for a group robot: {why}"
        if problems:
            raise PostValidationError(problems, cap)
        try:
            post_id = self._write(draft, base)
        except StaleDataError:  # a teammate's save committed between our read and write
            if draft.id is None:
                raise
            raise self._conflict(draft, base) from None
        self._changed([post_id])
        return post_id

    def _conflict(self, mine: PostDraft, base: PostDraft | None) -> EditConflict:
        assert mine.id is not None
        theirs = self.get(mine.id)
        with self.db.read() as s:
            names = _group_names(s, theirs, mine, *([base] if base else []))
        diffs = post_diffs(theirs, mine, names, base)
        return EditConflict("posts", mine.id, theirs.version or 0, diffs, theirs, mine, base)

    def _write(self, draft: PostDraft, base: PostDraft | None = None) -> int:
        with self.db.write() as s:
            p = Post() if draft.id is None else s.get(Post, draft.id)
            if p is None or p.deleted_at is not None:
                raise KeyError(draft.id)
            if draft.version is not None and p.id is not None and p.version != draft.version:
                theirs = _draft_of(p, self._tz())
                names = _group_names(s, theirs, draft, *([base] if base else []))
                diffs = post_diffs(theirs, draft, names, base)
                raise EditConflict("posts", p.id, p.version, diffs, theirs, draft, base)
            p.title = draft.title.strip()[:200]
            p.body = draft.body
            p.content_type = draft.content_type
            p.scheduled_at = draft.when.astimezone(UTC) if draft.when else None
            if p.status in (None, PostStatus.DRAFT, PostStatus.PLANNED):
                p.status = PostStatus.PLANNED if draft.when else PostStatus.DRAFT
            elif draft.when is None:
                p.status = PostStatus.DRAFT  # back to the backlog: nothing is due any more
            p.targets = list(s.scalars(select(Group).where(Group.id.in_(draft.target_ids))))
            p.recurrence = draft.recurrence.to_json() if draft.recurrence else None
            p.recurrence_until = draft.recurrence.until if draft.recurrence else None
            p.material_id = draft.material_id
            p.attachments = [
                PostAttachment(kind=a.kind, uri=a.uri.strip()[:1000], caption=a.caption[:200])
                for a in draft.attachments
            ]
            s.add(p)
            s.flush()
            return p.id

    def delete(self, post_id: int) -> None:
        self.delete_many([post_id])

    def delete_many(self, post_ids: Sequence[int]) -> None:
        """Mark deleted; pending deliveries are cancelled, sent ones stay as history."""
        with self.db.write() as s:
            for p in s.scalars(select(Post).where(Post.id.in_(post_ids))):
                p.deleted_at = p.deleted_at or utcnow()
        self._changed(post_ids)

    def group_choices(self, include: Iterable[int] = ()) -> list[tuple[int, str]]:
        """Open groups by name, plus any ``include`` ids even if archived.

        Editing a post that targets a since-archived group must not silently drop it.
        """
        keep = list(include)
        visible: ColumnElement[bool] = Group.archived_at.is_(None)
        if keep:
            visible = or_(visible, Group.id.in_(keep))
        with self.db.read() as s:
            rows = s.execute(select(Group.id, Group.name).where(visible).order_by(Group.name))
            return [(group_id, name) for group_id, name in rows]


def _group_names(s: Session, *drafts: PostDraft) -> dict[int, str]:
    ids = {g for d in drafts for g in d.target_ids}
    return {i: n for i, n in s.execute(select(Group.id, Group.name).where(Group.id.in_(ids)))}


def _draft_of(p: Post, tz: ZoneInfo) -> PostDraft:
    return PostDraft(
        id=p.id,
        title=p.title,
        body=p.body,
        content_type=ContentType(p.content_type),
        when=p.scheduled_at.astimezone(tz) if p.scheduled_at else None,
        target_ids=[g.id for g in p.targets],
        attachments=[
            AttachmentRef(AttachmentKind(a.kind), a.uri, a.caption)
            for a in sorted(p.attachments, key=lambda a: a.id)
        ],
        recurrence=Recurrence.from_json(p.recurrence, p.recurrence_until),
        material_id=p.material_id,
        version=p.version,
        saved_by=p.saved_by,
    )
