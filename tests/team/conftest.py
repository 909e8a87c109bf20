"""Team mode against a real PostgreSQL 15: one cluster per session, one database per test.

The cluster is started by ``PgServer`` (see pg_server.py). Missing PostgreSQL binaries are
a failure, not a skip: team mode is a product feature, and a green run without a server
would prove nothing. Install them with ``.ci/test-deps``.

``pg_url`` is a fresh copy of a template database already migrated to head, so a test
starts from the schema the app would create, without paying for the migrations again.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.config import ENV_DATABASE_URL, Paths, resolve_paths
from desktop.services.workspace.service import ensure_settings
from desktop.store.db import Database
from desktop.store.migrate import migrate

from .pg_server import PgServer, PostgresMissing, find_bindir

TEMPLATE = "shequn_template"


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    try:
        bindir = find_bindir()
    except PostgresMissing as exc:
        missing = str(exc)
    else:
        missing = ""
    if missing:
        pytest.fail(missing, pytrace=False)  # a failure, never a skip
    server = PgServer(bindir)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to head once; tests get copies of it."""
    pg_server.create_database(TEMPLATE)
    db = Database(pg_server.url(TEMPLATE))
    try:
        migrate(db.engine)
    finally:
        db.dispose()  # CREATE DATABASE … TEMPLATE needs it without connections
    return TEMPLATE


@pytest.fixture
def pg_empty_url(pg_server: PgServer) -> Iterator[str]:
    """An empty database (no tables, no extensions)."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """A database at the head schema, for this test only."""
    name = pg_server.create_database(template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def team_paths(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Paths:
    """The workspace an operator gets with ``SHEQUN_DATABASE_URL`` pointing at the server."""
    monkeypatch.setenv(ENV_DATABASE_URL, pg_url)
    paths = resolve_paths(tmp_path / "data")
    assert paths.database_url == pg_url
    return paths


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """The database as ``open_workspace`` leaves it (settings row, calendar slots)."""
    db = Database(pg_url, pool_pre_ping=True)
    ensure_settings(db)
    yield db
    db.dispose()


@pytest.fixture
def two(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Two teammates' app runtimes (A and B) on one team database."""
    from desktop.services.runtime import Runtime

    from .live_helpers import teammate_paths

    monkeypatch.setenv(ENV_DATABASE_URL, pg_url)
    a = Runtime.open(teammate_paths(tmp_path, "a"))
    b = Runtime.open(teammate_paths(tmp_path, "b"))
    yield a, b
    a.close()
    b.close()
