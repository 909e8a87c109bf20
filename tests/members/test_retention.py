"""Activity and retention maths: local weeks, weekly counts, join cohorts (no database)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.enums import Lifecycle
from desktop.domain.members.retention import (
    BEFORE,
    WEEK_OFFSETS,
    Stint,
    StintCount,
    cohorts,
    count_stints,
    lifecycle_counts,
    week_grid,
    weekly_activity,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
ZONES = ["Asia/Shanghai", "America/New_York", "Europe/Berlin", "UTC", "Australia/Lord_Howe"]
# A Wednesday morning in Shanghai: the current week began on Monday 2025-03-10.
NOW = datetime(2025, 3, 12, 10, 0, tzinfo=SHANGHAI)


def local(d: date, hh: int = 12, mm: int = 0) -> datetime:
    return datetime.combine(d, time(hh, mm), SHANGHAI)


def test_weeks_start_on_monday_midnight_in_the_workspace_zone() -> None:
    grid = week_grid(NOW, SHANGHAI, 8)
    assert grid.weeks == 8 and grid.current == 7
    assert grid.starts[0] == date(2025, 1, 20) and grid.starts[-1] == date(2025, 3, 10)
    assert all(d.weekday() == 0 for d in grid.starts)
    # Monday 00:00 in Shanghai is Sunday 16:00 UTC.
    assert grid.start == datetime(2025, 1, 19, 16, 0, tzinfo=UTC)
    assert grid.end == datetime(2025, 3, 16, 16, 0, tzinfo=UTC)
    assert grid.start <= NOW < grid.end


def test_a_week_index_follows_local_midnight_not_utc() -> None:
    grid = week_grid(NOW, SHANGHAI, 8)
    monday = date(2025, 2, 10)  # week 3
    assert grid.index(local(monday, 0, 30)) == 3  # still Sunday in UTC
    assert grid.index(local(monday - timedelta(days=1), 23, 59)) == 2  # Sunday night
    assert grid.index(datetime.combine(monday, time(0), SHANGHAI)) == 3
    assert grid.index(grid.start - timedelta(microseconds=1)) == BEFORE
    assert grid.index(grid.end) is None
    assert grid.index(None) is None


def test_a_daylight_saving_week_is_an_hour_short() -> None:
    berlin = ZoneInfo("Europe/Berlin")
    grid = week_grid(datetime(2025, 4, 2, 12, tzinfo=UTC), berlin, 2)
    assert grid.starts == (date(2025, 3, 24), date(2025, 3, 31))
    assert grid.bounds[1] - grid.bounds[0] == timedelta(hours=167)  # clocks went forward
    assert grid.bounds[2] - grid.bounds[1] == timedelta(hours=168)


def test_a_grid_needs_a_week() -> None:
    with pytest.raises(ValueError):
        week_grid(NOW, SHANGHAI, 0)


def test_weekly_rows_and_cohorts_of_a_small_group() -> None:
    grid = week_grid(NOW, SHANGHAI, 8)
    w = grid.starts
    stints = [
        Stint(1, local(w[0]), None),
        Stint(2, local(w[0]), local(w[2])),
        Stint(3, local(w[0]), local(w[5])),
        Stint(4, local(w[1]), None),
        Stint(5, local(w[0]) - timedelta(days=30), local(w[4])),  # joined before the period
        Stint(6, local(w[6]), None),
    ]
    events = [
        (1, local(w[1])),
        (1, local(w[1], 18)),  # twice in a week is one active member
        (2, local(w[1])),
        (2, local(w[4])),  # after leaving: not counted
        (3, local(w[4])),
        (5, local(w[2])),
        (6, local(w[7])),
        (99, local(w[3])),  # not a member
    ]
    counts = count_stints(grid, stints, events)
    rows = weekly_activity(grid, counts)
    assert [r.week for r in rows] == list(w)
    assert [r.joined for r in rows] == [3, 1, 0, 0, 0, 0, 1, 0]
    assert [r.left for r in rows] == [0, 0, 1, 0, 1, 1, 0, 0]
    assert [r.active for r in rows] == [0, 2, 1, 0, 1, 0, 0, 1]

    table = cohorts(grid, counts)
    assert [c.size for c in table] == [3, 1, 0, 0, 0, 0, 1, 0]
    first = table[0]
    assert [c.offset for c in first.cells] == list(WEEK_OFFSETS)
    assert [(c.still_in, c.active) for c in first.cells] == [(3, 2), (2, 0), (2, 1), (None, None)]
    assert first.cells[0].still_in_share == 1.0
    assert first.cells[1].still_in_share == pytest.approx(2 / 3)
    assert first.cells[2].active_share == pytest.approx(1 / 3)
    assert first.cells[3].still_in_share is None  # week 8 has not come yet
    late = table[6]
    assert [(c.still_in, c.active, c.in_progress) for c in late.cells] == [
        (1, 1, True),
        (None, None, False),
        (None, None, False),
        (None, None, False),
    ]
    empty = table[2].cells[0]
    assert empty.size == 0 and empty.still_in == 0 and empty.still_in_share is None


def test_leaving_before_joining_counts_as_gone_from_the_start() -> None:
    grid = week_grid(NOW, SHANGHAI, 4)
    odd = [StintCount(1, BEFORE, 2), StintCount(1, None, 2)]
    assert [c.still_in for c in cohorts(grid, odd)[1].cells[:2]] == [2, 2]


def test_lifecycle_snapshot_lists_every_state_in_order() -> None:
    rows = lifecycle_counts({"active": 5, "churned": 1, "bogus": 9})
    assert [r.state for r in rows] == list(Lifecycle)
    assert {r.state: r.members for r in rows}[Lifecycle.ACTIVE] == 5
    assert sum(r.members for r in rows) == 6


# -- properties ------------------------------------------------------------------------------

T0 = datetime(2024, 6, 1, tzinfo=UTC)
SPAN = timedelta(days=300)
instants = st.integers(0, int(SPAN.total_seconds())).map(lambda s: T0 + timedelta(seconds=s))


@st.composite
def workspaces(draw: st.DrawFn) -> tuple[datetime, ZoneInfo, int, list[Stint], list]:
    now = draw(instants)
    tz = ZoneInfo(draw(st.sampled_from(ZONES)))
    weeks = draw(st.sampled_from([1, 2, 8, 12, 26]))
    stints = []
    for member_id in range(draw(st.integers(0, 30))):
        start = draw(instants)
        end = draw(st.none() | instants.filter(lambda t, s=start: t >= s))
        stints.append(Stint(member_id, start, end))
    events = draw(st.lists(st.tuples(st.integers(0, 35), instants), max_size=80))
    return now, tz, weeks, stints, events


@given(workspaces())
@settings(max_examples=200, deadline=None)
def test_counts_are_consistent(ws: tuple[datetime, ZoneInfo, int, list[Stint], list]) -> None:
    now, tz, weeks, stints, events = ws
    grid = week_grid(now, tz, weeks)
    counts = count_stints(grid, stints, events)
    rows = weekly_activity(grid, counts)
    table = cohorts(grid, counts)
    assert sum(c.members for c in counts) == len(stints)
    # The cohort sizes are the weekly joins, and the joins are the stints starting in the grid.
    assert [c.size for c in table] == [r.joined for r in rows]
    assert sum(r.joined for r in rows) == sum(grid.start <= s.start < grid.end for s in stints)
    assert sum(r.left for r in rows) == sum(
        s.end is not None and grid.start <= s.end < grid.end for s in stints
    )
    for i, r in enumerate(rows):
        lo, hi = grid.bounds[i], grid.bounds[i + 1]
        in_that_week = [s for s in stints if s.start < hi and (s.end is None or s.end >= lo)]
        assert 0 <= r.active <= len(in_that_week)
    for w, cohort in enumerate(table):
        still = [c.still_in for c in cohort.cells if c.still_in is not None]
        assert still == sorted(still, reverse=True)  # nobody comes back into a cohort
        for cell in cohort.cells:
            assert (cell.still_in is None) == (w + cell.offset > grid.current)
            assert cell.in_progress == (w + cell.offset == grid.current)
            for share in (cell.still_in_share, cell.active_share):
                assert share is None or 0.0 <= share <= 1.0


@given(instants, st.sampled_from(ZONES), st.integers(1, 30), instants)
@settings(max_examples=300, deadline=None)
def test_every_instant_lands_in_the_local_week_holding_its_date(
    now: datetime, zone: str, weeks: int, at: datetime
) -> None:
    tz = ZoneInfo(zone)
    grid = week_grid(now, tz, weeks)
    assert grid.start <= now < grid.end
    assert all(b.astimezone(tz).time() == time(0) for b in grid.bounds)
    i = grid.index(at)
    if i is None:
        assert at >= grid.end
    elif i == BEFORE:
        assert at < grid.start
    else:
        assert grid.bounds[i] <= at < grid.bounds[i + 1]
        day = at.astimezone(tz).date()
        assert grid.starts[i] <= day < grid.starts[i] + timedelta(days=7)
