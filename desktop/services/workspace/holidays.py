"""Holidays as the operator sees and corrects them (C5, M4): the year's marks with where
each comes from, the per-date overrides, and the sending rule for holidays.

The calendar's day marks and the dispatcher's holiday rule both read ``calendar()``, so a
date the operator corrects here changes what is shown and what is sent alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.calendar.holidays import (
    DayMark,
    HolidayCalendar,
    HolidayOverride,
    OverrideKind,
    is_provisional_year,
    official_until,
)
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.store import models as m
from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings

MAX_NAME = 40


class HolidayError(ValueError):
    pass


@dataclass(frozen=True)
class HolidayYear:
    year: int
    country: str
    provisional: bool  # rule-based: 按规则推算，待国务院公布
    official_until: int | None
    marks: dict[date, DayMark]


def load_calendar(session: Session) -> HolidayCalendar:
    """The workspace's holiday calendar inside an open session (the dispatcher's claim)."""
    ws = session.get(WorkspaceSettings, 1)
    rows = session.scalars(select(m.HolidayOverride).order_by(m.HolidayOverride.day)).all()
    return HolidayCalendar(
        ws.holiday_country if ws else "CN",
        tuple(HolidayOverride(r.day, _kind(r.kind), r.name) for r in rows),
    )


class HolidayService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def calendar(self) -> HolidayCalendar:
        with self.db.read() as s:
            return load_calendar(s)

    def year(self, year: int) -> HolidayYear:
        cal = self.calendar()
        start = date(year, 1, 1)
        days = [start + timedelta(days=i) for i in range((date(year + 1, 1, 1) - start).days)]
        return HolidayYear(
            year,
            cal.country,
            is_provisional_year(year, cal.country),
            official_until(cal.country),
            cal.marks(days),
        )

    def overrides(self) -> list[HolidayOverride]:
        return list(self.calendar().overrides)

    def set_override(self, day: date, kind: OverrideKind, name: str = "") -> None:
        name = name.strip()
        if len(name) > MAX_NAME:
            raise HolidayError(f"name longer than {MAX_NAME} characters")
        with self.db.write() as s:
            row = s.get(m.HolidayOverride, day)
            if row is None:
                s.add(m.HolidayOverride(day=day, kind=kind.value, name=name))
            else:
                row.kind, row.name = kind.value, name

    def remove_override(self, day: date) -> None:
        with self.db.write() as s:
            row = s.get(m.HolidayOverride, day)
            if row is not None:
                s.delete(row)

    def policy(self) -> HolidayPolicy:
        with self.db.read() as s:
            ws = s.get(WorkspaceSettings, 1)
            return _policy(ws.holiday_policy if ws else "allow")

    def set_policy(self, policy: HolidayPolicy) -> None:
        with self.db.write() as s:
            ws = s.get(WorkspaceSettings, 1)
            if ws is not None:
                ws.holiday_policy = policy.value


def _kind(value: str) -> OverrideKind:
    try:
        return OverrideKind(value)
    except ValueError:
        return OverrideKind.HOLIDAY


def _policy(value: str) -> HolidayPolicy:
    try:
        return HolidayPolicy(value)
    except ValueError:
        return HolidayPolicy.ALLOW
