"""Reply-time standards (D2): deadlines counted in working hours, badges, a summary.

Pure maths, no database and no Qt. Working hours are a daily window (``start``–``end``,
local to the workspace's time zone) on chosen weekdays (0 = Monday). A standard of "2
working hours" set on Friday at 17:00 with hours 09:00–18:00 ends on Monday at 10:00.
``start == end`` means the whole day counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

MAX_DAYS = 366 * 2  # a deadline further than this is treated as "never"


def parse_hhmm(text: str) -> time:
    hours, _, minutes = text.strip().partition(":")
    h, m = int(hours), int(minutes or 0)
    if h == 24 and m == 0:
        return time(23, 59, 59, 999999)
    return time(h, m)


@dataclass(frozen=True)
class WorkingHours:
    start: time = time(9, 0)
    end: time = time(18, 0)
    days: frozenset[int] = frozenset({0, 1, 2, 3, 4})
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))

    @classmethod
    def from_settings(
        cls, start: str, end: str, days: Iterable[int], timezone: str
    ) -> WorkingHours:
        return cls(
            parse_hhmm(start), parse_hhmm(end), frozenset(int(d) for d in days), ZoneInfo(timezone)
        )

    def problems(self) -> list[str]:
        bad = []
        if self.start > self.end:
            bad.append("hours")  # overnight shifts are not supported
        if not self.days or not self.days <= set(range(7)):
            bad.append("days")
        return bad

    def _window(self, day: date) -> tuple[datetime, datetime] | None:
        if day.weekday() not in self.days:
            return None
        opens = datetime.combine(day, self.start, self.tz)
        if self.start == self.end:
            closes = datetime.combine(day + timedelta(days=1), time(0), self.tz)
        else:
            closes = datetime.combine(day, self.end, self.tz)
        return opens, closes

    def _windows_from(self, moment: datetime) -> Iterable[tuple[datetime, datetime]]:
        local = moment.astimezone(self.tz)
        for offset in range(MAX_DAYS):
            w = self._window(local.date() + timedelta(days=offset))
            if w is not None:
                yield w


def add_working_time(start: datetime, amount: timedelta, hours: WorkingHours) -> datetime:
    """The moment ``amount`` of working time after ``start`` (aware in, aware UTC out)."""
    if start.tzinfo is None:
        raise ValueError("start must be timezone-aware")
    if hours.problems():
        raise ValueError(f"unusable working hours: {hours.problems()}")
    left = amount
    for opens, closes in hours._windows_from(start):
        begin = max(opens, start.astimezone(hours.tz))
        if begin >= closes:
            continue
        available = closes - begin
        if left <= available:
            return (begin + left).astimezone(UTC)
        left -= available
    return datetime.max.replace(tzinfo=UTC)


def working_time_between(a: datetime, b: datetime, hours: WorkingHours) -> timedelta:
    """Working time from ``a`` to ``b`` (zero when ``b`` is not later)."""
    if b <= a:
        return timedelta(0)
    total = timedelta(0)
    for opens, closes in hours._windows_from(a):
        if opens >= b:
            break
        begin, end = max(opens, a.astimezone(hours.tz)), min(closes, b.astimezone(hours.tz))
        if end > begin:
            total += end - begin
    return total


@dataclass(frozen=True)
class Standard:
    first_response: timedelta = timedelta(hours=2)
    resolution: timedelta = timedelta(hours=24)
    warn_before: timedelta = timedelta(minutes=15)


class SlaState(StrEnum):
    NONE = "none"  # nothing is waiting for the team
    OK = "ok"
    DUE_SOON = "due_soon"  # inside the warning window
    BREACHED = "breached"


@dataclass(frozen=True)
class Badge:
    state: SlaState
    deadline: datetime | None = None
    left: timedelta | None = None  # wall-clock time until the deadline (negative: overdue)


def first_response_badge(
    waiting_since: datetime | None, now: datetime, standard: Standard, hours: WorkingHours
) -> Badge:
    """Time left to answer the member's oldest unanswered message."""
    if waiting_since is None:
        return Badge(SlaState.NONE)
    deadline = add_working_time(waiting_since, standard.first_response, hours)
    left = deadline - now
    if left <= timedelta(0):
        state = SlaState.BREACHED
    elif left <= standard.warn_before:
        state = SlaState.DUE_SOON
    else:
        state = SlaState.OK
    return Badge(state, deadline, left)


def resolution_deadline(opened_at: datetime, standard: Standard, hours: WorkingHours) -> datetime:
    return add_working_time(opened_at, standard.resolution, hours)


@dataclass(frozen=True)
class Summary:
    breached: int = 0
    due_soon: int = 0
    next_deadline: datetime | None = None  # the earliest deadline not yet passed

    @property
    def quiet(self) -> bool:
        return self.breached == 0 and self.due_soon == 0


def summarize(badges: Iterable[Badge]) -> Summary:
    breached = due_soon = 0
    upcoming: datetime | None = None
    for b in badges:
        if b.state == SlaState.BREACHED:
            breached += 1
        elif b.state == SlaState.DUE_SOON:
            due_soon += 1
        if b.state in (SlaState.OK, SlaState.DUE_SOON) and b.deadline is not None:
            upcoming = b.deadline if upcoming is None else min(upcoming, b.deadline)
    return Summary(breached, due_soon, upcoming)


def format_left(left: timedelta) -> str:
    """Compact, language-neutral: "1h05", "12m", "-3h" (overdue), "2d"."""
    seconds = int(left.total_seconds())
    sign = "-" if seconds < 0 else ""
    seconds = abs(seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes = rem // 60
    if days:
        return f"{sign}{days}d{hours:02d}h" if hours else f"{sign}{days}d"
    if hours:
        return f"{sign}{hours}h{minutes:02d}"
    return f"{sign}{minutes}m"
