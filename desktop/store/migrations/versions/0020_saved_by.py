"""Team mode: who saved a versioned row last, so a refused save can name them.

``saved_by`` on posts, groups, members, welcome journeys and step templates holds the
teammate's name, not their operator id: a teammate who leaves is deactivated (or, by an
admin cleaning up, removed), and "王芳 saved a newer version" must still read right then;
the worker and solo mode save without a name (NULL), and the dialog says "a teammate".

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("posts", "groups", "members", "welcome_journeys", "welcome_steps")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("saved_by", sa.String(length=80), nullable=True))


def downgrade() -> None:
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("saved_by")
