"""Times as the workspace sees them: every clock shown is in the workspace's time zone.

The computer's own zone is not the community's (a laptop on UTC, a team in Shanghai), so
nothing shown calls ``astimezone()`` without a zone; it goes through here.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, QLocale, QTimeZone

DEFAULT_ZONE = "Asia/Shanghai"


@lru_cache(maxsize=16)
def zone(name: str | None) -> tzinfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


@lru_cache(maxsize=16)
def _qt_zone(name: str) -> QTimeZone:
    found = QTimeZone(name.encode())
    return found if found.isValid() else QTimeZone(DEFAULT_ZONE.encode())


def in_zone(when: datetime, tz: str | None) -> datetime:
    if when.tzinfo is None:  # SQLite hands back naive UTC
        when = when.replace(tzinfo=UTC)
    return when.astimezone(zone(tz))


def clock_text(when: datetime | None, tz: str | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``when`` in the workspace zone ``tz`` (an IANA name), formatted with ``fmt``."""
    return "" if when is None else in_zone(when, tz).strftime(fmt)


def short_text(when: datetime, tz: str | None, locale: QLocale | None = None) -> str:
    """The locale's short date and time in the workspace zone (QDateTime: fast in a list)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    stamp = QDateTime.fromMSecsSinceEpoch(
        int(when.timestamp() * 1000), _qt_zone(tz or DEFAULT_ZONE)
    )
    return (locale or QLocale()).toString(stamp, QLocale.FormatType.ShortFormat)
