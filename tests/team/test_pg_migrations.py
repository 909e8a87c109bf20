"""Alembic on PostgreSQL: empty → head, the schema the models describe, and back again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, text

from desktop.store.base import Base
from desktop.store.db import Database, sqlite_url
from desktop.store.migrate import current_revision, downgrade, head_revision, migrate
from desktop.store.schema_filters import TRIGRAM_INDEX, include_name, include_object


def _diff(db: Database) -> list[object]:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    opts = {"include_name": include_name, "include_object": include_object}
    with db.engine.connect() as conn:
        return list(compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata))


def _key(item: object) -> object:
    """A dialect-neutral name for one autogenerate difference: (operation, table, name)."""
    if isinstance(item, list):
        return tuple(_key(x) for x in item)
    assert isinstance(item, tuple)
    parts: list[object] = [item[0]]
    for x in item[1:4]:
        parts.append(x if x is None or isinstance(x, str) else getattr(x, "name", type(x)))
    return tuple(parts)


def _sqlite_diff(folder: Path) -> list[object]:
    db = Database(sqlite_url(folder / "compare.db"))
    try:
        migrate(db.engine, folder / "compare.db")
        return _diff(db)
    finally:
        db.dispose()


def test_upgrade_empty_database_to_head_matches_the_models(
    pg_empty_url: str, tmp_path: Path
) -> None:
    db = Database(pg_empty_url)
    try:
        result = migrate(db.engine)  # no SQLite file: no backup step
        assert result.before is None and result.after == head_revision()
        assert result.backup is None
        insp = inspect(db.engine)
        pg_diff = _diff(db)
        # First what is PostgreSQL's own: the same differences as on SQLite, or none.
        assert [_key(d) for d in pg_diff] == [_key(d) for d in _sqlite_diff(tmp_path)], (
            "the migrations build a different schema on PostgreSQL than on SQLite"
        )
        # Then the real check (tests/test_migrations.py makes it on SQLite): autogenerate
        # finds nothing to do, the migrations and the models agree.
        assert pg_diff == [], "models and migrations disagree (on SQLite too)"
        assert set(Base.metadata.tables) <= set(insp.get_table_names())
        with db.engine.connect() as conn:
            assert conn.scalar(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"))
        assert TRIGRAM_INDEX in {ix["name"] for ix in insp.get_indexes("messages")}
        # Opening an up-to-date database does nothing.
        again = migrate(db.engine)
        assert again.before == again.after == head_revision()
    finally:
        db.dispose()


def test_downgrade_to_base_and_upgrade_again(pg_empty_url: str) -> None:
    db = Database(pg_empty_url)
    try:
        migrate(db.engine)
        fresh = [_key(d) for d in _diff(db)]
        downgrade(db.engine, "base")
        assert current_revision(db.engine) is None
        assert set(inspect(db.engine).get_table_names()) <= {"alembic_version"}
        migrate(db.engine)
        assert current_revision(db.engine) == head_revision()
        assert [_key(d) for d in _diff(db)] == fresh  # the same schema as the first time
    finally:
        db.dispose()
