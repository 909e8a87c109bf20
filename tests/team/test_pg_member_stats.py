"""Members → Statistics on PostgreSQL: the same week buckets and counts as on SQLite (the
queries shift bits, sum them and compare timestamps with CASEs; all must mean the same)."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import update

from desktop.domain.members.retention import cohorts, count_stints, week_grid, weekly_activity
from desktop.services.members.stats import MAX_WEEKS, MemberStatsService
from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings
from tests.members.test_stats import (
    NOW,
    random_community,
    reference,
    small_community,
)


def test_the_hand_made_community_counts_the_same(pg_db: Database) -> None:
    c = small_community(pg_db)
    svc = MemberStatsService(pg_db, clock=lambda: NOW)
    whole = svc.stats(8)
    assert [w.joined for w in whole.weeks] == [2, 2, 0, 1, 0, 0, 0, 1]
    assert [w.left for w in whole.weeks] == [0, 0, 1, 0, 1, 0, 0, 0]
    assert [w.active for w in whole.weeks] == [0, 2, 1, 1, 1, 2, 1, 2]
    a = svc.stats(8, c.a)
    assert [w.active for w in a.weeks] == [0, 2, 1, 1, 1, 1, 0, 1]
    assert [(x.still_in, x.active) for x in a.cohorts[0].cells] == [
        (3, 2),
        (2, 0),
        (2, 1),
        (None, None),
    ]


def test_the_longest_period_in_a_daylight_saving_zone_matches_the_python_definition(
    pg_db: Database,
) -> None:
    stays, doings = random_community(pg_db, seed=11)
    with pg_db.write() as s:
        s.execute(update(WorkspaceSettings).values(timezone="America/New_York"))
    svc = MemberStatsService(pg_db, clock=lambda: NOW)
    grid = week_grid(NOW, ZoneInfo("America/New_York"), MAX_WEEKS)  # the highest bit used
    for group_id in [None, *sorted({g for *_x, g in stays})]:
        counts = count_stints(grid, reference(stays, group_id), doings)
        got = svc.stats(MAX_WEEKS, group_id)
        assert list(got.weeks) == weekly_activity(grid, counts)
        assert list(got.cohorts) == cohorts(grid, counts)
