"""calendar: the operator's holiday and make-up working day (调休) per date (C5, M4)

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "holiday_overrides",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_holiday_overrides")),
    )


def downgrade() -> None:
    op.drop_table("holiday_overrides")
