"""Several operators opening the same database at the same moment (a new app version for
everyone on Monday morning): one upgrades the schema, the others wait for it, none fails."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

from sqlalchemy import func, select, text

from desktop.services.workspace.service import ensure_settings
from desktop.store.db import Database
from desktop.store.migrate import PG_MIGRATION_LOCK, current_revision, head_revision
from desktop.store.models import CalendarSlot, WorkspaceSettings

ROOT = Path(__file__).resolve().parents[2]
OPERATORS = 3
_MIGRATE = "import sys; from desktop.store.db import Database; from desktop.store.migrate "
_MIGRATE += "import migrate; db = Database(sys.argv[1]); print(migrate(db.engine).after)"


def _wait_for_waiters(conn: object, sql: str, n: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while conn.execute(text(sql)).scalar() < n:  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, f"fewer than {n} sessions waited"
        time.sleep(0.05)


def test_operators_upgrading_at_once_take_turns(pg_empty_url: str) -> None:
    """Each process waits on the migration lock (held here first), then upgrades or not."""
    watcher = Database(pg_empty_url)
    try:
        with watcher.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": PG_MIGRATION_LOCK})
            procs = [
                subprocess.Popen(
                    [sys.executable, "-c", _MIGRATE, pg_empty_url],
                    cwd=ROOT,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                for _ in range(OPERATORS)
            ]
            try:
                _wait_for_waiters(
                    conn,
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted",
                    OPERATORS,
                )
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": PG_MIGRATION_LOCK})
                conn.commit()
            results = [p.communicate(timeout=60) for p in procs]
        for p, (out, err) in zip(procs, results, strict=True):
            assert p.returncode == 0, err
            assert out.strip() == head_revision()
        assert current_revision(watcher.engine) == head_revision()
    finally:
        watcher.dispose()


def test_first_open_by_two_operators_at_once_fills_settings_once(pg_url: str) -> None:
    dbs = [Database(pg_url) for _ in range(2)]
    errors: list[BaseException] = []
    try:
        with dbs[0].engine.connect() as conn:
            # Reads go on, writes wait: both operators see no settings row, then both insert.
            conn.execute(text("LOCK TABLE workspace_settings IN EXCLUSIVE MODE"))

            def open_(db: Database) -> None:
                try:
                    ensure_settings(db)
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=open_, args=(db,)) for db in dbs]
            for t in threads:
                t.start()
            try:
                # Both are waiting: on the table, or (once fixed) one on the other.
                _wait_for_waiters(
                    conn, "SELECT count(DISTINCT pid) FROM pg_locks WHERE NOT granted", 2
                )
            finally:
                conn.commit()  # releases the table lock
                for t in threads:
                    t.join(30)
        with dbs[0].read() as s:
            settings_rows = s.scalar(select(func.count()).select_from(WorkspaceSettings))
            slots = s.scalar(select(func.count()).select_from(CalendarSlot))
    finally:
        for db in dbs:
            db.dispose()
    assert not errors, errors
    assert settings_rows == 1 and slots == 3
