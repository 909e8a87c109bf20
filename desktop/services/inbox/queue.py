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
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import QueryableAttribute

from desktop.domain.enums import ConversationStatus, Priority
from desktop.domain.inbox import sla
from desktop.services.inbox.types import (
    FAR_FUTURE,
    LABEL_SEP,
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
from desktop.store.models import (
    Conversation,
    InboxSettings,
    Label,
    Member,
    Operator,
    WorkspaceSettings,
    conversation_labels,
)

# A SELECT of any number and kind of columns (the queue page, the settings, the zone).
AnySelect = Select[*tuple[Any, ...]]

_DEADLINE_CACHE_MAX = 50_000  # waiting times remembered per standard (a few MB at most)

_RANK = case(
    (Conversation.priority == Priority.URGENT, 0),
    (Conversation.priority == Priority.IMPORTANT, 1),
    else_=2,
)


def row_columns(is_sqlite: bool) -> list[ColumnElement[Any] | QueryableAttribute[Any]]:
    """The queue row's columns, in ``ConversationRow`` order.

    Times are read as text (``type_coerce``) so SQLAlchemy does not parse 100 of them per
    page; ``ConversationRow`` parses the few that are shown.
    """
    c = Conversation
    cl = conversation_labels.c
    agg = func.group_concat if is_sqlite else func.string_agg
    labels = (
        select(agg(Label.name, LABEL_SEP))
        .select_from(conversation_labels.join(Label, Label.id == cl.label_id))
        .where(cl.conversation_id == c.id)
        .scalar_subquery()
    )
    return [
        c.id,
        c.member_id,
        Member.display_name,
        c.channel,
        c.subject,
        c.status,
        c.priority,
        type_coerce(c.last_message_at, String),
        c.last_preview,
        c.unread,
        c.assignee_id,
        Operator.name,
        type_coerce(c.waiting_since, String),
        type_coerce(c.snoozed_until, String),
        labels,
    ]


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
        """The SELECT for one filter shape; values come in as named bind parameters."""
        found = self._stmts.get(shape)
        if found is not None:
            return found
        kind, sort, status, assignee, unassigned, urgent, label, channel, cursor, limit = shape
        c = Conversation
        stmt = (
            select(*row_columns(self.db.is_sqlite))
            .join(Member, Member.id == c.member_id)
            .outerjoin(Operator, Operator.id == c.assignee_id)
        )
        if kind == "one":
            stmt = stmt.where(c.id == bindparam("conv_id", type_=Integer))
            self._stmts[shape] = stmt
            return stmt
        stmt = stmt.limit(limit)
        if status:
            stmt = stmt.where(c.status == bindparam("f_status", type_=String))
        if assignee:
            stmt = stmt.where(c.assignee_id == bindparam("f_assignee", type_=Integer))
        if unassigned:
            stmt = stmt.where(c.assignee_id.is_(None))
        if urgent:
            stmt = stmt.where(c.priority == Priority.URGENT)
        if channel:
            stmt = stmt.where(c.channel == bindparam("f_channel", type_=String))
        if label:
            cl = conversation_labels.c
            stmt = stmt.where(
                c.id.in_(
                    select(cl.conversation_id).where(
                        cl.label_id == bindparam("f_label", type_=Integer)
                    )
                )
            )
        cur_id = bindparam("cur_id", type_=Integer)
        cur_last = bindparam("cur_last", type_=UTCDateTime())
        if sort == QueueSort.WAITING:
            # Typed, so the constant is stored-format text like the column, not Python's str().
            waiting = func.coalesce(c.waiting_since, literal(FAR_FUTURE, UTCDateTime()))
            stmt = stmt.order_by(waiting.asc(), c.id.asc())
            if cursor:
                w = bindparam("cur_wait", type_=UTCDateTime())
                stmt = stmt.where(or_(waiting > w, and_(waiting == w, c.id > cur_id)))
        elif sort == QueueSort.PRIORITY:
            stmt = stmt.order_by(_RANK.asc(), c.last_message_at.desc(), c.id.desc())
            if cursor:
                rank = bindparam("cur_rank", type_=Integer)
                stmt = stmt.where(
                    or_(
                        rank < _RANK,
                        and_(rank == _RANK, c.last_message_at < cur_last),
                        and_(rank == _RANK, c.last_message_at == cur_last, c.id < cur_id),
                    )
                )
        else:
            stmt = stmt.order_by(c.last_message_at.desc(), c.id.desc())
            if cursor:
                stmt = stmt.where(
                    or_(
                        c.last_message_at < cur_last,
                        and_(c.last_message_at == cur_last, c.id < cur_id),
                    )
                )
        self._stmts[shape] = stmt
        return stmt

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
        shape = (
            "page",
            QueueSort(flt.sort),
            flt.status is not None,
            flt.assignee_id is not None,
            flt.unassigned,
            flt.urgent,
            flt.label_id is not None,
            flt.channel is not None,
            cursor is not None,
            limit + 1,
        )
        values: dict[str, Any] = {}
        if flt.status is not None:
            values["f_status"] = flt.status
        if flt.assignee_id is not None:
            values["f_assignee"] = flt.assignee_id
        if flt.channel is not None:
            values["f_channel"] = flt.channel
        if flt.label_id is not None:
            values["f_label"] = flt.label_id
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
