"""Welcome journeys (W1–W10): ordered steps attached to groups, and member enrolments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import DelayAnchor, StepChannel, WelcomeStepKind
from desktop.store.base import Base, TimestampMixin, utcnow


class WelcomeJourney(Base, TimestampMixin):
    __tablename__ = "welcome_journeys"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every save; a save made from an older copy is refused (no silent overwrites)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The teammate who saved it last, by name (see migration 0020): shown when a save
    # meets this newer copy. None in solo mode and for the worker's writes.
    saved_by: Mapped[str | None] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(default=True)

    steps: Mapped[list[WelcomeStep]] = relationship(
        back_populates="journey",
        order_by="WelcomeStep.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class WelcomeStep(Base, TimestampMixin):
    __tablename__ = "welcome_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every save; a save made from an older copy is refused (no silent overwrites)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The teammate who saved it last, by name (see migration 0020): shown when a save
    # meets this newer copy. None in solo mode and for the worker's writes.
    saved_by: Mapped[str | None] = mapped_column(String(80))
    journey_id: Mapped[int] = mapped_column(
        ForeignKey("welcome_journeys.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    kind: Mapped[WelcomeStepKind] = mapped_column(String(20), default=WelcomeStepKind.CUSTOM)
    title: Mapped[str] = mapped_column(String(120))
    channel: Mapped[StepChannel] = mapped_column(String(20), default=StepChannel.EMAIL)
    delay_minutes: Mapped[int] = mapped_column(default=0)
    delay_anchor: Mapped[DelayAnchor] = mapped_column(String(20), default=DelayAnchor.PREVIOUS)
    subject: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(Text, default="")
    enabled: Mapped[bool] = mapped_column(default=True)
    variant: Mapped[str] = mapped_column(String(10), default="")  # "" or an A/B label

    journey: Mapped[WelcomeJourney] = relationship(back_populates="steps")


class Enrolment(Base):
    """A member's progress through a journey; one per member, journey and group."""

    __tablename__ = "enrolments"
    __table_args__ = (
        UniqueConstraint("journey_id", "member_id", "group_id", name="uq_enrolments_once"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("welcome_journeys.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    next_position: Mapped[int] = mapped_column(default=0)
    next_due_at: Mapped[datetime | None] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(20), default="active")
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    # Issue 6: the A/B side, when the member joined, the last step sent, why it stopped.
    ab_variant: Mapped[str] = mapped_column(String(10), default="", server_default="")
    joined_at: Mapped[datetime | None]
    last_step_at: Mapped[datetime | None]
    stop_reason: Mapped[str | None] = mapped_column(String(60))
    info_answered_at: Mapped[datetime | None]
