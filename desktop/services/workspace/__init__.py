"""The workspace itself: opening it, its settings and policy, the audit log, the demo data, the
hourly janitor.
"""

from desktop.domain.calendar.holidays import DayMark, OverrideKind
from desktop.domain.sending.holidays import HolidayPolicy
from desktop.services.workspace.demo import DemoError, create_demo, remove_demo
from desktop.services.workspace.holidays import HolidayError, HolidayService, HolidayYear
from desktop.services.workspace.policy import PolicyError, PolicyService
from desktop.services.workspace.service import (
    SettingsData,
    SettingsError,
    WorkspaceService,
    open_workspace,
)
from desktop.store.migrate import (
    DatabaseProblem,
    NewerDatabase,
    TeamDatabaseUnreachable,
    list_backups,
)

__all__ = [
    "DatabaseProblem",
    "DayMark",
    "DemoError",
    "HolidayError",
    "HolidayPolicy",
    "HolidayService",
    "HolidayYear",
    "NewerDatabase",
    "OverrideKind",
    "PolicyError",
    "PolicyService",
    "SettingsData",
    "SettingsError",
    "TeamDatabaseUnreachable",
    "WorkspaceService",
    "create_demo",
    "list_backups",
    "open_workspace",
    "remove_demo",
]
