"""Public holidays (C5 marks on the calendar, M4 "extra care on public holidays" when sending):
one source for both, so what the calendar shows is what the sending rule obeys.

China: the official 法定节假日 and make-up working days (调休) come from ``chinesecalendar``,
which holds only the years the State Council has announced. For later years the dates come
from the rules in ``holidays`` (fixed dates and the lunar calendar) and are marked
*provisional* (按规则推算，待国务院公布): the real 调休 are unknown until announced, so the
operator can add or remove a holiday or a make-up working day for any date, and those
overrides win over both sources. Other countries come from ``holidays`` alone.
Unknown codes and years mark nothing rather than fail: a missing mark beats a broken week.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

import chinese_calendar

# chinesecalendar's English names, in the operators' language.
_CN_NAMES_ZH = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "抗战胜利70周年纪念日",
}


class OverrideKind(StrEnum):
    HOLIDAY = "holiday"  # a day off the sources do not know (or name differently)
    WORKDAY = "workday"  # a make-up working day (调休), even on a weekend
    ORDINARY = "ordinary"  # not a holiday, whatever the sources say


@dataclass(frozen=True)
class HolidayOverride:
    day: date
    kind: OverrideKind
    name: str = ""


@dataclass(frozen=True)
class DayMark:
    name_zh: str
    name_en: str
    workday: bool = False  # a weekend day that is a working day (调休)
    provisional: bool = False  # computed by rule, not yet announced officially
    overridden: bool = False  # set by the operator for this date

    @property
    def name(self) -> str:
        return self.name_zh

    def name_in(self, language: str) -> str:
        return self.name_en if language.lower().startswith("en") else self.name_zh


@dataclass(frozen=True)
class HolidayCalendar:
    """One country's holidays with the operator's per-date overrides (hashable, so the
    sending rules can cache answers per calendar)."""

    country: str = "CN"
    overrides: tuple[HolidayOverride, ...] = ()

    def mark(self, day: date) -> DayMark | None:
        for override in self.overrides:
            if override.day == day:
                return _override_mark(override)
        return _source_mark(day, (self.country or "CN").upper())

    def marks(self, days: Iterable[date]) -> dict[date, DayMark]:
        out: dict[date, DayMark] = {}
        for day in days:
            mark = self.mark(day)
            if mark is not None:
                out[day] = mark
        return out

    def is_holiday(self, day: date) -> bool:
        mark = self.mark(day)
        return mark is not None and not mark.workday

    def next_ordinary_day(self, day: date) -> date:
        """The first day on or after ``day`` that is not a holiday."""
        for _ in range(60):  # the longest Chinese holiday run is about 8 days
            if not self.is_holiday(day):
                return day
            day += timedelta(days=1)
        return day


def official_until(country: str = "CN") -> int | None:
    """The last year with official data, or None when every year comes from rules."""
    if (country or "CN").upper() != "CN":
        return None
    return _cn_last_official_year()


def is_provisional_year(year: int, country: str = "CN") -> bool:
    last = official_until(country)
    return last is not None and year > last


def _override_mark(override: HolidayOverride) -> DayMark | None:
    if override.kind == OverrideKind.ORDINARY:
        return None
    workday = override.kind == OverrideKind.WORKDAY
    zh = override.name or ("调休上班" if workday else "假日")
    en = override.name or ("Make-up workday" if workday else "Day off")
    return DayMark(zh, en, workday=workday, overridden=True)


def _source_mark(day: date, country: str) -> DayMark | None:
    if country == "CN":
        official = _cn_official_mark(day)
        if official is not None or not is_provisional_year(day.year, "CN"):
            return official
        return _rule_mark(day, "CN", provisional=True)
    return _rule_mark(day, country, provisional=False)


def _cn_official_mark(day: date) -> DayMark | None:
    try:
        holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:
        return None
    if not name:
        return None
    en = str(name)
    zh = _CN_NAMES_ZH.get(en, en)
    if holiday:
        return DayMark(zh, en)
    if day.weekday() >= 5:
        return DayMark(f"{zh}调休", f"{en} (workday)", workday=True)
    return None


@lru_cache(maxsize=1)
def _cn_last_official_year() -> int:
    year = date.today().year + 5
    while year > 2004:
        try:
            chinese_calendar.get_holiday_detail(date(year, 1, 1))
            return year
        except NotImplementedError:
            year -= 1
    return 2004


@lru_cache(maxsize=64)
def _rule_year(country: str, year: int, language: str) -> dict[date, str]:
    """One year of ``holidays``' rules, named in ``language`` where the country has it
    (otherwise in the country's own default)."""
    import holidays

    try:
        entity = holidays.country_holidays(country, years=year)
        if language in entity.supported_languages:
            entity = holidays.country_holidays(country, years=year, language=language)
        return dict(entity)
    except (NotImplementedError, KeyError):
        return {}


def _rule_mark(day: date, country: str, *, provisional: bool) -> DayMark | None:
    zh = _rule_year(country, day.year, "zh_CN").get(day)
    if not zh:
        return None
    en = _rule_year(country, day.year, "en_US").get(day) or zh
    return DayMark(zh, en, provisional=provisional)
