"""Calendar arithmetic for the weekly push table (C1): weeks start on Monday."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import regex

_TIME = regex.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


@dataclass(frozen=True)
class Slot:
    label: str
    at: time


DEFAULT_SLOTS: tuple[Slot, ...] = (
    Slot("早", time(8, 0)),
    Slot("中", time(12, 0)),
    Slot("晚", time(20, 0)),
)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_days(day: date) -> list[date]:
    start = week_start(day)
    return [start + timedelta(days=i) for i in range(7)]


def parse_time(text: str) -> time:
    m = _TIME.match(text.strip())
    if not m:
        raise ValueError(f"not a time of day (HH:MM): {text!r}")
    return time(int(m.group(1)), int(m.group(2)))


def parse_slots(spec: str) -> list[Slot]:
    """Parse ``"早=08:00, 中=12:00, 晚=20:00"``; raises ValueError naming the bad part."""
    slots: list[Slot] = []
    for part in spec.replace("，", ",").split(","):
        part = part.strip()
        if not part:
            continue
        label, sep, hhmm = part.partition("=")
        if not sep or not label.strip():
            raise ValueError(f"expected LABEL=HH:MM, got {part!r}")
        slots.append(Slot(label.strip(), parse_time(hhmm)))
    if not slots:
        raise ValueError("at least one slot is needed")
    times = [s.at for s in slots]
    if len(set(times)) != len(times):
        raise ValueError("two slots share the same time")
    return sorted(slots, key=lambda s: s.at)


def format_slots(slots: list[Slot] | tuple[Slot, ...]) -> str:
    return ", ".join(f"{s.label}={s.at:%H:%M}" for s in slots)


def nearest_slot(slots: Sequence[Slot], at: time) -> int:
    """Index of the slot a time belongs to: the last slot starting at or before it."""
    index = 0
    for i, s in enumerate(slots):
        if s.at <= at:
            index = i
    return index


def local_range_utc(day: date, tz: tzinfo, days: int = 7) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0, 0), tz)
    end = datetime.combine(day + timedelta(days=days), time(0, 0), tz)
    return start.astimezone(UTC), end.astimezone(UTC)
