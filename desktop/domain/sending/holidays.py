"""The holiday sending rule (M4 "extra care on public holidays"): marketing may wait for the
next ordinary day. Which days are holidays comes from the calendar's one source
(``domain/calendar/holidays.py``), overrides included, so the rule obeys what the calendar
shows.

Weekends are not public holidays here: the policy is about 法定节假日.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache

from desktop.domain.calendar.holidays import HolidayCalendar, HolidayOverride


class HolidayPolicy(StrEnum):
    ALLOW = "allow"  # send on holidays like any other day
    POSTPONE = "postpone"  # marketing waits for the next ordinary day


@lru_cache(maxsize=4096)
def is_public_holiday(
    day: date, country: str = "CN", overrides: tuple[HolidayOverride, ...] = ()
) -> bool:
    return HolidayCalendar(country, overrides).is_holiday(day)


def next_non_holiday(
    day: date, country: str = "CN", overrides: tuple[HolidayOverride, ...] = ()
) -> date:
    """The first day on or after ``day`` that is not a public holiday."""
    return HolidayCalendar(country, overrides).next_ordinary_day(day)
