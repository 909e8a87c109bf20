"""Group robots: a group's robot, marks of robot sends in flight, the team's alert robot

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.add_column(sa.Column("robot_account_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            "fk_groups_robot_account_id_channel_accounts",
            "channel_accounts",
            ["robot_account_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_table(
        "robot_sending_marks",
        sa.Column("delivery_id", sa.Integer(), nullable=False),
        sa.Column("owner", sa.String(length=80), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["delivery_id"], ["deliveries.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("delivery_id"),
    )
    op.create_table(
        "team_alert_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("robot_account_id", sa.Integer(), nullable=True),
        sa.Column("reply_warn_minutes", sa.Integer(), nullable=False),
        sa.Column("on_reply_time", sa.Boolean(), nullable=False),
        sa.Column("on_failed_send", sa.Boolean(), nullable=False),
        sa.Column("on_worker_stop", sa.Boolean(), nullable=False),
        sa.Column("on_confirmation", sa.Boolean(), nullable=False),
        sa.Column("failed_seen_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["robot_account_id"], ["channel_accounts.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("team_alert_settings")
    op.drop_table("robot_sending_marks")
    with op.batch_alter_table("groups", schema=None) as batch_op:
        batch_op.drop_constraint("fk_groups_robot_account_id_channel_accounts", type_="foreignkey")
        batch_op.drop_column("robot_account_id")
