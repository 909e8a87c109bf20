"""Schema objects the migrations create that have no model, for Alembic to leave alone:
the inbox's full-text search index (FTS5 virtual tables and their shadow tables on SQLite,
a pg_trgm index on PostgreSQL; see migrations/versions/0005_inbox.py)."""

from __future__ import annotations

SEARCH_INDEX_PREFIX = "messages_fts"
TRIGRAM_INDEX = "ix_messages_body_trgm"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    return not (type_ == "table" and (name or "").startswith(SEARCH_INDEX_PREFIX))


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, other: object
) -> bool:
    if type_ == "index" and name == TRIGRAM_INDEX:
        return False
    return include_name(name, type_, None)
