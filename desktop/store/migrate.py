"""Opening a workspace database safely: recognise bad files, back up, then migrate.

A file that is not SQLite, fails SQLite's own integrity check, or was written by a newer
version of the app is refused and never touched. Before any upgrade of a database that
already holds data, a consistent copy is written next to it under ``backups/``.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import OperationalError, ProgrammingError

from desktop.store.schema_version import shipped_head

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# PostgreSQL advisory lock held while upgrading: in team mode several operators may open a
# new version of the app at once; one upgrades, the others wait and find it done.
PG_MIGRATION_LOCK = 0x5348_4551_554E  # "SHEQUN"
SQLITE_MAGIC = b"SQLite format 3\x00"


class DatabaseProblem(Exception):
    """A database the app refuses to open; ``path`` is never modified."""

    def __init__(self, path: Path | None, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}" if path else reason)


class CorruptDatabase(DatabaseProblem):
    pass


class NewerDatabase(DatabaseProblem):
    pass


class TeamDatabaseUnreachable(DatabaseProblem):
    """Team mode: the PostgreSQL server did not answer or refused the sign-in. Nothing was
    touched; trying again later is the remedy (there is no file to set aside)."""


@dataclass(frozen=True)
class MigrationResult:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is only loaded when a migration is due

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def check_sqlite_file(path: Path) -> None:
    """Raise CorruptDatabase unless ``path`` is absent or a healthy SQLite database."""
    if not path.exists():
        return
    if path.is_dir():
        raise CorruptDatabase(path, "is a folder, not a database file")
    size = path.stat().st_size
    if size == 0:
        return  # SQLite treats an empty file as an empty database
    with path.open("rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header != SQLITE_MAGIC:
        raise CorruptDatabase(path, "is not a SQLite database")
    try:
        con = _connect_read_only(path)
        try:
            row = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(path, f"cannot be read: {exc}") from exc
    if not row or row[0] != "ok":
        raise CorruptDatabase(path, f"failed the integrity check: {row[0] if row else '?'}")


def current_revision(engine: Engine) -> str | None:
    """The stamped revision, read with plain SQL so opening a current database stays cheap."""
    try:
        with engine.connect() as conn:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    except (OperationalError, ProgrammingError):
        return None  # no version table yet
    if len(rows) > 1:
        raise DatabaseProblem(None, f"has several schema heads: {', '.join(rows)}")
    return rows[0] if rows else None


def _connect_read_only(path: Path) -> sqlite3.Connection:
    # A real file: URI (percent-encoded, file:///C:/… on Windows): a folder named "a#b" or
    # "50%" stays one path instead of being cut at the "#" or decoded.
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy through SQLite's backup API, which is consistent even with a WAL in use."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}-{label}{path.suffix}"
    src = _connect_read_only(path)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def list_backups(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{path.stem}-*{path.suffix}"), reverse=True)


def migrate(
    engine: Engine, sqlite_path: Path | None = None, target: str = "head"
) -> MigrationResult:
    """Bring the schema to ``target``; refuse databases from a newer app version."""
    before = current_revision(engine)
    if target == "head" and before == shipped_head():
        return MigrationResult(before, before, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    if before is not None:
        try:
            script.get_revision(before)
        except Exception as exc:
            raise NewerDatabase(
                sqlite_path, f"was written by a newer Shequn Desk (schema {before})"
            ) from exc
    head = script.get_current_head()
    assert head is not None
    wanted = head if target == "head" else target
    backup = None
    if before != wanted and sqlite_path is not None and _holds_data(engine):
        backup = backup_sqlite(sqlite_path, f"before-{wanted}")
        log.info("backed up database before upgrade to %s", backup.name)
    if before != wanted:
        cfg = alembic_config()
        with engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Held to the end of this transaction. Alembic reads the version table
                # again after it, so a waiter upgrades only what is still missing.
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, target)
    return MigrationResult(before, current_revision(engine) or wanted, backup)


def _holds_data(engine: Engine) -> bool:
    """Any table besides Alembic's own: then an upgrade has something to lose."""
    names = set(inspect(engine).get_table_names()) - {"alembic_version"}
    return bool(names)


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, target)
