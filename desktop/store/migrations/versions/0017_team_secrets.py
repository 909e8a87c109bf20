"""team: account secrets encrypted with the team key, invite codes, worker loop heartbeats

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "team_vault",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("rotated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_vault")),
    )
    op.create_table(
        "team_secrets",
        sa.Column("ref", sa.String(length=200), nullable=False),
        sa.Column("ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_team_secrets")),
    )
    op.create_table(
        "team_invites",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("salt", sa.LargeBinary(), nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary(), nullable=False),
        sa.Column("key_fingerprint", sa.String(length=32), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("used_at", sa.DateTime(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("used_by", sa.String(length=120), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["operators.id"],
            name=op.f("fk_team_invites_created_by_operators"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_invites")),
    )
    op.create_table(
        "worker_loops",
        sa.Column("worker", sa.String(length=80), nullable=False),
        sa.Column("loop", sa.String(length=40), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("last_success_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("period_seconds", sa.Float(), nullable=False),
        sa.Column("heartbeat_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("worker", "loop", name=op.f("pk_worker_loops")),
    )
    op.create_index(
        op.f("ix_worker_loops_heartbeat_at"), "worker_loops", ["heartbeat_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_worker_loops_heartbeat_at"), table_name="worker_loops")
    op.drop_table("worker_loops")
    op.drop_table("team_invites")
    op.drop_table("team_secrets")
    op.drop_table("team_vault")
