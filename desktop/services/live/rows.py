"""Changed rows as values: what a change carries in its NOTIFY payload, and how a listener
gets them back as the same Python values a read would give.

A table's rows can be carried when it has a single integer primary key. Only small scalar
columns travel (integers, booleans, strings other than ``Text``, dates and times); a view
that needs a longer or structured column reads it (``RowReader``). Values are keyed by
column name.

On PostgreSQL the publisher builds the payload inside the committing transaction
(``notify_statement``): ``row_to_json`` of the changed rows, only those whose current
version this very transaction wrote (``xmin`` is its transaction id). Those rows are locked
by the transaction until it commits, so the payload is exactly what was committed; a row
written in a savepoint or only named in a WHERE that matched nothing is left out, and the
listener reads it instead. A payload over PostgreSQL's cap goes out without rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    TextClause,
    TypeDecorator,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

# Through the models package, so every table is in the metadata before shapes are cached
from desktop.store.models import Base

# id → column name → value, as a read of those columns would return them
CarriedRows = dict[int, dict[str, Any]]
RawRows = tuple[Mapping[str, Any], ...]  # the payload's rows, as JSON decoded them


@cache
def _postgres() -> Dialect:
    """Imported when first needed: a solo (SQLite) workspace never needs it."""
    from sqlalchemy.dialects.postgresql.psycopg import PGDialect_psycopg

    return PGDialect_psycopg()


# The row version was written by the current transaction (not a savepoint of it): xmin is
# a 32-bit xid, txid_current() the same id with its epoch on top.
WRITTEN_HERE = "xmin::text::bigint = txid_current() % 4294967296"


def _impl(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    return type_.impl_instance if isinstance(type_, TypeDecorator) else type_


def _small(column: Column[Any]) -> bool:
    impl = _impl(column.type)
    if isinstance(impl, Text | JSON | LargeBinary | Enum):
        return False
    return isinstance(impl, Integer | Boolean | String | DateTime | Date)


def _from_driver(column: Column[Any]) -> Callable[[Any], Any]:
    """What the model's type makes of a driver value (e.g. naive UTC → aware UTC)."""
    type_ = column.type
    if isinstance(type_, TypeDecorator):
        decorator: TypeDecorator[Any] = type_
        return lambda value: decorator.process_result_value(value, _postgres())
    return lambda value: value


def _from_json(column: Column[Any]) -> Callable[[Any], Any]:
    """JSON value (as ``row_to_json`` writes it) → the value a read would return."""
    after = _from_driver(column)
    impl = _impl(column.type)
    if isinstance(impl, DateTime):
        return lambda v: None if v is None else after(datetime.fromisoformat(v))
    if isinstance(impl, Date):
        return lambda v: None if v is None else after(date.fromisoformat(v))
    return lambda v: None if v is None else after(v)


@dataclass(frozen=True)
class TableShape:
    table: Table
    key: Column[Any]
    carried: tuple[Column[Any], ...]  # what a payload holds, the key first

    def column(self, name: str) -> Column[Any]:
        try:
            return self.table.c[name]
        except KeyError:
            raise ValueError(f"{self.table.name} has no column {name!r}") from None


@cache
def shape_of(table_name: str) -> TableShape | None:
    """How rows of this table travel; None when they cannot (no single integer key)."""
    table = Base.metadata.tables.get(table_name)
    if table is None:
        return None
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(_impl(keys[0].type), Integer):
        return None
    key = keys[0]
    others = tuple(c for c in table.columns if c is not key and _small(c))
    return TableShape(table, key, (key, *others))


@cache
def _json_converters(table_name: str) -> dict[str, Callable[[Any], Any]]:
    shape = shape_of(table_name)
    return {} if shape is None else {c.name: _from_json(c) for c in shape.carried}


@cache
def driver_converters(
    table_name: str, columns: tuple[str, ...]
) -> tuple[Callable[[Any], Any], ...]:
    shape = shape_of(table_name)
    if shape is None:
        raise ValueError(f"rows of {table_name} cannot be read by key")
    return tuple(_from_driver(shape.column(name)) for name in columns)


def typed_rows(
    table_name: str, ids: Iterable[int], raw: RawRows, columns: Iterable[str]
) -> CarriedRows | None:
    """The carried rows with ``columns`` as a read returns them, or None unless every id
    came with every one of those columns (the listener then reads)."""
    shape = shape_of(table_name)
    if shape is None:
        return None
    converters = _json_converters(table_name)
    wanted = tuple(columns)
    if any(name not in converters for name in wanted):
        return None
    key = shape.key.name
    by_id = {row.get(key): row for row in raw}
    out: CarriedRows = {}
    for row_id in ids:
        row = by_id.get(row_id)
        # A teammate on another version of the app may not send every column this one has
        if row is None or any(name not in row for name in wanted):
            return None
        out[row_id] = {name: converters[name](row[name]) for name in wanted}
    return out


Notify = tuple[TextClause, dict[str, Any]]  # a statement and its parameters

_PLAIN = text("SELECT pg_notify(CAST(:channel AS text), CAST(:head AS text))")


@cache
def _carrying(table_name: str) -> TextClause | None:
    """The NOTIFY with rows for one table, written once: a commit only binds values (a
    statement built per commit cost the writer about half a millisecond)."""
    shape = shape_of(table_name)
    if shape is None:
        return None
    quote = _postgres().identifier_preparer.quote
    columns = ", ".join(quote(c.name) for c in shape.carried)
    written = (
        f"SELECT {columns} FROM {quote(table_name)}"
        f" WHERE {quote(shape.key.name)} = ANY(CAST(:ids AS bigint[])) AND {WRITTEN_HERE}"
    )
    rows = f"(SELECT COALESCE(json_agg(row_to_json(r)), '[]'::json) FROM ({written}) AS r)"
    built = f"SELECT CAST(:prefix AS text) || CAST({rows} AS text) || '}}' AS payload"
    return text(
        "SELECT pg_notify(CAST(:channel AS text), CASE WHEN octet_length(p.payload) <= :cap"
        f" THEN p.payload ELSE CAST(:head AS text) END) FROM ({built}) AS p"
    )


def notify_statement(
    channel: str, table: str, head: str, ids: Iterable[int] | None, cap: int
) -> Notify:
    """``pg_notify(channel, payload)``: ``head`` (the change's JSON) with the written rows
    added as ``"r"`` when the table's rows can travel and the result fits under ``cap``."""
    plain: Notify = (_PLAIN, {"channel": channel, "head": head})
    carrying = _carrying(table)
    if carrying is None or ids is None:
        return plain
    ids = list(ids)
    if not ids:
        return plain
    prefix = head[:-1] + ',"r":'  # the head is a JSON object: its rows go in before "}"
    return carrying, {"channel": channel, "head": head, "prefix": prefix, "ids": ids, "cap": cap}
