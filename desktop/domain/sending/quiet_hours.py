"""Quiet hours (勿扰时段): a daily window of local wall-clock time, possibly across midnight."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from desktop.domain.calendar.week import parse_time

DEFAULT_QUIET_START = time(22, 0)
DEFAULT_QUIET_END = time(8, 0)


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    @classmethod
    def parse(cls, start: str | None, end: str | None) -> QuietHours:
        return cls(
            parse_time(start) if start else DEFAULT_QUIET_START,
            parse_time(end) if end else DEFAULT_QUIET_END,
        )

    @property
    def empty(self) -> bool:
        return self.start == self.end  # equal ends mean "no quiet hours"

    def contains_local(self, t: time) -> bool:
        t = t.replace(tzinfo=None, fold=0)
        if self.empty:
            return False
        if self.start < self.end:
            return self.start <= t < self.end
        return t >= self.start or t < self.end  # window wraps past midnight

    def contains(self, moment: datetime, tz: ZoneInfo) -> bool:
        return self.contains_local(moment.astimezone(tz).time())

    def end_after(self, moment: datetime, tz: ZoneInfo) -> datetime:
        """The first moment strictly after ``moment`` at which the window ends (UTC)."""
        local = moment.astimezone(tz)
        best: datetime | None = None
        for days in range(3):
            day = local.date() + timedelta(days=days)
            # Both folds: an ambiguous or missing local time must still yield a moment.
            for fold in (0, 1):
                cand = datetime.combine(day, self.end, tzinfo=tz).replace(fold=fold)
                cand_utc = cand.astimezone(UTC)
                if cand_utc > moment and (best is None or cand_utc < best):
                    best = cand_utc
            if best is not None:
                break
        assert best is not None
        return best
