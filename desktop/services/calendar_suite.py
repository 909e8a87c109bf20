"""Builds the calendar's services together and wires them: a change to a scheduled post
(from the editor, a drag, an undo) reaches the schedule service, which moves its
pending deliveries."""

from __future__ import annotations

from typing import Any

from desktop.services.calendar import CalendarService
from desktop.services.group_sets import GroupSetService
from desktop.services.materials import MaterialService
from desktop.services.outbox import OutboxService
from desktop.services.planning import PlanningService
from desktop.services.push_table_io import PushTableService
from desktop.services.schedule import ScheduleService
from desktop.store.db import Database


def calendar_services(db: Database, outbox: OutboxService | None = None) -> dict[str, Any]:
    """Keyword arguments for ``Services``: calendar, planning, schedule, materials, …"""
    calendar = CalendarService(db)
    planning = PlanningService(db)
    schedule = ScheduleService(db, outbox or OutboxService(db))
    calendar.on_change = schedule.resync
    planning.on_change = schedule.resync
    return {
        "calendar": calendar,
        "planning": planning,
        "schedule": schedule,
        "materials": MaterialService(db),
        "group_sets": GroupSetService(db),
        "push_tables": PushTableService(db, calendar),
    }
