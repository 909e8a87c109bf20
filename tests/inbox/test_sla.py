"""Reply-time maths in working hours, across a weekend, and the status-bar summary."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.domain.inbox import sla

SH = ZoneInfo("Asia/Shanghai")
HOURS = sla.WorkingHours(time(9), time(18), frozenset({0, 1, 2, 3, 4}), SH)


def at(day: int, hh: int, mm: int = 0) -> datetime:
    return datetime(2026, 11, day, hh, mm, tzinfo=SH)  # 2026-11-20 is a Friday


def test_deadline_skips_the_weekend() -> None:
    # Friday 17:00 + 2 working hours → Monday 10:00.
    assert sla.add_working_time(at(20, 17), timedelta(hours=2), HOURS) == at(23, 10)
    # Saturday night counts from Monday's opening.
    assert sla.add_working_time(at(21, 23), timedelta(minutes=30), HOURS) == at(23, 9, 30)
    # Inside one day.
    assert sla.add_working_time(at(19, 9, 15), timedelta(hours=1), HOURS) == at(19, 10, 15)
    # Exactly at closing: the next opening.
    assert sla.add_working_time(at(20, 18), timedelta(minutes=1), HOURS) == at(23, 9, 1)
    # A 24-hour standard spans several working days (9 h per day).
    # Fri 9 h + Mon 9 h + Tue 6 h.
    assert sla.add_working_time(at(20, 9), timedelta(hours=24), HOURS) == at(24, 15)


def test_working_time_between_over_a_weekend() -> None:
    assert sla.working_time_between(at(20, 17), at(23, 10), HOURS) == timedelta(hours=2)
    assert sla.working_time_between(at(21, 10), at(22, 20), HOURS) == timedelta(0)
    assert sla.working_time_between(at(23, 10), at(20, 17), HOURS) == timedelta(0)


def test_all_day_hours_and_bad_settings() -> None:
    always = sla.WorkingHours(time(0), time(0), frozenset(range(7)), SH)
    assert sla.add_working_time(at(21, 23), timedelta(hours=2), always) == at(22, 1)
    assert sla.WorkingHours(time(18), time(9), frozenset({0}), SH).problems() == ["hours"]


def test_badges_and_summary() -> None:
    std = sla.Standard(timedelta(hours=2), timedelta(hours=24), timedelta(minutes=15))
    now = at(23, 9, 50)  # Monday
    breached = sla.first_response_badge(at(20, 16), now, std, HOURS)  # due Fri 18:00
    soon = sla.first_response_badge(at(20, 17, 55), now, std, HOURS)  # due Mon 10:55
    assert breached.state == sla.SlaState.BREACHED and breached.left is not None
    assert breached.left < timedelta(0)
    assert soon.deadline == at(23, 10, 55).astimezone(UTC)
    assert soon.state == sla.SlaState.OK
    due = sla.first_response_badge(at(20, 17, 5), now, std, HOURS)  # due Mon 10:05
    assert due.state == sla.SlaState.DUE_SOON
    assert sla.first_response_badge(None, now, std, HOURS).state == sla.SlaState.NONE
    summary = sla.summarize([breached, soon, due])
    assert (summary.breached, summary.due_soon) == (1, 1)
    assert summary.next_deadline == due.deadline
    assert sla.format_left(timedelta(hours=1, minutes=5)) == "1h05"
    assert sla.format_left(-timedelta(hours=3)) == "-3h00"
