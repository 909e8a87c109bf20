"""Rules of the weekly push table (C1–C5) with no Qt and no SQL.

Recurrence expansion, moving a post between slots and days, the type mix of a day or
week, the post state shown on a card (derived from its deliveries), and the conflicts a
planner should see: two posts in one slot for one group, a slot inside quiet hours, a
group archived (or due to be archived) before the post goes out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from desktop.domain.calendar.week import Slot, nearest_slot
from desktop.domain.enums import ContentType, DeliveryStatus, PostStatus
from desktop.domain.sending.quiet_hours import QuietHours

MAX_OCCURRENCES = 400  # a weekly series over several years; more is surely a typo
CAMPAIGN_ARCHIVE_DAYS = 3  # G2: a campaign group closes three days after its end


# -- recurrence ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Recurrence:
    """Weekly on the given weekdays (0 = Monday) until a date (inclusive)."""

    weekdays: frozenset[int]
    until: date

    def to_json(self) -> dict[str, object]:
        return {"freq": "weekly", "weekdays": sorted(self.weekdays)}

    @classmethod
    def from_json(cls, data: Mapping[str, object] | None, until: date | None) -> Recurrence | None:
        if not data or until is None or data.get("freq") != "weekly":
            return None
        raw = data.get("weekdays")
        if not isinstance(raw, list | tuple):
            return None
        days = frozenset(int(d) for d in raw if 0 <= int(d) <= 6)
        return cls(days, until) if days else None


def occurrences(
    start: date, rec: Recurrence | None, lo: date | None = None, hi: date | None = None
) -> list[tuple[int, date]]:
    """(occurrence number, day) of a series starting on ``start``, within [lo, hi).

    The first day always counts as occurrence 0 even if it is not one of the weekdays, so
    a post never disappears from the day it was planned on. Numbers are stable when the
    window changes, which lets them be part of an idempotency key.
    """
    if rec is None:
        hit = (lo is None or start >= lo) and (hi is None or start < hi)
        return [(0, start)] if hit else []
    out: list[tuple[int, date]] = []
    n = 0
    day = start
    while day <= rec.until and n < MAX_OCCURRENCES:
        if day == start or day.weekday() in rec.weekdays:
            if hi is not None and day >= hi:
                break
            if lo is None or day >= lo:
                out.append((n, day))
            n += 1
        day += timedelta(days=1)
    return out


# -- moving -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Shift:
    """A move on the grid: days to add, slots to add; ``to_header`` keeps the time."""

    days: int = 0
    slots: int = 0
    to_header: bool = False


def shifted(local: datetime, slots: Sequence[Slot], shift: Shift) -> datetime:
    """Where a post at ``local`` (workspace-local, aware) lands after ``shift``.

    Within the same slot (or dropped on a day header) the time of day is kept, so an
    ad-hoc 08:30 stays 08:30; into another slot it takes that slot's time.
    """
    day = local.date() + timedelta(days=shift.days)
    at = local.timetz().replace(tzinfo=None)
    if not shift.to_header and shift.slots and slots:
        index = nearest_slot(slots, at) + shift.slots
        day += timedelta(days=index // len(slots))
        at = slots[index % len(slots)].at
    return datetime.combine(day, at, local.tzinfo)


def slot_step(local: datetime, slots: Sequence[Slot], step: int) -> datetime:
    """The next (+1) or previous (-1) slot, across midnight into the next/previous day."""
    return shifted(local, slots, Shift(slots=step))


# -- mix ----------------------------------------------------------------------------------
def type_mix(types: Iterable[ContentType]) -> dict[ContentType, int]:
    counts = Counter(types)
    return {t: counts.get(t, 0) for t in ContentType}


def marketing_share(mix: Mapping[ContentType, int]) -> float:
    total = sum(mix.values())
    return 0.0 if total == 0 else 100.0 * mix.get(ContentType.MARKETING, 0) / total


def marketing_over(mix: Mapping[ContentType, int], limit_percent: int) -> bool:
    return marketing_share(mix) > limit_percent


# -- state --------------------------------------------------------------------------------
def display_state(stored: PostStatus, deliveries: Mapping[DeliveryStatus, int]) -> PostStatus:
    """The state a card shows, from the post's own status and its deliveries' states."""
    live = {k: v for k, v in deliveries.items() if v and k != DeliveryStatus.CANCELLED}
    if not live:
        if stored == PostStatus.SCHEDULED:
            return PostStatus.SCHEDULED
        return stored
    if live.get(DeliveryStatus.FAILED):
        return PostStatus.PARTLY_FAILED
    if live.get(DeliveryStatus.MANUAL_TODO):
        return PostStatus.MANUAL_TODO
    if set(live) == {DeliveryStatus.SENT}:
        return PostStatus.SENT
    return PostStatus.SCHEDULED


# -- conflicts ----------------------------------------------------------------------------
class ConflictKind(StrEnum):
    SAME_SLOT = "same_slot"  # another post for the same group in the same slot
    QUIET_HOURS = "quiet_hours"
    ARCHIVED = "archived"  # a target group is (or will be) archived by then


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    group_id: int | None = None
    other_post_id: int | None = None


@dataclass(frozen=True)
class PlannedItem:
    post_id: int
    local: datetime  # workspace-local
    slot_index: int
    target_ids: tuple[int, ...]


@dataclass(frozen=True)
class GroupLife:
    """When a group stops taking posts: archived_at, or campaign end + 3 days."""

    archived_on: date | None = None
    campaign_end: date | None = None

    def closed_by(self, day: date) -> bool:
        if self.archived_on is not None and self.archived_on <= day:
            return True
        if self.campaign_end is not None:
            return self.campaign_end + timedelta(days=CAMPAIGN_ARCHIVE_DAYS) < day
        return False


@dataclass
class ConflictReport:
    by_post: dict[int, list[Conflict]] = field(default_factory=dict)

    def add(self, post_id: int, conflict: Conflict) -> None:
        found = self.by_post.setdefault(post_id, [])
        if conflict not in found:
            found.append(conflict)

    def of(self, post_id: int) -> tuple[Conflict, ...]:
        return tuple(self.by_post.get(post_id, ()))


def find_conflicts(
    items: Sequence[PlannedItem],
    quiet: QuietHours | None = None,
    groups: Mapping[int, GroupLife] | None = None,
) -> ConflictReport:
    report = ConflictReport()
    seen: dict[tuple[date, int, int], int] = {}
    for item in sorted(items, key=lambda i: (i.local, i.post_id)):
        day = item.local.date()
        for gid in item.target_ids:
            key = (day, item.slot_index, gid)
            other = seen.get(key)
            if other is not None and other != item.post_id:
                report.add(item.post_id, Conflict(ConflictKind.SAME_SLOT, gid, other))
                report.add(other, Conflict(ConflictKind.SAME_SLOT, gid, item.post_id))
            else:
                seen[key] = item.post_id
            life = (groups or {}).get(gid)
            if life is not None and life.closed_by(day):
                report.add(item.post_id, Conflict(ConflictKind.ARCHIVED, gid))
        if quiet is not None and quiet.contains_local(item.local.time()):
            report.add(item.post_id, Conflict(ConflictKind.QUIET_HOURS))
    return report
