"""The inbox queue (D1–D3): keyset pages of conversations with their reply-time badges.

Opening the inbox must feel instant with 100,000 conversations, so a page is one Core
SELECT (labels folded in by a correlated aggregate, no ORM objects, no lazy loads) whose
rows are handed on undecoded (``ConversationRow`` decodes on first read). On SQLite the
statement is compiled once per filter shape and run straight on the pooled driver
connection: SQLAlchemy's per-execution work (cache key, result processing) would cost
more than SQLite needs for the whole page. Other databases run the same statement
through SQLAlchemy as usual.

Reply-time deadlines depend only on when the member started waiting and on the
standard, so they are cached per standard; a badge is then one subtraction.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, select, type_coerce

from desktop.domain.enums import ConversationStatus
from desktop.domain.inbox import sla
from desktop.services.inbox.queue_query import (
    AnySelect,
    filter_shape,
    filter_values,
    queue_statement,
)
from desktop.services.inbox.types import (
    FAR_FUTURE,
    PAGE_SIZE,
    RANKS,
    BadgeFn,
    ConversationCursor,
    ConversationPage,
    ConversationRow,
    QueueFilter,
    QueueSort,
    SlaSettings,
)
from desktop.store.base import UTCDateTime, utcnow
from desktop.store.db import Database
from desktop.store.models import InboxSettings, WorkspaceSettings

_DEADLINE_CACHE_MAX = 50_000  # waiting times remembered per standard (a few MB at most)


@dataclass(frozen=True)
class _Prepared:
    """A statement compiled once for SQLite's qmark style: SQL text plus how to bind."""

    sql: str
    # Per positional parameter: (runtime value name or None, fixed value, bind processor).
    slots: tuple[tuple[str | None, Any, Callable[[Any], Any] | None], ...]

    @classmethod
    def of(cls, stmt: AnySelect, db: Database, runtime: Sequence[str]) -> _Prepared:
        dialect = db.engine.dialect
        compiled = stmt.compile(dialect=dialect)
        slots = []
        for name in compiled.positiontup or ():
            bind = compiled.binds[name]
            proc = bind.type.bind_processor(dialect)
            if proc is None and isinstance(bind.effective_value, datetime):
                proc = UTCDateTime().bind_processor(dialect)  # never the driver's str()
            key = name if name in runtime else None
            slots.append((key, None if key else bind.effective_value, proc))
        return cls(compiled.string, tuple(slots))

    def params(self, values: dict[str, Any]) -> tuple[Any, ...]:
        out = []
        for key, fixed, proc in self.slots:
            v = values[key] if key is not None else fixed
            if isinstance(v, str):
                v = str(v)  # enum members as plain text for the driver
            out.append(proc(v) if proc is not None else v)
        return tuple(out)


class _Standard:
    """One reply-time standard with its deadline cache (keyed by ``waiting_since``)."""

    def __init__(self, settings: SlaSettings) -> None:
        self.settings = settings
        self.standard = settings.standard()
        self.hours = settings.hours()
        self._deadlines: dict[datetime, datetime] = {}

    def badge_fn(self, now: datetime) -> BadgeFn:
        def badge(waiting_since: datetime) -> sla.Badge:
            deadline = self._deadlines.get(waiting_since)
            if deadline is None:
                if len(self._deadlines) >= _DEADLINE_CACHE_MAX:
                    self._deadlines.clear()
                deadline = sla.add_working_time(
                    waiting_since, self.standard.first_response, self.hours
                )
                self._deadlines[waiting_since] = deadline
            return badge_at(deadline, now, self.standard)

        return badge


def badge_at(deadline: datetime, now: datetime, standard: sla.Standard) -> sla.Badge:
    """``sla.first_response_badge`` once the deadline is known (same states, same maths)."""
    left = deadline - now
    if left <= timedelta(0):
        state = sla.SlaState.BREACHED
    elif left <= standard.warn_before:
        state = sla.SlaState.DUE_SOON
    else:
        state = sla.SlaState.OK
    return sla.Badge(state, deadline, left)


