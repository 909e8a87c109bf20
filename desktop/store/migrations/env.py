"""Alembic environment: runs on the connection the app hands in (see desktop/store/migrate.py)."""

from typing import Literal

from alembic import context

from desktop.store.base import UTCDateTime
from desktop.store.models import Base
from desktop.store.schema_filters import include_name, include_object


def render_item(type_: str, obj: object, autogen_context: object) -> str | Literal[False]:
    # UTCDateTime is a Python-side conversion; the column itself is a plain DateTime.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime()"
    return False


config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app always passes its connection
    raise RuntimeError("run migrations through desktop.store.migrate")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    render_item=render_item,
    include_name=include_name,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
