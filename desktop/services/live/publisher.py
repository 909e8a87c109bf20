"""Every committed write announces what it changed: hooks on the workspace's sessions.

The hooks collect, per transaction, which tables and rows were written (ORM flushes, and
``insert``/``update``/``delete`` statements run through a session, whose ids are read from
a ``WHERE id = …`` / ``id IN (…)`` when there is one), and just before COMMIT write one
``live_changes`` row per table and, on PostgreSQL, a ``pg_notify`` in the same transaction:
PostgreSQL delivers a notification only if its transaction commits, so listeners never
hear of a change that was rolled back, and hear of it as soon as it is visible. The
notification also carries the written rows' small values, read in that same transaction
(``rows.notify_statement``), so a listening view can apply them without a read of its own.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import Table, delete, event, insert, inspect
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, ClauseElement

from desktop.services.live.changes import CHANNEL, MAX_PAYLOAD, Change, LiveIdentity
from desktop.services.live.rows import notify_statement
from desktop.services.live.saved_by import SavedByStamp
from desktop.store.base import table_of, utcnow
from desktop.store.db import Database
from desktop.store.models import LiveChange

log = logging.getLogger(__name__)

INFO_KEY = "live_pending"
# Tables whose writes nobody watches (the change log itself; Alembic's bookkeeping).
QUIET = frozenset({"live_changes", "alembic_version"})
KEEP = timedelta(hours=1)  # how long the change log remembers, for catching up
PRUNE_EVERY = 500  # transactions between two prunings of the change log
# A watched table's row takes a few hundred bytes as JSON: more rows than this never fit a
# payload, so their values are not even built.
MAX_CARRIED_ROWS = 30


@dataclass
class _Pending:
    kinds: set[str] = field(default_factory=set)
    ids: set[int] | None = field(default_factory=set)

    def add(self, kind: str, ids: Iterable[int] | None) -> None:
        self.kinds.add(kind)
        if ids is None:
            self.ids = None
        elif self.ids is not None:
            self.ids.update(ids)


def _pending(session: Session) -> dict[str, _Pending]:
    found: dict[str, _Pending] = session.info.setdefault(INFO_KEY, {})
    return found


def _first_key(obj: object) -> int | None:
    """The row's id (the first key column for a composite key, e.g. presence's thread)."""
    state = inspect(obj)
    # The key as the row has it: new rows get their identity only after this flush ends.
    key = state.mapper.primary_key_from_instance(obj)
    return key[0] if key and isinstance(key[0], int) else None


def _ids_in_where(statement: Any, table: Table) -> list[int] | None:
    """Ids a statement's WHERE pins the first key column to, or None when it does not."""
    where: ClauseElement | None = getattr(statement, "whereclause", None)
    keys = list(table.primary_key.columns)
    if where is None or not keys:
        return None
    key = keys[0]
    stack: list[Any] = [where]
    while stack:
        node = stack.pop()
        if isinstance(node, BinaryExpression) and getattr(node.left, "key", None) == key.key:
            left_table = getattr(node.left, "table", None)
            if left_table is not None and getattr(left_table, "name", None) != table.name:
                continue
            right = node.right
            if node.operator is operators.eq and isinstance(right, BindParameter):
                value = right.effective_value
                if isinstance(value, int):
                    return [value]
            if node.operator is operators.in_op and isinstance(right, BindParameter):
                values = right.effective_value
                if isinstance(values, list | tuple) and all(isinstance(v, int) for v in values):
                    return list(values)
        elif getattr(node, "operator", None) is operators.and_:
            stack.extend(node.get_children())
    return None


class Publisher:
    """Installed once per open database; every session of it then announces its writes."""

    def __init__(self, db: Database, identity: LiveIdentity) -> None:
        self.db = db
        self.identity = identity
        self.notify = not db.is_sqlite
        self._commits = 0
        self.stamp = SavedByStamp(identity)

    def install(self) -> None:
        for maker in self.db.session_factories():
            self.stamp.install(maker)
            event.listen(maker, "after_flush", self._after_flush)
            event.listen(maker, "do_orm_execute", self._on_execute)
            event.listen(maker, "before_commit", self._before_commit)
            event.listen(maker, "after_rollback", self._forget)

    def _after_flush(self, session: Session, _context: object) -> None:
        pending = _pending(session)
        for kind, objects in (
            ("insert", session.new),
            ("update", session.dirty),
            ("delete", session.deleted),
        ):
            for obj in objects:
                table = getattr(obj, "__tablename__", None)
                if table is None or table in QUIET:
                    continue
                if kind == "update" and not session.is_modified(obj):
                    continue
                key = _first_key(obj)
                pending.setdefault(table, _Pending()).add(kind, None if key is None else [key])

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not (state.is_insert or state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        if not isinstance(table, Table) or table.name in QUIET:
            return
        kind = "insert" if state.is_insert else "update" if state.is_update else "delete"
        ids = None if state.is_insert else _ids_in_where(state.statement, table)
        _pending(state.session).setdefault(table.name, _Pending()).add(kind, ids)

    def _forget(self, session: Session) -> None:
        session.info.pop(INFO_KEY, None)

    def _before_commit(self, session: Session) -> None:
        session.flush()  # the commit's own flush would come after this hook
        pending: dict[str, _Pending] = session.info.pop(INFO_KEY, {})
        if not pending:
            return
        now = utcnow()
        log_table = table_of(LiveChange)
        for table, what in sorted(pending.items()):
            kind = next(iter(what.kinds)) if len(what.kinds) == 1 else "change"
            ids = sorted(what.ids) if what.ids is not None else None
            serial = session.execute(
                insert(log_table)
                .values(
                    table_name=table, row_ids=ids, kind=kind, author=self.identity.client, at=now
                )
                .returning(log_table.c.id)
            ).scalar_one()
            if self.notify:
                change = Change(
                    table,
                    None if ids is None else frozenset(ids),
                    kind,
                    self.identity.client,
                    serial,
                )
                carry = ids if kind != "delete" and len(ids or ()) <= MAX_CARRIED_ROWS else None
                statement, values = notify_statement(
                    CHANNEL, table, change.encode(), carry, MAX_PAYLOAD
                )
                session.execute(statement, values)
        self._commits += 1
        if self._commits % PRUNE_EVERY == 0:
            session.execute(delete(log_table).where(log_table.c.at < now - KEEP))
        session.info.pop(INFO_KEY, None)  # what the log writes above collected, if anything


def install_publisher(db: Database, identity: LiveIdentity) -> Publisher:
    publisher = Publisher(db, identity)
    publisher.install()
    return publisher
