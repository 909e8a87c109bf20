"""The workspace itself: opening it, its settings and policy, the audit log, the demo data, the
hourly janitor.
"""

from desktop.domain.calendar.holidays import DayMark, OverrideKind
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.services.workspace.demo import DemoError, create_demo, remove_demo
from desktop.services.workspace.demo_calendar import fill_week
from desktop.services.workspace.holidays import HolidayError, HolidayService, HolidayYear
from desktop.services.workspace.policy import PolicyError
from desktop.services.workspace.service import (
    SettingsData,
    SettingsError,
    WorkspaceService,
    open_workspace,
)

__all__ = [
    "DayMark",
    "DemoError",
    "HolidayError",
    "HolidayPolicy",
    "HolidayService",
    "HolidayYear",
    "OverrideKind",
    "PolicyError",
    "SettingsData",
    "SettingsError",
    "WorkspaceService",
    "create_demo",
    "fill_week",
    "open_workspace",
    "remove_demo",
]
