"""outbox sending: recipient, template values, status reason, holiday policy

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recipient", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("template_values", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("status_reason", sa.String(length=300), nullable=True))
        batch_op.create_index(
            "ix_deliveries_next_attempt", ["status", "next_attempt_at"], unique=False
        )
        batch_op.create_index("ix_deliveries_due_id", ["due_at", "id"], unique=False)
    # Rows written before this revision become due on their own due_at.
    op.execute("UPDATE deliveries SET next_attempt_at = due_at WHERE next_attempt_at IS NULL")
    with op.batch_alter_table("workspace_settings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "holiday_policy", sa.String(length=10), nullable=False, server_default="allow"
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("workspace_settings", schema=None) as batch_op:
        batch_op.drop_column("holiday_policy")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_index("ix_deliveries_due_id")
        batch_op.drop_index("ix_deliveries_next_attempt")
        batch_op.drop_column("status_reason")
        batch_op.drop_column("template_values")
        batch_op.drop_column("recipient")
