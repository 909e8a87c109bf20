"""Team mode: row versions against silent overwrites, the change log behind live updates,
and who is looking at (or typing in) which conversation.

- ``version`` on posts, groups, members, welcome journeys and step templates: every save
  bumps it, and a save made from an older copy is refused (the UI opens a compare dialog).
- ``live_changes``: one row per committed write transaction and table (which ids, who);
  PostgreSQL also announces it with NOTIFY, and a client that lost its connection (or a
  solo workspace watched by ``PRAGMA data_version``) catches up from here.
- ``presence``: one row per (conversation, client) with a heartbeat; rows older than a
  minute mean nobody.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("posts", "groups", "members", "welcome_journeys", "welcome_steps")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.create_table(
        "live_changes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("table_name", sa.String(length=63), nullable=False),
        sa.Column("row_ids", sa.JSON(), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_live_changes")),
    )
    op.create_index(op.f("ix_live_changes_at"), "live_changes", ["at"])
    op.create_table(
        "presence",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("typing", sa.Boolean(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_presence_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", "client", name=op.f("pk_presence")),
    )


def downgrade() -> None:
    op.drop_table("presence")
    op.drop_index(op.f("ix_live_changes_at"), table_name="live_changes")
    op.drop_table("live_changes")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
