"""From a change on the feed to a view holding the new rows.

``Refresher`` is a feed listener for one view: it ignores other tables (and, if asked, its
own client's writes, which the view already shows), gets the changed rows and hands them to
``apply`` on the loop's thread. Changes arriving while a load runs are merged into one next
load, so a burst (an import, the dispatcher finishing a batch) costs two loads, not hundreds.

How the rows are got, fastest first. A view that names the ``columns`` it shows and how to
build its rows from them (``from_rows``) is applied straight from the change when the
NOTIFY carried those columns of every changed row (written in the committing transaction,
so exactly what was committed), with no read at all; else, given the feed's ``reader``,
with one keyed SELECT on the loop. Anything else — a change of another table, rows gone or
filtered out, a failed read, no ``from_rows`` — goes through the view's own ``load`` on a
worker thread, as before. A change is never applied from its payload while an older load
is still running: that load's result could be older than the payload and land after it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Generic, Protocol, TypeVar

from desktop.services.live.changes import Change
from desktop.services.live.rows import CarriedRows

log = logging.getLogger(__name__)

T = TypeVar("T")
Ids = frozenset[int] | None  # None: reload everything the view shows


class RowSource(Protocol):
    """Reads rows by key (the feed's ``RowReader``)."""

    async def rows(self, table: str, ids: Iterable[int], columns: Iterable[str]) -> CarriedRows:
        """``columns`` of those rows that exist now, by id."""
        ...


class _Nothing:
    pass


NOTHING = _Nothing()


def merge(a: Ids | _Nothing, b: Ids) -> Ids:
    if isinstance(a, _Nothing):
        return b
    if a is None or b is None:
        return None
    return a | b


class Refresher(Generic[T]):
    def __init__(
        self,
        tables: Iterable[str],
        load: Callable[[Ids], T],
        apply: Callable[[T], None],
        *,
        primary: str | None = None,
        skip_author: str | None = None,
        columns: Iterable[str] = (),
        from_rows: Callable[[CarriedRows], T] | None = None,
        reader: RowSource | None = None,
    ) -> None:
        self.tables = frozenset(tables)
        # Ids are meaningful for the view's own table; a change elsewhere reloads it all.
        self.primary = primary
        self.load = load
        self.apply = apply
        self.skip_author = skip_author
        self.columns = tuple(columns)  # of ``primary``, by column name
        self.from_rows = from_rows
        self.reader = reader
        self._queued: Ids | _Nothing = NOTHING
        self._task: asyncio.Task[None] | None = None
        # How each refresh got its rows (carried / read / load): for tests and the bench.
        self.counts = {"carried": 0, "read": 0, "load": 0}

    def __call__(self, change: Change) -> None:
        if change.table not in self.tables:
            return
        if self.skip_author is not None and change.author == self.skip_author:
            return
        ids = change.ids if change.table == self.primary else None
        if ids and self.from_rows is not None and self._idle():
            rows = change.carried(self.columns)
            if rows is not None:
                self.counts["carried"] += 1
                self.apply(self.from_rows(rows))
                return
        self._queued = merge(self._queued, ids)
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._drain())

    def _idle(self) -> bool:
        return isinstance(self._queued, _Nothing) and (self._task is None or self._task.done())

    async def _drain(self) -> None:
        while not isinstance(self._queued, _Nothing):
            ids, self._queued = self._queued, NOTHING
            try:
                rows = await self._get(ids)
            except Exception:  # the next change (or the poll) tries again
                log.exception("live refresh of %s failed", sorted(self.tables))
                continue
            self.apply(rows)

    async def _get(self, ids: Ids) -> T:
        if ids and self.from_rows is not None and self.reader is not None and self.primary:
            try:
                found = await self.reader.rows(self.primary, ids, self.columns)
            except Exception as exc:  # the connection was cut, say: the view's load decides
                log.warning("live refresh: reading %s failed (%s)", self.primary, exc)
            else:
                if found.keys() == ids:  # rows gone or filtered out: the view's load decides
                    self.counts["read"] += 1
                    return self.from_rows(found)
        self.counts["load"] += 1
        return await asyncio.to_thread(self.load, ids)

    async def idle(self) -> None:
        """Wait until nothing is loading (tests, shutdown)."""
        while self._task is not None and not self._task.done():
            await asyncio.shield(self._task)
