"""Schema migrations: empty → head, round trips, backups, refusing bad or newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.config import Paths
from desktop.services.workspace.service import open_workspace
from desktop.store.base import Base
from desktop.store.db import Database, sqlite_url
from desktop.store.migrate import (
    CorruptDatabase,
    NewerDatabase,
    alembic_config,
    current_revision,
    downgrade,
    head_revision,
    list_backups,
    migrate,
)


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def test_upgrade_from_empty_creates_every_model_table(tmp_path: Path) -> None:
    db = Database(sqlite_url(tmp_path / "a.db"))
    result = migrate(db.engine, tmp_path / "a.db")
    assert result.before is None and result.after == head_revision()
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert result.backup is None  # nothing to protect in a brand-new file


def test_schema_matches_models_after_upgrade(tmp_path: Path) -> None:
    """Autogenerate finds nothing to do: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = Database(sqlite_url(tmp_path / "a.db"))
    migrate(db.engine, tmp_path / "a.db")
    from desktop.store.schema_filters import include_name, include_object

    opts = {"include_name": include_name, "include_object": include_object}
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []


def test_downgrade_upgrade_round_trip_from_every_revision(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    db = Database(sqlite_url(path))
    migrate(db.engine, path)
    revisions = _revisions()
    downgrade(db.engine, "base")
    assert current_revision(db.engine) is None
    for rev in revisions:
        migrate(db.engine, path, target=rev)
        assert current_revision(db.engine) == rev
    assert current_revision(db.engine) == head_revision()


def test_upgrade_of_a_file_holding_data_writes_a_backup_first(tmp_path: Path) -> None:
    path = tmp_path / "b.db"
    db = Database(sqlite_url(path))
    migrate(db.engine, path)
    downgrade(db.engine, "base")
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE keepsake (v TEXT)"))
        conn.execute(text("INSERT INTO keepsake VALUES ('咖啡')"))
    result = migrate(db.engine, path)
    assert result.after == head_revision()
    assert result.backup is not None and result.backup.exists()
    assert list_backups(path)[0] == result.backup
    copy = sqlite3.connect(result.backup)
    assert copy.execute("SELECT v FROM keepsake").fetchall() == [("咖啡",)]
    copy.close()


def test_upgrade_from_every_earlier_revision_keeps_data_and_backs_up(tmp_path: Path) -> None:
    for rev in _revisions()[:-1]:
        path = tmp_path / f"{rev}.db"
        db = Database(sqlite_url(path))
        migrate(db.engine, path, target=rev)
        with db.engine.begin() as conn:
            conn.execute(text("INSERT INTO tags (name) VALUES ('咖啡')"))
        result = migrate(db.engine, path)
        assert result.backup is not None
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM tags")).scalars().all() == ["咖啡"]
        db.dispose()


def test_opening_an_up_to_date_workspace_writes_no_backup(paths: Paths) -> None:
    open_workspace(paths).db.dispose()
    again = open_workspace(paths)
    assert again.migration.backup is None and list_backups(paths.sqlite_path) == []
    again.db.dispose()


def test_corrupt_file_is_refused_and_untouched(paths: Paths) -> None:
    paths.ensure()
    garbage = b"this is not a database" * 100
    paths.sqlite_path.write_bytes(garbage)
    with pytest.raises(CorruptDatabase) as info:
        open_workspace(paths)
    assert info.value.path == paths.sqlite_path
    assert paths.sqlite_path.read_bytes() == garbage


def test_truncated_sqlite_file_is_refused(paths: Paths) -> None:
    opened = open_workspace(paths)
    opened.db.dispose()
    data = paths.sqlite_path.read_bytes()
    # Keep the header, damage the pages after it.
    damaged = data[:100] + b"\xff" * (len(data) - 100)
    paths.sqlite_path.write_bytes(damaged)
    with pytest.raises(CorruptDatabase):
        open_workspace(paths)
    assert paths.sqlite_path.read_bytes() == damaged


def test_newer_database_is_refused_and_untouched(paths: Paths) -> None:
    opened = open_workspace(paths)
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    opened.db.dispose()
    before = paths.sqlite_path.read_bytes()
    with pytest.raises(NewerDatabase):
        open_workspace(paths)
    assert paths.sqlite_path.read_bytes() == before


def test_sqlite_pragmas_and_immediate_writers(paths: Paths) -> None:
    opened = open_workspace(paths)
    with opened.db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    # A writer holds the RESERVED lock from its first statement (BEGIN IMMEDIATE), so a
    # second connection cannot start writing meanwhile.
    with opened.db.write() as s:
        s.execute(text("SELECT 1"))
        other = sqlite3.connect(paths.sqlite_path, timeout=0.1, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    opened.db.dispose()


def test_shipped_head_matches_alembic() -> None:
    from desktop.store.schema_version import shipped_head

    assert shipped_head() == head_revision()


def test_phone_numbers_typed_before_0013_are_rewritten_in_e164(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import MetaData, Table

    path = tmp_path / "p.db"
    db = Database(sqlite_url(path))
    migrate(db.engine, path, target="0012")
    typed = ["138 1234 5678", "+86 139-0000-1111", "(+86)13812345678", "not a number"]
    # The tables as they were at 0012 (today's models have columns added since).
    with db.engine.begin() as conn:
        old = MetaData()
        members = Table("members", old, autoload_with=conn)
        contacts = Table("member_contacts", old, autoload_with=conn)
        now = datetime.now(UTC).replace(tzinfo=None)
        for i, phone in enumerate(typed):
            member_id = conn.execute(
                members.insert().values(
                    display_name=f"m{i}",
                    source="",
                    notes="",
                    lifecycle="invited",
                    activity_score=0,
                    dm_frequency="weekly",
                    created_at=now,
                    updated_at=now,
                )
            ).inserted_primary_key[0]
            conn.execute(
                contacts.insert().values(member_id=member_id, channel="phone", address=phone)
            )
    migrate(db.engine, path)
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT address FROM member_contacts ORDER BY id")).scalars()
        # The third is the first one's number: left as typed for the operator to merge.
        assert rows.all() == [
            "+8613812345678",
            "+8613900001111",
            "(+86)13812345678",
            "not a number",
        ]
    db.dispose()
