"""The newest schema revision this app ships, so an up-to-date database opens without
loading Alembic at all (a test keeps this equal to the migration scripts' head)."""

HEAD_REVISION = "0001"
