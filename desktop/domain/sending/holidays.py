"""Public holidays (M4 "extra care on public holidays"), from the ``chinesecalendar`` data.

Weekends are not public holidays here: the policy is about 法定节假日, and the package's
``is_holiday`` also answers True for every Saturday and Sunday.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import chinese_calendar


class HolidayPolicy(StrEnum):
    ALLOW = "allow"  # send on holidays like any other day
    POSTPONE = "postpone"  # marketing waits for the next ordinary day


@lru_cache(maxsize=4096)
def is_public_holiday(day: date, country: str = "CN") -> bool:
    if country.upper() != "CN":
        return False  # only the Chinese calendar is known; others never block
    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return False  # outside the package's years: better to send than to wait forever
    return bool(holiday and name)


def next_non_holiday(day: date, country: str = "CN") -> date:
    """The first day on or after ``day`` that is not a public holiday."""
    for _ in range(60):  # the longest Chinese holiday run is about 8 days
        if not is_public_holiday(day, country):
            return day
        day += timedelta(days=1)
    return day
