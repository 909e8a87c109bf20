"""WeCom customer groups: groups and members as synced, callbacks received, task reminders

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "wecom_chats",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("owner", sa.String(length=64), nullable=False),
        sa.Column("notice", sa.Text(), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=False),
        sa.Column("created_at_wecom", sa.DateTime(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=True),
        sa.Column("welcome_template_id", sa.String(length=64), nullable=True),
        sa.Column("join_way_config_id", sa.String(length=64), nullable=True),
        sa.Column("join_way_state", sa.String(length=30), nullable=True),
        sa.Column("join_way_qr", sa.String(length=500), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["account_id"], ["channel_accounts.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("account_id", "chat_id"),
    )
    op.create_index("ix_wecom_chats_group_id", "wecom_chats", ["group_id"])
    op.create_table(
        "wecom_chat_members",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("userid", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("type", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("join_time", sa.DateTime(), nullable=True),
        sa.Column("join_scene", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=30), nullable=False),
        sa.Column("is_admin", sa.Boolean(), nullable=False),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["member_id"], ["members.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("account_id", "chat_id", "userid"),
    )
    op.create_index("ix_wecom_chat_members_member_id", "wecom_chat_members", ["member_id"])
    op.create_table(
        "wecom_callbacks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("dedupe_key", sa.String(length=120), nullable=False),
        sa.Column("event", sa.String(length=60), nullable=False),
        sa.Column("change_type", sa.String(length=60), nullable=False),
        sa.Column("chat_id", sa.String(length=64), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("outcome", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["channel_accounts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("account_id", "dedupe_key", name="uq_wecom_callbacks_key"),
    )
    op.create_index("ix_wecom_callbacks_received", "wecom_callbacks", ["account_id", "received_at"])
    op.create_table(
        "wecom_sync_state",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("chats", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["account_id"], ["channel_accounts.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("account_id"),
    )
    op.create_table(
        "wecom_task_reminds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("msgid", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_wecom_task_reminds_msgid", "wecom_task_reminds", ["msgid"])


def downgrade() -> None:
    op.drop_index("ix_wecom_task_reminds_msgid", table_name="wecom_task_reminds")
    op.drop_table("wecom_task_reminds")
    op.drop_table("wecom_sync_state")
    op.drop_index("ix_wecom_callbacks_received", table_name="wecom_callbacks")
    op.drop_table("wecom_callbacks")
    op.drop_index("ix_wecom_chat_members_member_id", table_name="wecom_chat_members")
    op.drop_table("wecom_chat_members")
    op.drop_index("ix_wecom_chats_group_id", table_name="wecom_chats")
    op.drop_table("wecom_chats")
