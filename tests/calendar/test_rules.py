"""Pure calendar rules: shifting, recurrence, mix, conflicts, holiday marks."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from desktop.domain.calendar.holidays import HolidayCalendar
from desktop.domain.calendar.rules import (
    ConflictKind,
    GroupLife,
    PlannedItem,
    Recurrence,
    Shift,
    find_conflicts,
    marketing_over,
    occurrences,
    shifted,
    type_mix,
)
from desktop.domain.calendar.week import DEFAULT_SLOTS
from desktop.domain.enums import ContentType
from desktop.domain.sending.quiet_hours import QuietHours

TZ = ZoneInfo("Asia/Shanghai")


def test_shift_keeps_adhoc_time_within_a_slot_and_wraps_days():
    at = datetime(2030, 1, 7, 8, 30, tzinfo=TZ)
    assert shifted(at, DEFAULT_SLOTS, Shift(days=2)) == datetime(2030, 1, 9, 8, 30, tzinfo=TZ)
    assert shifted(at, DEFAULT_SLOTS, Shift(slots=1)) == datetime(2030, 1, 7, 12, tzinfo=TZ)
    assert shifted(at, DEFAULT_SLOTS, Shift(slots=-1)) == datetime(2030, 1, 6, 20, tzinfo=TZ)
    assert shifted(at, DEFAULT_SLOTS, Shift(days=1, slots=2, to_header=True)).time() == time(8, 30)


def test_recurrence_numbers_are_stable():
    rec = Recurrence(frozenset({0, 3}), date(2030, 1, 31))
    all_ = occurrences(date(2030, 1, 7), rec)
    assert [d.day for _n, d in all_] == [7, 10, 14, 17, 21, 24, 28, 31]
    window = occurrences(date(2030, 1, 7), rec, date(2030, 1, 14), date(2030, 1, 21))
    assert window == [(2, date(2030, 1, 14)), (3, date(2030, 1, 17))]


def test_mix_and_marketing_limit():
    mix = type_mix([ContentType.MARKETING, ContentType.MARKETING, ContentType.VALUE])
    assert mix[ContentType.NORMS] == 0 and marketing_over(mix, 30)
    assert not marketing_over(type_mix([ContentType.VALUE]), 30)


def test_conflicts():
    day = datetime(2030, 1, 7, 8, tzinfo=TZ)
    items = [
        PlannedItem(1, day, 0, (10,)),
        PlannedItem(2, day.replace(minute=30), 0, (10, 11)),
        PlannedItem(3, day.replace(hour=23), 2, (12,)),
    ]
    lives = {11: GroupLife(campaign_end=date(2030, 1, 1)), 12: GroupLife(date(2030, 1, 7))}
    report = find_conflicts(items, QuietHours(time(22), time(8)), lives)
    assert {c.kind for c in report.of(1)} == {ConflictKind.SAME_SLOT}
    assert {c.kind for c in report.of(2)} == {ConflictKind.SAME_SLOT, ConflictKind.ARCHIVED}
    assert {c.kind for c in report.of(3)} == {ConflictKind.QUIET_HOURS, ConflictKind.ARCHIVED}


def test_holiday_marks():
    cn = HolidayCalendar("CN").marks([date(2026, 10, 1), date(2026, 10, 12)])
    assert date(2026, 10, 1) in cn and date(2026, 10, 12) not in cn
    de = HolidayCalendar("DE").marks([date(2026, 12, 25)])
    assert "Christmas" in de[date(2026, 12, 25)].name
