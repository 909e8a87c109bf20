"""The workspace itself: opening it, its settings and policy, the audit log, the demo data, the
hourly janitor.

The names below are imported when first asked for: opening the workspace at start-up must
not import the demo data's builders (most of the domain) before the first tab is painted.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.services.workspace.demo import DemoError, create_demo, remove_demo
    from desktop.services.workspace.demo_calendar import fill_week
    from desktop.services.workspace.policy import PolicyError
    from desktop.services.workspace.service import (
        SettingsData,
        SettingsError,
        WorkspaceService,
        open_workspace,
    )

_WHERE = {
    "DemoError": "demo",
    "create_demo": "demo",
    "remove_demo": "demo",
    "fill_week": "demo_calendar",
    "PolicyError": "policy",
    "SettingsData": "service",
    "SettingsError": "service",
    "WorkspaceService": "service",
    "open_workspace": "service",
}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


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
