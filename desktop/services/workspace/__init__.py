"""The workspace itself: opening it, its settings and policy, the audit log, the demo data, the
hourly janitor.
"""

from desktop.services.workspace.demo import DemoError, create_demo, remove_demo
from desktop.services.workspace.demo_calendar import fill_week
from desktop.services.workspace.policy import PolicyError
from desktop.services.workspace.service import (
    SettingsData,
    SettingsError,
    WorkspaceService,
    open_workspace,
)

__all__ = [
    "DemoError",
    "PolicyError",
    "SettingsData",
    "SettingsError",
    "WorkspaceService",
    "create_demo",
    "fill_week",
    "open_workspace",
    "remove_demo",
]
