"""Members → Statistics on a real workspace: a hand-made community whose weekly joins,
leaves, active members, cohorts and lifecycle counts are known, and a larger random one
whose database counts must equal the plain-Python definition."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from desktop.domain.enums import ChannelKind, Lifecycle, MessageDirection
from desktop.domain.members.retention import (
    PERIOD_WEEKS,
    Stint,
    cohorts,
    count_stints,
    week_grid,
    weekly_activity,
)
from desktop.services.container import Services
from desktop.services.members.stats import MAX_WEEKS, MemberStats, MemberStatsService
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    DmCampaign,
    DmCampaignEntry,
    Enrolment,
    Group,
    Member,
    Membership,
    Message,
    WelcomeJourney,
    WelcomeTask,
    WelcomeVerification,
    WorkspaceSettings,
)

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Wednesday; the eight weeks shown start on the Mondays 1/20, 1/27, 2/3 … 3/10 (current).
NOW = datetime(2025, 3, 12, 10, 0, tzinfo=SHANGHAI)
MONDAYS = [date(2025, 1, 20) + timedelta(weeks=i) for i in range(8)]


def at(week: int, day: int = 1, hh: int = 12, mm: int = 0) -> datetime:
    """A local time ``day`` days into grid week ``week`` (negative weeks: before the grid)."""
    d = date(2025, 1, 20) + timedelta(weeks=week, days=day)
    return datetime.combine(d, time(hh, mm), SHANGHAI)


class Community:
    """Writes a small community straight into the tables (the way history arrives)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        with db.write() as s:
            self.groups = {n: Group(name=n) for n in ("拾光·北京 01", "拾光·上海 01")}
            s.add_all(self.groups.values())
            self.journey = WelcomeJourney(name="新人欢迎")
            self.campaign = DmCampaign(kind="survey", name="口味调查", keyword="调查")
            s.add_all([self.journey, self.campaign])
            s.flush()
        self.a = self.groups["拾光·北京 01"].id
        self.b = self.groups["拾光·上海 01"].id

    def member(self, name: str, lifecycle: Lifecycle, erased: bool = False) -> int:
        with self.db.write() as s:
            m = Member(display_name=name, lifecycle=lifecycle)
            m.erased_at = NOW if erased else None
            s.add(m)
            s.flush()
            return m.id

    def join(self, member: int, group: int, when: datetime, left: datetime | None = None) -> None:
        with self.db.write() as s:
            s.add(Membership(group_id=group, member_id=member, joined_at=when, left_at=left))

    def dm(self, member: int, when: datetime, direction: str = MessageDirection.INBOUND) -> None:
        with self.db.write() as s:
            conv = Conversation(member_id=member, channel=ChannelKind.EMAIL, last_message_at=when)
            s.add(conv)
            s.flush()
            s.add(Message(conversation_id=conv.id, direction=direction, sent_at=when))

    def entry(self, member: int, when: datetime) -> None:
        with self.db.write() as s:
            s.add(
                DmCampaignEntry(
                    campaign_id=self.campaign.id,
                    dedupe_key=f"m{member}-{when.timestamp()}",
                    member_id=member,
                    state="entered",
                    channel="email",
                    created_at=when,
                )
            )

    def welcome(
        self,
        member: int,
        answered: datetime | None = None,
        verified: datetime | None = None,
        task_done: datetime | None = None,
    ) -> None:
        with self.db.write() as s:
            e = Enrolment(journey_id=self.journey.id, member_id=member, info_answered_at=answered)
            s.add(e)
            s.flush()
            s.add(
                WelcomeVerification(
                    enrolment_id=e.id,
                    member_id=member,
                    code_hash="x",
                    salt="y",
                    issued_at=NOW - timedelta(days=60),
                    expires_at=NOW - timedelta(days=59),
                    verified_at=verified,
                )
            )
            s.add(
                WelcomeTask(
                    enrolment_id=e.id,
                    member_id=member,
                    key="intro",
                    title="自我介绍",
                    done_at=task_done,
                )
            )


