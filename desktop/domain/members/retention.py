"""Member activity and retention (R5): local weeks, weekly counts and join cohorts.

A week runs from Monday 00:00 to the next Monday 00:00 in the workspace's time zone, so
an operator in Shanghai sees a Sunday-night join in Sunday's week, not in Monday's UTC
one. ``WeekGrid`` holds those boundaries as UTC instants: the database compares its
timestamps with them (it does the counting; at 100,000 members it must), and the
functions here turn the resulting counts into weekly rows and cohort rows.

A member's *stint* is the time they belong to what is being measured: for one group, from
joining it to leaving it; for the whole workspace, from joining their first group to
leaving their last one (a move between groups is not a departure). ``count_stints`` is the
same counting in plain Python: the definition the queries follow, and what the tests hold
them to.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from desktop.domain.calendar.week import week_start
from desktop.domain.enums import Lifecycle

PERIOD_WEEKS: tuple[int, ...] = (8, 12, 26)
WEEK_OFFSETS: tuple[int, ...] = (1, 2, 4, 8)
BEFORE = -1  # the week index of anything before the grid's first week


@dataclass(frozen=True)
class WeekGrid:
    """Consecutive local weeks, oldest first; the last one holds "now" and is in progress."""

    starts: tuple[date, ...]  # each week's Monday
    bounds: tuple[datetime, ...]  # UTC; week i is [bounds[i], bounds[i + 1])

    @property
    def weeks(self) -> int:
        return len(self.starts)

    @property
    def current(self) -> int:
        return len(self.starts) - 1

    @property
    def start(self) -> datetime:
        return self.bounds[0]

    @property
    def end(self) -> datetime:
        return self.bounds[-1]

    def index(self, at: datetime | None) -> int | None:
        """The week ``at`` falls in: ``BEFORE`` ahead of the grid, None after it (or no time)."""
        if at is None or at >= self.end:
            return None
        if at < self.start:
            return BEFORE
        lo, hi = 0, self.weeks  # bounds[lo] <= at < bounds[hi]
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if at < self.bounds[mid]:
                hi = mid
            else:
                lo = mid
        return lo


def week_grid(now: datetime, tz: tzinfo, weeks: int) -> WeekGrid:
    """The ``weeks`` local weeks up to and including the one ``now`` is in."""
    if weeks < 1:
        raise ValueError("at least one week is needed")
    this_monday = week_start(now.astimezone(tz).date())
    starts = tuple(this_monday - timedelta(weeks=weeks - 1 - i) for i in range(weeks))
    edges = (*starts, this_monday + timedelta(weeks=1))
    # Midnight in the zone, whatever its offset that day: a DST week is 167 or 169 hours.
    bounds = tuple(datetime.combine(d, time(0), tz).astimezone(UTC) for d in edges)
    return WeekGrid(starts, bounds)


# -- what the database counts ------------------------------------------------------------------


@dataclass(frozen=True)
class StintCount:
    """Members who joined in week ``joined`` and left in week ``left`` (None: still in),
    and per week of the grid how many of them did something that week (in or not)."""

    joined: int | None
    left: int | None
    members: int
    active: tuple[int, ...] = ()

    def counts_in(self, week: int) -> bool:
        """Whether these members were in at some time of ``week``: joined by its end, not
        gone before it."""
        return (
            self.joined is not None
            and self.joined <= week
            and (self.left is None or self.left >= week)
        )

    def active_in(self, week: int) -> int:
        ok = self.counts_in(week) and week < len(self.active)
        return self.active[week] if ok else 0


@dataclass(frozen=True)
class Stint:
    member_id: int
    start: datetime
    end: datetime | None


def count_stints(
    grid: WeekGrid, stints: Iterable[Stint], events: Iterable[tuple[int, datetime]] = ()
) -> list[StintCount]:
    """``stints``: one per member; ``events``: (member id, when) of things members did."""
    weeks = {s.member_id: (grid.index(s.start), grid.index(s.end)) for s in stints}
    did: set[tuple[int, int]] = set()
    for member_id, at in events:
        week = grid.index(at)
        if member_id in weeks and week is not None and week >= 0:
            did.add((member_id, week))
    members: dict[tuple[int | None, int | None], int] = defaultdict(int)
    active: dict[tuple[int | None, int | None], list[int]] = defaultdict(lambda: [0] * grid.weeks)
    for key in weeks.values():
        members[key] += 1
    for member_id, week in did:
        active[weeks[member_id]][week] += 1
    return [StintCount(j, lw, n, tuple(active[(j, lw)])) for (j, lw), n in members.items()]


# -- what the dialog shows ---------------------------------------------------------------------


@dataclass(frozen=True)
class WeekActivity:
    week: date  # its Monday
    joined: int
    left: int
    active: int


@dataclass(frozen=True)
class CohortCell:
    offset: int  # weeks after the join week
    size: int
    still_in: int | None  # None: that week has not come yet
    active: int | None
    in_progress: bool  # that week is the current one: the figures can still change

    @property
    def still_in_share(self) -> float | None:
        return None if self.still_in is None or not self.size else self.still_in / self.size

    @property
    def active_share(self) -> float | None:
        return None if self.active is None or not self.size else self.active / self.size


@dataclass(frozen=True)
class Cohort:
    week: date  # the Monday of the join week
    size: int
    cells: tuple[CohortCell, ...]


@dataclass(frozen=True)
class LifecycleCount:
    state: Lifecycle
    members: int


def weekly_activity(grid: WeekGrid, stints: Iterable[StintCount]) -> list[WeekActivity]:
    joined = [0] * grid.weeks
    left = [0] * grid.weeks
    busy = [0] * grid.weeks
    for s in stints:
        if s.joined is not None and 0 <= s.joined < grid.weeks:
            joined[s.joined] += s.members
        if s.left is not None and 0 <= s.left < grid.weeks:
            left[s.left] += s.members
        for w in range(grid.weeks):
            busy[w] += s.active_in(w)
    return [WeekActivity(grid.starts[i], joined[i], left[i], busy[i]) for i in range(grid.weeks)]


def cohorts(
    grid: WeekGrid, stints: Iterable[StintCount], offsets: Iterable[int] = WEEK_OFFSETS
) -> list[Cohort]:
    """One row per join week of the grid, oldest first. A member is still in at +k when
    they have not left by the end of week W+k (by now, for the current week), and active
    at +k when they did something in week W+k while in."""
    offsets = tuple(offsets)
    mine: list[list[StintCount]] = [[] for _ in range(grid.weeks)]
    for s in stints:
        if s.joined is not None and 0 <= s.joined < grid.weeks:
            mine[s.joined].append(s)
    rows = []
    for w, group in enumerate(mine):
        size = sum(s.members for s in group)
        cells = []
        for k in offsets:
            target = w + k
            if target > grid.current:
                cells.append(CohortCell(k, size, None, None, False))
                continue
            # Leaving "before" joining only comes from odd data: gone from the start.
            gone = sum(s.members for s in group if s.left is not None and s.left <= target)
            busy = sum(s.active_in(target) for s in group)
            cells.append(CohortCell(k, size, size - gone, busy, target == grid.current))
        rows.append(Cohort(grid.starts[w], size, tuple(cells)))
    return rows


def lifecycle_counts(counts: Mapping[str, int]) -> list[LifecycleCount]:
    """Every state in lifecycle order, zeros included; unknown stored values are left out."""
    return [LifecycleCount(state, int(counts.get(state.value, 0))) for state in Lifecycle]
