"""The workspace's time zone, which every date an operator sees or plans is in (never the
computer's): the settings row's, Shanghai when there is no row yet."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings

DEFAULT_TIMEZONE = "Asia/Shanghai"


def zone_of(settings: WorkspaceSettings | None) -> ZoneInfo:
    return ZoneInfo(settings.timezone if settings else DEFAULT_TIMEZONE)


def read_zone(db: Database) -> ZoneInfo:
    with db.read() as s:
        return zone_of(s.get(WorkspaceSettings, 1))