def small_community(db: Database) -> Community:
    c = Community(db)
    a, b = c.a, c.b
    m1 = c.member("甲", Lifecycle.ACTIVE)
    c.join(m1, a, at(0))
    c.dm(m1, at(1, 0, 0, 30))  # Monday 00:30 in Shanghai: still Sunday (week 0) in UTC
    c.dm(m1, at(2), MessageDirection.OUTBOUND)  # the team writing is not the member's doing
    c.dm(m1, at(4))
    m2 = c.member("乙", Lifecycle.CHURNED)
    c.join(m2, a, at(0, 2), left=at(2, 2))
    c.entry(m2, at(1, 2))
    c.dm(m2, at(5))  # after leaving
    m3 = c.member("丙", Lifecycle.ONBOARDED)
    c.join(m3, a, at(3, 0, 1, 0))  # Monday 01:00 local = Sunday 17:00 UTC (week 2 in UTC)
    c.welcome(m3, answered=at(3, 1), verified=at(3, 2), task_done=at(7, 1))
    m4 = c.member("丁", Lifecycle.ACTIVE)
    c.join(m4, b, at(-7))
    c.join(m4, a, at(0), left=at(5, 2))
    c.dm(m4, at(5, 1))
    c.dm(m4, at(6))
    m5 = c.member("戊", Lifecycle.INVITED)
    c.join(m5, b, at(7, 1))
    c.dm(m5, at(7, 1, 18))
    m6 = c.member("己", Lifecycle.SILENT)
    c.join(m6, a, at(-12), left=at(4, 3))
    c.dm(m6, at(2))
    m7 = c.member("庚", Lifecycle.VERIFIED)  # in no group: their DM is nobody's activity
    c.dm(m7, at(6))
    m8 = c.member("已删除", Lifecycle.ACTIVE, erased=True)  # history kept, not in the snapshot
    c.join(m8, a, at(1))
    m9 = c.member("辛", Lifecycle.ACTIVE)  # moved from A to B in week 3: still in the workspace
    c.join(m9, a, at(1), left=at(3, 2))
    c.join(m9, b, at(3, 2))
    c.dm(m9, at(5))
    with db.write() as s:
        s.execute(update(WorkspaceSettings).values(timezone="Asia/Shanghai"))
    return c


def cells(stats: MemberStats, week: int) -> list[tuple[int | None, int | None]]:
    return [(c.still_in, c.active) for c in stats.cohorts[week].cells]


def test_the_whole_workspace_counts_members_from_first_join_to_last_leave(
    services: Services,
) -> None:
    small_community(services.db)
    svc = MemberStatsService(services.db, clock=lambda: NOW)
    stats = svc.stats(8)
    assert stats.group_id is None and stats.timezone == "Asia/Shanghai" and stats.period == 8
    assert [w.week for w in stats.weeks] == MONDAYS
    assert [w.joined for w in stats.weeks] == [2, 2, 0, 1, 0, 0, 0, 1]
    assert [w.left for w in stats.weeks] == [0, 0, 1, 0, 1, 0, 0, 0]
    assert [w.active for w in stats.weeks] == [0, 2, 1, 1, 1, 2, 1, 2]
    assert [c.size for c in stats.cohorts] == [2, 2, 0, 1, 0, 0, 0, 1]
    assert cells(stats, 0) == [(2, 2), (1, 0), (1, 1), (None, None)]
    assert cells(stats, 1) == [(2, 0), (2, 0), (2, 1), (None, None)]
    assert cells(stats, 3) == [(1, 0), (1, 0), (1, 1), (None, None)]
    assert stats.cohorts[3].cells[2].in_progress
    assert cells(stats, 7) == [(None, None)] * 4
    assert {c.state: c.members for c in stats.lifecycle} == {
        Lifecycle.INVITED: 1,
        Lifecycle.VERIFIED: 1,
        Lifecycle.ONBOARDED: 1,
        Lifecycle.ACTIVE: 3,
        Lifecycle.SILENT: 1,
        Lifecycle.CHURNED: 1,
    }


def test_one_group_counts_its_own_joins_leaves_and_members(services: Services) -> None:
    c = small_community(services.db)
    svc = MemberStatsService(services.db, clock=lambda: NOW)
    a = svc.stats(8, c.a)
    assert a.group_id == c.a
    assert [w.joined for w in a.weeks] == [3, 2, 0, 1, 0, 0, 0, 0]
    assert [w.left for w in a.weeks] == [0, 0, 1, 1, 1, 1, 0, 0]
    assert [w.active for w in a.weeks] == [0, 2, 1, 1, 1, 1, 0, 1]
    assert cells(a, 0) == [(3, 2), (2, 0), (2, 1), (None, None)]
    assert cells(a, 1) == [(2, 0), (1, 0), (1, 0), (None, None)]
    assert cells(a, 3) == [(1, 0), (1, 0), (1, 1), (None, None)]
    assert a.cohorts[0].cells[1].still_in_share == 2 / 3
    states = {c.state: c.members for c in a.lifecycle}
    assert states[Lifecycle.ACTIVE] == 1 and states[Lifecycle.ONBOARDED] == 1
    assert sum(states.values()) == 2  # 甲 and 丙 are in; the erased member is left out

    b = svc.stats(8, c.b)
    assert [w.joined for w in b.weeks] == [0, 0, 0, 1, 0, 0, 0, 1]
    assert [w.active for w in b.weeks] == [0, 0, 0, 0, 0, 2, 1, 1]
    assert sum(w.left for w in b.weeks) == 0


