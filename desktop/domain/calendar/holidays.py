"""Public holidays to mark on the calendar (C5): the Chinese calendar by default.

``CN`` comes from ``chinesecalendar`` (法定节假日 and the make-up working days 调休);
every other country code from ``holidays``. Unknown codes and years outside the data
mark nothing rather than fail: a missing mark is better than a broken calendar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import chinese_calendar


@dataclass(frozen=True)
class DayMark:
    name: str  # the holiday's name as the data source gives it
    workday: bool = False  # a weekend day that is a working day (调休)


def day_marks(days: Iterable[date], country: str = "CN") -> dict[date, DayMark]:
    country = (country or "CN").upper()
    out: dict[date, DayMark] = {}
    for day in days:
        mark = _cn_mark(day) if country == "CN" else _other_mark(day, country)
        if mark is not None:
            out[day] = mark
    return out


def _cn_mark(day: date) -> DayMark | None:
    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    if holiday and name:
        return DayMark(str(name))
    if not holiday and day.weekday() >= 5 and name:
        return DayMark(str(name), workday=True)
    return None


@lru_cache(maxsize=64)
def _country(country: str, year: int) -> dict[date, str]:
    import holidays

    try:
        return dict(holidays.country_holidays(country, years=year))
    except (NotImplementedError, KeyError):
        return {}


def _other_mark(day: date, country: str) -> DayMark | None:
    name = _country(country, day.year).get(day)
    return DayMark(name) if name else None
