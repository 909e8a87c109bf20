"""The change feed a client listens to: what others committed, as it is committed.

PostgreSQL (team mode): one connection of its own LISTENs on ``CHANNEL`` (psycopg's async
notifications) and each notification is handed to the listeners as soon as it arrives —
no timer in between. It LISTENs only once something listens to ``changes``: the worker
has no views, and a LISTENing worker would be woken by every commit of the whole team.
If that connection is lost the feed says so (``status_changed`` → POLLING), reads the
change log every ``poll_interval`` and tries to connect again; once back, it catches up
from the log and is LIVE again. What arrives twice (heard, then read back from the log) is
handed on once.

SQLite (solo, with a local worker process): ``PRAGMA data_version`` changes when another
connection commits; it is read every ``sqlite_interval`` (microseconds each), and only when
it moved is the change log read.

Listeners run on the asyncio loop's thread (in the window, the Qt thread via qasync).
On PostgreSQL the feed also offers ``reader``, a connection of its own for refreshes that
must read the changed rows (see ``reader.py``).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import make_url

from desktop.services.background.events import Event
from desktop.services.live.changes import CHANNEL, Change, FeedStatus, LiveIdentity
from desktop.services.live.reader import RowReader
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import LiveChange

log = logging.getLogger(__name__)

# Writers stamp the log with their own clocks and PostgreSQL commits ids out of order:
# catching up reads back this far and skips what was already handed on.
CATCH_UP_MARGIN = timedelta(seconds=30)
REMEMBERED = 4096  # serials of changes already handed on


class _Changes(Event[[Change]]):
    """The feed's ``changes``, telling the feed when it first has a listener."""

    def __init__(self, on_listened: Callable[[], None]) -> None:
        super().__init__("live_changes")
        self._on_listened = on_listened

    def subscribe(self, listener: Callable[[Change], None]) -> Callable[[], None]:
        unsubscribe = super().subscribe(listener)
        self._on_listened()
        return unsubscribe