def test_longer_periods_reach_further_back(services: Services) -> None:
    c = small_community(services.db)
    svc = MemberStatsService(services.db, clock=lambda: NOW)
    for weeks in PERIOD_WEEKS:
        stats = svc.stats(weeks, c.a)
        assert len(stats.weeks) == len(stats.cohorts) == weeks
        assert stats.weeks[-1].week == MONDAYS[-1]
    long = svc.stats(26, c.a)
    # 己 joined twelve weeks before the eight-week view began: inside the 26 weeks.
    assert sum(w.joined for w in long.weeks) == 7
    assert [c.size for c in long.cohorts][-8:] == [3, 2, 0, 1, 0, 0, 0, 0]


def test_an_empty_workspace_has_empty_weeks(services: Services) -> None:
    stats = services.member_stats.stats(12)
    assert len(stats.weeks) == 12
    assert all(w.joined == w.left == w.active == 0 for w in stats.weeks)
    assert all(c.size == 0 for c in stats.cohorts)
    assert sum(c.members for c in stats.lifecycle) == 0


def random_community(
    db: Database, seed: int
) -> tuple[list[tuple[int, datetime, datetime | None, int]], list[tuple[int, datetime]]]:
    """Random memberships and doings over a year; returns them for the Python reference."""
    rng = random.Random(seed)
    c = Community(db)
    year = timedelta(days=365)

    def when() -> datetime:
        return NOW - timedelta(seconds=rng.randint(0, int(year.total_seconds())))

    stays: list[tuple[int, datetime, datetime | None, int]] = []
    doings: list[tuple[int, datetime]] = []
    for i in range(120):
        mid = c.member(f"成员{i}", rng.choice(list(Lifecycle)))
        for group in rng.sample([c.a, c.b], rng.randint(0, 2)):
            joined = when()
            left = None
            if rng.random() < 0.4:
                left = joined + (NOW - joined) * rng.random()
            c.join(mid, group, joined, left)
            stays.append((mid, joined, left, group))
        for _ in range(rng.randint(0, 4)):
            t = when()
            kind = rng.randrange(5)
            if kind == 0:
                c.dm(mid, t)
            elif kind == 1:
                c.entry(mid, t)
            else:
                c.welcome(
                    mid,
                    answered=t if kind == 2 else None,
                    verified=t if kind == 3 else None,
                    task_done=t if kind == 4 else None,
                )
            doings.append((mid, t))
        if rng.random() < 0.3:
            c.dm(mid, when(), MessageDirection.OUTBOUND)  # never counted
    return stays, doings


def reference(
    stays: list[tuple[int, datetime, datetime | None, int]], group_id: int | None
) -> list[Stint]:
    by_member: dict[int, list[tuple[datetime, datetime | None]]] = {}
    for mid, joined, left, group in stays:
        if group_id is None or group == group_id:
            by_member.setdefault(mid, []).append((joined, left))
    out = []
    for mid, rows in by_member.items():
        ends = [e for _s, e in rows]
        end = None if any(e is None for e in ends) else max(e for e in ends if e is not None)
        out.append(Stint(mid, min(s for s, _e in rows), end))
    return out


def test_the_database_counts_what_the_python_definition_counts(services: Services) -> None:
    """Across a daylight-saving zone, every period, the workspace and each group."""
    db = services.db
    stays, doings = random_community(db, seed=7)
    groups = sorted({g for *_x, g in stays})
    for zone in ("Europe/Berlin", "Asia/Shanghai"):
        with db.write() as s:
            s.execute(update(WorkspaceSettings).values(timezone=zone))
        svc = MemberStatsService(db, clock=lambda: NOW)
        for weeks in PERIOD_WEEKS:
            grid = week_grid(NOW, ZoneInfo(zone), weeks)
            for group_id in [None, *groups]:
                counts = count_stints(grid, reference(stays, group_id), doings)
                got = svc.stats(weeks, group_id)
                assert got.grid == grid
                assert list(got.weeks) == weekly_activity(grid, counts), (zone, weeks, group_id)
                assert list(got.cohorts) == cohorts(grid, counts)
    assert any(w.left for w in got.weeks) and any(w.active for w in got.weeks)


def test_periods_longer_than_the_active_week_bits_are_refused(services: Services) -> None:
    with pytest.raises(ValueError):
        services.member_stats.stats(MAX_WEEKS + 1)
    with pytest.raises(ValueError):
        services.member_stats.stats(0)
    assert len(services.member_stats.stats(MAX_WEEKS).weeks) == MAX_WEEKS


def test_a_bad_time_zone_setting_falls_back_to_shanghai(services: Services) -> None:
    with services.db.write() as s:
        s.execute(update(WorkspaceSettings).values(timezone="Mars/Olympus_Mons"))
    stats = MemberStatsService(services.db, clock=lambda: datetime(2025, 3, 12, tzinfo=UTC))
    assert stats.stats(8).timezone == "Asia/Shanghai"
