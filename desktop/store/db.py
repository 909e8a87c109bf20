"""Engine and session setup.

SQLite gets WAL, foreign keys and a busy timeout on every connection, and its writers
start with ``BEGIN IMMEDIATE`` so two writers queue on the lock instead of failing
half-way with "database is locked". pysqlite's own transaction handling is switched off
for that (see the SQLAlchemy SQLite dialect docs, "Serializable isolation / Savepoints").
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Engine, Result, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 10_000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        immediate = conn.get_execution_options().get("sqlite_immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def normalise_url(url: str | URL) -> URL:
    """The URL with the driver the app ships: ``postgresql://`` (or ``postgres://``, as many
    hosting panels write it) means psycopg 3, not SQLAlchemy's default psycopg2."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str, **kwargs: Any) -> Engine:
    engine = create_engine(normalise_url(url), **kwargs)
    if engine.dialect.name == "sqlite":
        _install_sqlite_hooks(engine)
    return engine


def rowcount(result: Result[*tuple[Any, ...]]) -> int:
    """Rows an UPDATE or DELETE matched. ``Session.execute`` is typed as returning a plain
    Result; for those statements it is a CursorResult, which has the count."""
    if not isinstance(result, CursorResult):
        raise TypeError("not the result of an UPDATE or DELETE")
    return result.rowcount


class Database:
    """Owns the engine; hands out short-lived sessions for reading and writing."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.is_sqlite = self.engine.dialect.name == "sqlite"
        writer = (
            self.engine.execution_options(sqlite_immediate=True) if self.is_sqlite else self.engine
        )
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any exception."""
        with self._writer() as session, session.begin():
            yield session

    def session_factories(self) -> tuple[sessionmaker[Session], ...]:
        """Both session makers, for session event hooks (the live change feed's publisher)."""
        return (self._reader, self._writer)

    def dispose(self) -> None:
        self.engine.dispose()
