"""member pages (issue 20): members' page choices (language, topics), the workspace's
public address for links, "delete me" requests, short links for chat messages, and a
topic on deliveries.

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "member_page_prefs",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=True),
        sa.Column("topics", sa.JSON(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("member_id"),
    )
    op.create_table(
        "member_pages_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("public_base_url", sa.String(length=500), nullable=True),
        sa.Column("listen_url", sa.String(length=500), nullable=True),
        sa.Column("key_id", sa.String(length=40), nullable=False),
        sa.Column("show_activity", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("profile_editable", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "member_delete_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("confirmed_by", sa.Integer(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["confirmed_by"], ["operators.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_member_delete_requests_member_id", "member_delete_requests", ["member_id"])
    op.create_table(
        "member_short_links",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=1), nullable=False),
        sa.Column("key_tag", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("code"),
        sa.UniqueConstraint("member_id", "purpose", "key_tag", name="uq_short_link"),
    )
    with op.batch_alter_table("deliveries") as batch:
        batch.add_column(sa.Column("topic", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deliveries") as batch:
        batch.drop_column("topic")
    op.drop_table("member_short_links")
    op.drop_index("ix_member_delete_requests_member_id", table_name="member_delete_requests")
    op.drop_table("member_delete_requests")
    op.drop_table("member_pages_settings")
    op.drop_table("member_page_prefs")
