"""Bulk SQL for the welcome runner: thousands of rows per pass, never an ORM object each.

Ten thousand members joining in a minute means ten thousand enrolments, messages and step
events in one pass. The ORM's per-object bookkeeping is most of the cost at that size, so
the runner reads plain rows and writes with Core ``executemany`` statements.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, insert, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from desktop.store.db import Database

CHUNK = 900  # bound parameters per IN (SQLite's historic limit is 999)
T = TypeVar("T")


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def insert_ignore(db: Database, table: Table) -> Insert:
    """INSERT that skips rows violating a unique constraint (a pass repeated after a crash)."""
    if db.is_sqlite:
        return insert(table).prefix_with("OR IGNORE")
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    return pg_insert(table).on_conflict_do_nothing()


def update_rows(s: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """UPDATE many rows by id, each with its own values: one executemany per set of columns.

    Rows name their id as ``"id"``; the columns they set may differ from row to row (a
    finished enrolment sets more than one that only moved on), so they are grouped first.
    """
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        cols = tuple(sorted(k for k in row if k != "id"))
        if cols:
            groups.setdefault(cols, []).append({"_id": row["id"], **{k: row[k] for k in cols}})
    stmt = update(table).where(table.c.id == bindparam("_id"))
    for params in groups.values():
        s.execute(stmt, params)
