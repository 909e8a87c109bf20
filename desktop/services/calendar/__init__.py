"""The content calendar (C1–C6): the week, drag-planning, materials, scheduling into the outbox,
push tables.
"""

from desktop.services.calendar.materials import BacklogItem, MaterialItem, MaterialService
from desktop.services.calendar.merge import merged
from desktop.services.calendar.month_caps import OverMonthlyCap
from desktop.services.calendar.planning import (
    MovedMeanwhile,
    MoveRefused,
    Placement,
    PlanningService,
    PostSnapshot,
)
from desktop.services.calendar.push_table_io import ImportReport, PushTableService
from desktop.services.calendar.schedule import ScheduleResult, ScheduleService
from desktop.services.calendar.service import CalendarService, PostDraft, PostValidationError
from desktop.services.calendar.week_cards import PostCard, Week

# Saved group sets are the calendar's views over several groups (built with its services).
from desktop.services.groups.sets import GroupSetInfo, GroupSetService

__all__ = [
    "BacklogItem",
    "CalendarService",
    "GroupSetInfo",
    "GroupSetService",
    "ImportReport",
    "MaterialItem",
    "MaterialService",
    "MoveRefused",
    "MovedMeanwhile",
    "OverMonthlyCap",
    "Placement",
    "PlanningService",
    "PostCard",
    "PostDraft",
    "PostSnapshot",
    "PostValidationError",
    "PushTableService",
    "ScheduleResult",
    "ScheduleService",
    "Week",
    "merged",
]
