"""微信客服: served 客服账号 with their sync cursor, sessions (state, reply window, codes),
contact links per scene (issue 16)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamps() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "wechat_kf_accounts",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("app_account_id", sa.Integer(), nullable=True),
        sa.Column("open_kfid", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("serves_inbox", sa.Boolean(), nullable=False),
        sa.Column("welcome_text", sa.Text(), nullable=False),
        sa.Column("end_text", sa.Text(), nullable=False),
        sa.Column("journey_id", sa.Integer(), nullable=True),
        sa.Column("cursor", sa.String(length=64), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["channel_accounts.id"],
            name=op.f("fk_wechat_kf_accounts_account_id_channel_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["app_account_id"],
            ["channel_accounts.id"],
            name=op.f("fk_wechat_kf_accounts_app_account_id_channel_accounts"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["welcome_journeys.id"],
            name=op.f("fk_wechat_kf_accounts_journey_id_welcome_journeys"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("account_id", name=op.f("pk_wechat_kf_accounts")),
        sa.UniqueConstraint("open_kfid", name=op.f("uq_wechat_kf_accounts_open_kfid")),
    )
    op.create_table(
        "wechat_kf_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("external_userid", sa.String(length=64), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=True),
        sa.Column("service_state", sa.Integer(), nullable=False),
        sa.Column("servicer_userid", sa.String(length=64), nullable=True),
        sa.Column("last_user_message_at", sa.DateTime(), nullable=True),
        sa.Column("window_counted_since", sa.DateTime(), nullable=True),
        sa.Column("welcome_code", sa.String(length=128), nullable=True),
        sa.Column("welcome_code_at", sa.DateTime(), nullable=True),
        sa.Column("event_code", sa.String(length=128), nullable=True),
        sa.Column("event_code_at", sa.DateTime(), nullable=True),
        sa.Column("scene", sa.String(length=32), nullable=True),
        sa.Column("avatar_url", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["channel_accounts.id"],
            name=op.f("fk_wechat_kf_sessions_account_id_channel_accounts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_wechat_kf_sessions_conversation_id_conversations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_wechat_kf_sessions_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wechat_kf_sessions")),
        sa.UniqueConstraint("account_id", "external_userid", name="uq_wechat_kf_user"),
    )
    with op.batch_alter_table("wechat_kf_sessions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_wechat_kf_sessions_account_id"), ["account_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_wechat_kf_sessions_conversation_id"), ["conversation_id"], unique=False
        )
    op.create_table(
        "wechat_kf_contact_ways",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("scene", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=80), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["account_id"],
            ["channel_accounts.id"],
            name=op.f("fk_wechat_kf_contact_ways_account_id_channel_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wechat_kf_contact_ways")),
        sa.UniqueConstraint("account_id", "scene", name="uq_wechat_kf_scene"),
    )
    with op.batch_alter_table("wechat_kf_contact_ways", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_wechat_kf_contact_ways_account_id"), ["account_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("wechat_kf_contact_ways")
    op.drop_table("wechat_kf_sessions")
    op.drop_table("wechat_kf_accounts")
