"""welcome journeys: runner, verification, variants, funnel (issue 6)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("ab_variant", sa.String(length=10), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("joined_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_step_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("stop_reason", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("info_answered_at", sa.DateTime(), nullable=True))

    op.create_table(
        "welcome_step_variants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=10), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["welcome_steps.id"],
            name=op.f("fk_welcome_step_variants_step_id_welcome_steps"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welcome_step_variants")),
    )
    with op.batch_alter_table("welcome_step_variants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_welcome_step_variants_step_id"), ["step_id"], unique=False
        )

    op.create_table(
        "welcome_group_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("journey_id", sa.Integer(), nullable=False),
        sa.Column("attached_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_welcome_group_links_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["welcome_journeys.id"],
            name=op.f("fk_welcome_group_links_journey_id_welcome_journeys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welcome_group_links")),
        sa.UniqueConstraint("group_id", "journey_id", name="uq_welcome_group_links"),
    )

    op.create_table(
        "welcome_verifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("code_hash", sa.String(length=128), nullable=False),
        sa.Column("salt", sa.String(length=64), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("expires_at", sa.DateTime(), nullable=False),
        sa.Column("wrong_tries", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.DateTime(), nullable=True),
        sa.Column("verified_at", sa.DateTime(), nullable=True),
        sa.Column("verified_by", sa.String(length=20), nullable=True),
        sa.Column("flagged_at", sa.DateTime(), nullable=True),
        sa.Column("last_sent_at", sa.DateTime(), nullable=True),
        sa.Column("sends", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_welcome_verifications_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_welcome_verifications_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welcome_verifications")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_welcome_verifications_enrolment_id")),
    )
    with op.batch_alter_table("welcome_verifications", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_welcome_verifications_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_welcome_verifications_member_id"), ["member_id"], unique=False
        )

    op.create_table(
        "welcome_step_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("journey_id", sa.Integer(), nullable=False),
        sa.Column("step_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("variant", sa.String(length=10), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("delivery_id", sa.Integer(), nullable=True),
        sa.Column("reached_at", sa.DateTime(), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["delivery_id"],
            ["deliveries.id"],
            name=op.f("fk_welcome_step_events_delivery_id_deliveries"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_welcome_step_events_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["welcome_journeys.id"],
            name=op.f("fk_welcome_step_events_journey_id_welcome_journeys"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["step_id"],
            ["welcome_steps.id"],
            name=op.f("fk_welcome_step_events_step_id_welcome_steps"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welcome_step_events")),
        sa.UniqueConstraint("enrolment_id", "position", name="uq_welcome_step_events_once"),
    )
    with op.batch_alter_table("welcome_step_events", schema=None) as batch_op:
        batch_op.create_index(
            "ix_welcome_step_events_journey", ["journey_id", "reached_at"], unique=False
        )

    op.create_table(
        "welcome_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=120), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("done_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["done_by"],
            ["operators.id"],
            name=op.f("fk_welcome_tasks_done_by_operators"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["enrolments.id"],
            name=op.f("fk_welcome_tasks_enrolment_id_enrolments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_welcome_tasks_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_welcome_tasks")),
        sa.UniqueConstraint("enrolment_id", "key", name="uq_welcome_tasks_key"),
    )
    with op.batch_alter_table("welcome_tasks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_welcome_tasks_member_id"), ["member_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("welcome_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_welcome_tasks_member_id"))
    op.drop_table("welcome_tasks")
    with op.batch_alter_table("welcome_step_events", schema=None) as batch_op:
        batch_op.drop_index("ix_welcome_step_events_journey")
    op.drop_table("welcome_step_events")
    with op.batch_alter_table("welcome_verifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_welcome_verifications_member_id"))
        batch_op.drop_index(batch_op.f("ix_welcome_verifications_expires_at"))
    op.drop_table("welcome_verifications")
    op.drop_table("welcome_group_links")
    with op.batch_alter_table("welcome_step_variants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_welcome_step_variants_step_id"))
    op.drop_table("welcome_step_variants")
    with op.batch_alter_table("enrolments", schema=None) as batch_op:
        batch_op.drop_column("info_answered_at")
        batch_op.drop_column("stop_reason")
        batch_op.drop_column("last_step_at")
        batch_op.drop_column("joined_at")
        batch_op.drop_column("ab_variant")
