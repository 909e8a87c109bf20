"""Matrix: invitations to group rooms wait for an operator instead of being joined

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("matrix_rooms", schema=None) as batch_op:
        batch_op.add_column(sa.Column("invited_by", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("invited_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("matrix_rooms", schema=None) as batch_op:
        batch_op.drop_column("invited_at")
        batch_op.drop_column("invited_by")
