"""The workspace itself: opening it, its settings and policy, holidays, the audit log, the
demo data, the hourly janitor.

The names below are imported when first asked for: opening the workspace at start-up must
not import the demo data's builders (most of the domain) before the first tab is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

_WHERE = {
    "DayMark": "desktop.domain.calendar.holidays",
    "OverrideKind": "desktop.domain.calendar.holidays",
    "HolidayPolicy": "desktop.domain.sending.holidays",
    "DemoError": f"{__name__}.demo",
    "create_demo": f"{__name__}.demo",
    "remove_demo": f"{__name__}.demo",
    "HolidayError": f"{__name__}.holidays",
    "HolidayService": f"{__name__}.holidays",
    "HolidayYear": f"{__name__}.holidays",
    "PolicyError": f"{__name__}.policy",
    "PolicyService": f"{__name__}.policy",
    "SettingsData": f"{__name__}.service",
    "SettingsError": f"{__name__}.service",
    "WorkspaceService": f"{__name__}.service",
    "open_workspace": f"{__name__}.service",
    "DatabaseProblem": "desktop.store.migrate",
    "NewerDatabase": "desktop.store.migrate",
    "TeamDatabaseUnreachable": "desktop.store.migrate",
    "list_backups": "desktop.store.migrate",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
