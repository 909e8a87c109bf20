"""Builds the calendar's services together and wires them: a change to a scheduled post
(from the editor, a drag, an undo) reaches the schedule service, which moves its
pending deliveries."""

from __future__ import annotations

from typing import Any

from desktop.services.calendar.materials import MaterialService
from desktop.services.calendar.planning import PlanningService
from desktop.services.calendar.push_table_io import PushTableService
from desktop.services.calendar.schedule import ScheduleService
from desktop.services.calendar.service import CalendarService
from desktop.services.groups.sets import GroupSetService
from desktop.services.sending.outbox import OutboxService
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
