"""What the calendar tab shows now, as its actions and files read it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, tzinfo

from desktop.domain.calendar.week import Slot


@dataclass(frozen=True)
class Shown:
    """What the tab shows now: the week of ``anchor``, in that zone and slots, for those
    groups (None: all)."""

    anchor: date
    tz: tzinfo
    slots: tuple[Slot, ...]
    group_ids: list[int] | None