class LiveFeed:
    def __init__(
        self,
        db: Database,
        identity: LiveIdentity,
        *,
        poll_interval: float = 1.0,
        sqlite_interval: float = 0.25,
    ) -> None:
        self.db = db
        self.identity = identity
        self.poll_interval = poll_interval
        self.sqlite_interval = sqlite_interval
        self.changes: Event[[Change]] = _Changes(self._listened_to)
        self.status_changed: Event[[FeedStatus]] = Event("live_status")
        self.status = FeedStatus.STOPPED
        self._task: asyncio.Task[None] | None = None
        self._seen: deque[int] = deque(maxlen=REMEMBERED)
        self._seen_set: set[int] = set()
        self._mark: datetime = utcnow()  # changes after this are the ones to hand on
        self._last_serial = 0
        self._has_listener = False
        self._listener_came = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.reader: RowReader | None = None
        if not db.is_sqlite:
            self.reader = RowReader(self._conninfo(), f"shequn live read {identity.client}")

    # -- lifecycle ------------------------------------------------------------------------
    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._mark = utcnow()
            self._loop = asyncio.get_running_loop()
            self._listener_came = asyncio.Event()  # an asyncio.Event belongs to one loop
            self._task = self._loop.create_task(self._run(), name="live feed")
        return self._task

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        if self.reader is not None:
            await self.reader.close()
        self._set_status(FeedStatus.STOPPED)

    async def _run(self) -> None:
        if self.db.is_sqlite:
            await self._watch_sqlite()
        else:
            await self._listen_postgres()

    def _listened_to(self) -> None:
        # Listeners may subscribe from any thread: the loop's event is set on the loop.
        self._has_listener = True
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._listener_came.set)

    def _set_status(self, status: FeedStatus) -> None:
        if status != self.status:
            self.status = status
            log.info("live updates: %s", status.value)
            self.status_changed.emit(status)

    # -- handing on -------------------------------------------------------------------------
    def _deliver(self, change: Change) -> None:
        if change.serial:
            if change.serial in self._seen_set:
                return
            if len(self._seen) == self._seen.maxlen:
                self._seen_set.discard(self._seen[0])
            self._seen.append(change.serial)
            self._seen_set.add(change.serial)
        self.changes.emit(change)

    def _read_log(self, since: datetime, after_serial: int = 0) -> list[Change]:
        with self.db.read() as s:
            rows = s.execute(
                select(
                    LiveChange.id,
                    LiveChange.table_name,
                    LiveChange.row_ids,
                    LiveChange.kind,
                    LiveChange.author,
                    LiveChange.at,
                )
                .where(LiveChange.at >= since, LiveChange.id > after_serial)
                .order_by(LiveChange.id)
            ).all()
        out = []
        for serial, table, ids, kind, author, _at in rows:
            out.append(Change(table, None if ids is None else frozenset(ids), kind, author, serial))
        return out

    async def _catch_up(self) -> None:
        since = self._mark - CATCH_UP_MARGIN
        self._mark = utcnow()
        for change in await asyncio.to_thread(self._read_log, since):
            self._deliver(change)

    # -- PostgreSQL ---------------------------------------------------------------------------
    def _conninfo(self) -> str:
        url = make_url(self.db.url).set(drivername="postgresql")
        return url.render_as_string(hide_password=False)

    async def _listen_postgres(self) -> None:
        import psycopg

        if not self._has_listener:
            await self._listener_came.wait()
        conninfo = self._conninfo()
        first = True
        while True:
            try:
                conn = await psycopg.AsyncConnection.connect(
                    conninfo,
                    autocommit=True,
                    application_name=f"shequn live {self.identity.client}"[:63],
                )
                async with conn:
                    await conn.execute(f"LISTEN {CHANNEL}")
                    if not first:  # what was committed while nobody listened
                        await self._catch_up()
                    first = False
                    self._set_status(FeedStatus.LIVE)
                    async for note in conn.notifies():
                        change = Change.decode(note.payload)
                        if change is not None:
                            self._deliver(change)
            except (psycopg.OperationalError, OSError) as exc:
                log.warning("live updates: connection lost (%s); polling", exc)
            first = False
            self._set_status(FeedStatus.POLLING)
            try:
                await self._catch_up()
            except Exception as exc:  # the database itself is unreachable: keep trying
                log.warning("live updates: polling failed (%s)", exc)
            await asyncio.sleep(self.poll_interval)

    # -- SQLite -------------------------------------------------------------------------------
    async def _watch_sqlite(self) -> None:
        path = make_url(self.db.url).database
        if not path or path == ":memory:":
            return  # nobody else can write to a private in-memory database
        conn = sqlite3.connect(path, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout = 1000")
            last_version = conn.execute("PRAGMA data_version").fetchone()[0]
            self._last_serial = conn.execute(
                "SELECT COALESCE(MAX(id), 0) FROM live_changes"
            ).fetchone()[0]
            self._set_status(FeedStatus.LIVE)
            while True:
                await asyncio.sleep(self.sqlite_interval)
                version = conn.execute("PRAGMA data_version").fetchone()[0]
                if version == last_version:
                    continue
                last_version = version
                # SQLite commits one writer at a time, so ids follow commit order.
                for change in self._changes_after(conn, self._last_serial):
                    self._last_serial = max(self._last_serial, change.serial)
                    self._deliver(change)
        finally:
            conn.close()

    @staticmethod
    def _changes_after(conn: sqlite3.Connection, serial: int) -> Iterable[Change]:
        import json

        rows = conn.execute(
            "SELECT id, table_name, row_ids, kind, author FROM live_changes WHERE id > ?"
            " ORDER BY id",
            (serial,),
        ).fetchall()
        for row_serial, table, ids_json, kind, author in rows:
            ids = json.loads(ids_json) if ids_json is not None else None
            yield Change(table, None if ids is None else frozenset(ids), kind, author, row_serial)
