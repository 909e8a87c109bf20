"""inbox: a survey's own thank-you and "answer again" texts (D8)

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("dm_campaigns") as batch:
        batch.add_column(sa.Column("thanks_text", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("again_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("dm_campaigns") as batch:
        batch.drop_column("again_text")
        batch.drop_column("thanks_text")