class QueueService:
    """The queue's pages and single rows; prepared statements and standards are kept here."""

    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock
        self._prepared: dict[tuple[Any, ...], _Prepared] = {}
        self._stmts: dict[tuple[Any, ...], AnySelect] = {}
        self._standards: dict[tuple[Any, ...], _Standard] = {}
        s = InboxSettings
        self._settings_stmt = select(
            s.first_response_minutes,
            s.resolution_minutes,
            s.warn_before_minutes,
            s.work_start,
            s.work_end,
            type_coerce(s.work_days, String),
        ).where(s.id == 1)
        self._tz_stmt = select(WorkspaceSettings.timezone).where(WorkspaceSettings.id == 1)

    # -- statements -------------------------------------------------------------------------

    def _queue_stmt(self, shape: tuple[Any, ...]) -> AnySelect:
        found = self._stmts.get(shape)
        if found is None:
            found = self._stmts[shape] = queue_statement(shape, self.db.is_sqlite)
        return found

    def _run(
        self, key: tuple[Any, ...], stmt: AnySelect, values: dict[str, Any], conn: Any
    ) -> list[tuple[Any, ...]]:
        if not self.db.is_sqlite:
            return [tuple(r) for r in conn.execute(stmt, values)]
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = self._prepared[key] = _Prepared.of(stmt, self.db, list(values))
        raw = conn.connection.driver_connection
        return raw.execute(prepared.sql, prepared.params(values)).fetchall()

    def _read_standard(self, conn: Any) -> _Standard:
        """The workspace's reply-time standard, re-read every page (a teammate may change it)."""
        found = self._run(("settings",), self._settings_stmt, {}, conn)
        tz_row = self._run(("tz",), self._tz_stmt, {}, conn)
        key = (tuple(found[0]) if found else None, tz_row[0][0] if tz_row else None)
        std = self._standards.get(key)
        if std is None:
            std = self._standards[key] = _Standard(_settings_from(*key))
        return std

    # -- public reads -----------------------------------------------------------------------

    def page(
        self,
        cursor: ConversationCursor | None = None,
        limit: int = PAGE_SIZE,
        status: ConversationStatus | None = None,
        flt: QueueFilter | None = None,
    ) -> ConversationPage:
        flt = flt or QueueFilter(status=status)
        if status is not None and flt.status is None:
            flt = QueueFilter(**{**flt.__dict__, "status": status})
        shape = ("page", QueueSort(flt.sort), *filter_shape(flt), cursor is not None, limit + 1)
        values = filter_values(flt)
        if cursor is not None:
            values["cur_id"] = cursor.id
            if flt.sort == QueueSort.WAITING:
                values["cur_wait"] = cursor.waiting or FAR_FUTURE
            else:
                values["cur_last"] = cursor.last_message_at
            if flt.sort == QueueSort.PRIORITY:
                values["cur_rank"] = cursor.rank
        stmt = self._queue_stmt(shape)
        now = self._clock()
        with self.db.engine.connect() as conn:
            std = self._read_standard(conn)
            raw = self._run(shape, stmt, values, conn)
        badge = std.badge_fn(now)
        more = len(raw) > limit
        rows = [ConversationRow(r, badge) for r in raw[:limit]]
        next_cursor = None
        if more and rows:
            last = rows[-1]
            next_cursor = ConversationCursor(
                last.last_message_at, last.id, RANKS[last.priority], last.waiting_since
            )
        return ConversationPage(rows, next_cursor)

    def rows_by_ids(
        self, ids: Collection[int], flt: QueueFilter | None = None
    ) -> list[ConversationRow]:
        """The queue rows among ``ids`` that ``flt`` shows, unordered: what the list
        re-reads when the live feed names changed conversations (the others left it)."""
        if not ids:
            return []
        flt = flt or QueueFilter()
        shape = ("ids", None, *filter_shape(flt), False, 0)
        values = {**filter_values(flt), "ids": sorted(ids)}
        now = self._clock()
        with self.db.engine.connect() as conn:
            std = self._read_standard(conn)
            # Through SQLAlchemy on every database: the IN list's length varies.
            raw = [tuple(r) for r in conn.execute(self._queue_stmt(shape), values)]
        badge = std.badge_fn(now)
        return [ConversationRow(r, badge) for r in raw]

    def row(self, conversation_id: int) -> ConversationRow | None:
        shape = ("one", None, False, False, False, False, False, False, False, 1)
        now = self._clock()
        with self.db.engine.connect() as conn:
            std = self._read_standard(conn)
            raw = self._run(shape, self._queue_stmt(shape), {"conv_id": conversation_id}, conn)
        return ConversationRow(raw[0], std.badge_fn(now)) if raw else None


def _settings_from(row: tuple[Any, ...] | None, tz: str | None) -> SlaSettings:
    timezone = tz or "Asia/Shanghai"
    if row is None:
        return SlaSettings(timezone=timezone)
    first, resolution, warn, start, end, days = row
    if isinstance(days, str):
        days = json.loads(days)
    return SlaSettings(first, resolution, warn, start, end, tuple(days or ()), timezone)
