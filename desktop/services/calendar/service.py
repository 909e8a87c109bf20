"""The content calendar: the week as cards, and creating/editing/deleting posts (C1–C5).

``week`` reads with a handful of column queries (no ORM objects), because a busy
workspace can have thousands of posts in one week. Deleting only marks a post (undo
brings it back); a change to a scheduled post is passed to ``on_change`` — the schedule
service — so its pending deliveries follow.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.calendar.holidays import DayMark
from desktop.domain.calendar.post_message import AttachmentRef
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
from desktop.domain.enums import AttachmentKind, ContentType, DeliveryStatus, PostStatus
from desktop.domain.sending.quiet_hours import QuietHours
from desktop.services.calendar.merge import post_diffs
from desktop.services.live import EditConflict
from desktop.services.workspace.holidays import load_calendar
from desktop.store.base import utcnow
from desktop.store.db import Database

if TYPE_CHECKING:
    from desktop.services.wecom.caps import OverCap
from desktop.store.models import (
    Delivery,
    Group,
    Post,
    PostAttachment,
    WorkspaceSettings,
    post_targets,
)


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


def live_posts() -> object:
    return Post.deleted_at.is_(None)


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
        with self.db.read() as s:
            row = s.get(WorkspaceSettings, 1)
            return ZoneInfo(row.timezone if row else "Asia/Shanghai")

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
        start = week_start(any_day)
        days = tuple(start + timedelta(days=i) for i in range(7))
        with self.db.read() as s:
            ws = s.get(WorkspaceSettings, 1)
            tz = ZoneInfo(ws.timezone if ws else "Asia/Shanghai")
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
        cards = tuple(
            c if not report.of(c.id) else _with_conflicts(c, report.of(c.id)) for c in drafts
        )
        return Week(start, days, cards, holidays.marks(days), names)

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


def _with_conflicts(card: PostCard, conflicts: tuple[Conflict, ...]) -> PostCard:
    from dataclasses import replace

    return replace(card, conflicts=conflicts)
