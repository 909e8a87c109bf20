"""Reading changed rows for a live refresh: one round trip on the loop, no pool, no thread.

A view's ``load`` goes through the ORM and the connection pool on a worker thread: a
checkout with its liveness ping, BEGIN, the SELECT and the ROLLBACK on return, behind a
thread hop. A refresh only needs some columns of a few rows by key, so the feed keeps one autocommit
connection of its own (psycopg async, on the loop) and reads them with a prepared
``SELECT … WHERE key = ANY(…)``. A failed read drops the connection (the next read opens
a new one) and raises; the refresher then falls back to the view's own ``load``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from desktop.services.live.rows import CarriedRows, driver_converters, shape_of

if TYPE_CHECKING:
    import psycopg
    from psycopg import sql


CONNECT_TIMEOUT = 5  # seconds


class RowReader:
    def __init__(self, conninfo: str, application_name: str) -> None:
        self.conninfo = conninfo
        self.application_name = application_name[:63]
        self._conn: psycopg.AsyncConnection[Any] | None = None
        self._connecting = asyncio.Lock()
        self._queries: dict[tuple[str, tuple[str, ...]], sql.Composed] = {}

    async def rows(self, table: str, ids: Iterable[int], columns: Iterable[str]) -> CarriedRows:
        """``columns`` of the rows with these keys that exist now (keyed by id)."""
        wanted = tuple(columns)
        query = self._query(table, wanted)
        convert = driver_converters(table, wanted)
        conn = await self._connection()
        try:
            cursor = await conn.execute(query, [list(ids)], prepare=True)
            fetched = await cursor.fetchall()
        except BaseException:
            await self.close()
            raise
        return {
            row[0]: {
                name: to_py(value)
                for name, to_py, value in zip(wanted, convert, row[1:], strict=True)
            }
            for row in fetched
        }

    async def close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                await conn.close()

    async def _connection(self) -> psycopg.AsyncConnection[Any]:
        async with self._connecting:
            if self._conn is None or self._conn.closed:
                import psycopg

                self._conn = await psycopg.AsyncConnection.connect(
                    self.conninfo,
                    autocommit=True,
                    application_name=self.application_name,
                    # An unreachable server must not hold a refresh for minutes: the view's
                    # own load is tried next.
                    connect_timeout=CONNECT_TIMEOUT,
                )
            return self._conn

    def _query(self, table: str, columns: tuple[str, ...]) -> sql.Composed:
        found = self._queries.get((table, columns))
        if found is None:
            from psycopg import sql

            shape = shape_of(table)
            if shape is None:
                raise ValueError(f"rows of {table} cannot be read by key")
            for name in columns:
                shape.column(name)  # an unknown column is the view's mistake: say which
            key = sql.Identifier(shape.key.name)
            found = sql.SQL("SELECT {cols} FROM {table} WHERE {key} = ANY(%s)").format(
                cols=sql.SQL(", ").join([key, *(sql.Identifier(c) for c in columns)]),
                table=sql.Identifier(table),
                key=key,
            )
            self._queries[(table, columns)] = found
        return found
