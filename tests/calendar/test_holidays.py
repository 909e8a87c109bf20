"""Holidays past the official data (rule-based, provisional), the operator's overrides, and
the one source the calendar marks and the sending rule both read."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.domain.calendar.holidays import (
    HolidayCalendar,
    HolidayOverride,
    OverrideKind,
    official_until,
)
from desktop.domain.enums import ConsentPurpose
from desktop.domain.sending.consent import ConsentEvent
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.domain.sending.rules import MemberPrefs, Outgoing, Postpone, Send, SendPolicy, decide
from desktop.services.workspace.holidays import HolidayService

SHANGHAI = ZoneInfo("Asia/Shanghai")
SPRING_2031 = date(2031, 1, 23)  # 春节 2031, years past any announced data


def test_official_years_are_not_provisional_and_are_named_in_both_languages() -> None:
    assert (official_until("CN") or 0) >= 2026
    mark = HolidayCalendar("CN").mark(date(2026, 10, 1))
    assert mark is not None and not mark.provisional
    assert mark.name_in("zh_CN") == "国庆节" and mark.name_in("en_US") == "National Day"


def test_years_past_the_official_data_come_from_the_rules_marked_provisional() -> None:
    cal = HolidayCalendar("CN")
    mark = cal.mark(SPRING_2031)
    assert mark is not None and mark.provisional and not mark.workday
    assert mark.name_in("zh_CN") == "春节" and "Spring Festival" in mark.name_in("en")
    assert cal.mark(date(2031, 1, 1)) is not None  # 元旦
    assert cal.mark(date(2031, 3, 12)) is None  # an ordinary Wednesday
    # 2027: the Spring Festival on 6 February is a holiday, official data or not.
    assert cal.is_holiday(date(2027, 2, 6)) and cal.is_holiday(date(2027, 1, 1))


def test_overrides_win_over_both_sources() -> None:
    cal = HolidayCalendar(
        "CN",
        (
            HolidayOverride(SPRING_2031, OverrideKind.ORDINARY),
            HolidayOverride(date(2031, 2, 9), OverrideKind.WORKDAY),  # a Sunday: 调休
            HolidayOverride(date(2031, 3, 12), OverrideKind.HOLIDAY, "店庆"),
        ),
    )
    assert cal.mark(SPRING_2031) is None and not cal.is_holiday(SPRING_2031)
    workday = cal.mark(date(2031, 2, 9))
    assert workday is not None and workday.workday and not cal.is_holiday(date(2031, 2, 9))
    shop = cal.mark(date(2031, 3, 12))
    assert shop is not None and shop.name == "店庆" and cal.is_holiday(date(2031, 3, 12))


def test_the_sending_rule_obeys_provisional_holidays_and_overrides() -> None:
    noon = datetime(2031, 1, 23, 12, 0, tzinfo=SHANGHAI)
    consents = [ConsentEvent("email", ConsentPurpose.MARKETING, True, datetime(2030, 1, 1), "f")]
    out = Outgoing("email", ConsentPurpose.MARKETING)
    policy = SendPolicy(holiday_policy=HolidayPolicy.POSTPONE, daily_cap=None)
    held = decide(noon, out, MemberPrefs(), consents, [], policy)
    assert isinstance(held, Postpone)
    assert held.until.astimezone(SHANGHAI).date() > SPRING_2031
    ordinary = SendPolicy(
        holiday_policy=HolidayPolicy.POSTPONE,
        daily_cap=None,
        holiday_overrides=(HolidayOverride(SPRING_2031, OverrideKind.ORDINARY),),
    )
    assert isinstance(decide(noon, out, MemberPrefs(), consents, [], ordinary), Send)


def test_overrides_are_stored_and_shown_on_the_calendar_week(services) -> None:
    holidays = HolidayService(services.db)
    holidays.set_override(date(2031, 3, 12), OverrideKind.HOLIDAY, "店庆")
    holidays.set_override(SPRING_2031, OverrideKind.ORDINARY)
    week = services.calendar.week(date(2031, 3, 12), services.workspace.settings().slots)
    assert week.marks[date(2031, 3, 12)].name == "店庆"
    spring = services.calendar.week(SPRING_2031, services.workspace.settings().slots)
    assert SPRING_2031 not in spring.marks and date(2031, 1, 24) in spring.marks
    year = holidays.year(2031)
    assert year.provisional and date(2031, 1, 24) in year.marks
    holidays.remove_override(SPRING_2031)
    assert SPRING_2031 in services.calendar.week(SPRING_2031, ()).marks
    assert [o.day for o in holidays.overrides()] == [date(2031, 3, 12)]
