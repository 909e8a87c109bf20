"""Opening a workspace and reading or changing its settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select, text
from sqlalchemy.exc import InterfaceError, OperationalError

from desktop.config import Paths
from desktop.domain.calendar.week import DEFAULT_SLOTS, Slot, parse_time
from desktop.services.workspace.holidays import HolidayService
from desktop.store.db import Database, sqlite_url
from desktop.store.migrate import (
    MigrationResult,
    TeamDatabaseUnreachable,
    check_sqlite_file,
    migrate,
)
from desktop.store.models import (
    CalendarSlot,
    Conversation,
    Delivery,
    Group,
    Member,
    Message,
    Post,
    WelcomeJourney,
    WorkspaceSettings,
)

log = logging.getLogger(__name__)

DEFAULT_WORKSPACE_NAME = "我的社群"
# Team mode: operators opening a new PostgreSQL database at once fill it one at a time.
PG_SETTINGS_LOCK = 0x5348_4551_5553  # any constant distinct from migrate's lock


@dataclass(frozen=True)
class OpenedWorkspace:
    db: Database
    migration: MigrationResult
    sqlite_path: Path | None


def open_workspace(paths: Paths) -> OpenedWorkspace:
    """Check, back up, migrate and open; raises DatabaseProblem without touching a bad file."""
    paths.ensure()
    if paths.database_url:
        db = Database(paths.database_url, pool_pre_ping=True)
        sqlite_path = None
    else:
        sqlite_path = paths.sqlite_path
        check_sqlite_file(sqlite_path)
        db = Database(sqlite_url(sqlite_path))
    try:
        result = migrate(db.engine, sqlite_path)
        ensure_settings(db)
    except (OperationalError, InterfaceError) as exc:
        db.dispose()
        if sqlite_path is not None:
            raise
        # The server is down, unreachable or refused us: say so instead of a traceback.
        # The driver's message names host and port, never the password.
        raise TeamDatabaseUnreachable(None, str(exc.orig or exc).strip()) from exc
    except Exception:
        db.dispose()
        raise
    log.info("workspace opened (schema %s → %s)", result.before, result.after)
    return OpenedWorkspace(db, result, sqlite_path)


def ensure_settings(db: Database) -> None:
    with db.write() as s:
        if not db.is_sqlite:  # SQLite's writers already queue on BEGIN IMMEDIATE
            s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_SETTINGS_LOCK})
        if s.get(WorkspaceSettings, 1) is None:
            s.add(WorkspaceSettings(id=1, name=DEFAULT_WORKSPACE_NAME, brand_keyword=""))
        if not s.scalar(select(func.count()).select_from(CalendarSlot)):
            for i, slot in enumerate(DEFAULT_SLOTS):
                s.add(CalendarSlot(label=slot.label, time_of_day=f"{slot.at:%H:%M}", sort_order=i))


@dataclass(frozen=True)
class SettingsData:
    name: str
    brand_keyword: str
    timezone: str
    slots: tuple[Slot, ...]
    is_demo: bool = False
    quiet_start: str = "22:00"
    quiet_end: str = "08:00"
    marketing_share_limit: int = 30
    interests: tuple[str, ...] = field(default_factory=tuple)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


class SettingsError(ValueError):
    def __init__(self, field_name: str, message: str) -> None:
        self.field_name = field_name
        super().__init__(message)


@dataclass(frozen=True)
class WorkspaceCounts:
    groups: int
    members: int
    posts: int
    journeys: int
    conversations: int
    messages: int
    deliveries: int


class WorkspaceService:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.holidays = HolidayService(db)  # the calendar's and the sending rule's holidays

    def settings(self) -> SettingsData:
        with self.db.read() as s:
            row = s.get(WorkspaceSettings, 1)
            assert row is not None, "open_workspace() creates the settings row"
            slots = s.scalars(select(CalendarSlot).order_by(CalendarSlot.time_of_day)).all()
            return SettingsData(
                name=row.name,
                brand_keyword=row.brand_keyword,
                timezone=row.timezone,
                slots=tuple(Slot(x.label, parse_time(x.time_of_day)) for x in slots),
                is_demo=row.is_demo,
                quiet_start=row.quiet_start,
                quiet_end=row.quiet_end,
                marketing_share_limit=row.marketing_share_limit,
                interests=tuple(row.interests or ()),
            )

    def update(
        self, *, name: str, brand_keyword: str, timezone: str, slots: list[Slot] | tuple[Slot, ...]
    ) -> SettingsData:
        name = name.strip()
        if not name:
            raise SettingsError("name", "empty")
        try:
            ZoneInfo(timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError("timezone", "unknown") from exc
        if not slots:
            raise SettingsError("slots", "empty")
        with self.db.write() as s:
            row = s.get(WorkspaceSettings, 1)
            assert row is not None
            row.name = name
            row.brand_keyword = brand_keyword.strip()
            row.timezone = timezone
            existing = s.scalars(select(CalendarSlot)).all()
            for old in existing:
                s.delete(old)
            s.flush()
            for i, slot in enumerate(sorted(slots, key=lambda x: x.at)):
                s.add(CalendarSlot(label=slot.label, time_of_day=_hhmm(slot.at), sort_order=i))
        return self.settings()

    def counts(self) -> WorkspaceCounts:
        with self.db.read() as s:

            def n(model: type) -> int:
                return int(s.scalar(select(func.count()).select_from(model)) or 0)

            return WorkspaceCounts(
                groups=n(Group),
                members=n(Member),
                posts=n(Post),
                journeys=n(WelcomeJourney),
                conversations=n(Conversation),
                messages=n(Message),
                deliveries=n(Delivery),
            )

    def today(self) -> date:
        """Today in the workspace's time zone (not the computer's)."""
        return datetime.now(UTC).astimezone(self.settings().tz).date()

    def is_empty(self) -> bool:
        with self.db.read() as s:
            return s.scalar(select(Group.id).limit(1)) is None and (
                s.scalar(select(Member.id).limit(1)) is None
            )

    def fill_week(self, day: date, n: int = 40) -> list[int]:
        """Demo data: ``n`` planned posts over the week of ``day`` (screenshots, demos)."""
        from desktop.services.workspace.demo_calendar import fill_week  # not on start-up

        return fill_week(self.db, day, n=n)

    def remove_demo(self) -> None:
        """Empty a demo workspace; raises DemoError on one that is not a demo."""
        from desktop.services.workspace.demo import remove_demo  # not on start-up

        remove_demo(self.db)


def _hhmm(t: time) -> str:
    return f"{t:%H:%M}"
