"""The content calendar (C1–C6): the week, drag-planning, materials, scheduling into the outbox,
push tables.
"""

from desktop.services.calendar.materials import MaterialService
from desktop.services.calendar.planning import MoveRefused, Placement, PostSnapshot
from desktop.services.calendar.schedule import ScheduleResult
from desktop.services.calendar.service import (
    CalendarService,
    PostCard,
    PostDraft,
    PostValidationError,
    Week,
)

__all__ = [
    "CalendarService",
    "MaterialService",
    "MoveRefused",
    "Placement",
    "PostCard",
    "PostDraft",
    "PostSnapshot",
    "PostValidationError",
    "ScheduleResult",
    "Week",
]
