"""Welcome journeys at run time (issue 6): variants, group links, codes, step events, tasks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.domain.enums import StepChannel
from desktop.store.base import Base, TimestampMixin, utcnow


class WelcomeStepVariant(Base, TimestampMixin):
    """Another version of a step: for another channel and/or an A/B label.

    The step row itself is the default version (its channel, label ""). A member gets the
    version matching their A/B label on the first channel they can be reached on.
    """

    __tablename__ = "welcome_step_variants"

    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(
        ForeignKey("welcome_steps.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(10), default="")  # "" / "A" / "B"
    channel: Mapped[StepChannel] = mapped_column(String(20), default=StepChannel.EMAIL)
    subject: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(Text, default="")


class WelcomeGroupLink(Base):
    """When a group got its journey: only members who join after that are enrolled."""

    __tablename__ = "welcome_group_links"
    __table_args__ = (UniqueConstraint("group_id", "journey_id", name="uq_welcome_group_links"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    journey_id: Mapped[int] = mapped_column(ForeignKey("welcome_journeys.id", ondelete="CASCADE"))
    attached_at: Mapped[datetime] = mapped_column(default=utcnow)


class WelcomeVerification(Base):
    """The one-time code of one enrolment (W3). Only a salted hash of the code is stored."""

    __tablename__ = "welcome_verifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(
        ForeignKey("enrolments.id", ondelete="CASCADE"), unique=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(128))
    salt: Mapped[str] = mapped_column(String(64))
    issued_at: Mapped[datetime]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    wrong_tries: Mapped[int] = mapped_column(default=0)
    locked_at: Mapped[datetime | None]
    verified_at: Mapped[datetime | None]
    verified_by: Mapped[str | None] = mapped_column(String(20))  # "reply" / "operator"
    flagged_at: Mapped[datetime | None]  # expired unverified: possibly a bot
    last_sent_at: Mapped[datetime | None]
    sends: Mapped[list[str]] = mapped_column(default=list)  # ISO times within the last hour


class WelcomeStepEvent(Base):
    """One enrolment reaching one step: what the funnel counts (W10)."""

    __tablename__ = "welcome_step_events"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "position", name="uq_welcome_step_events_once"),
        Index("ix_welcome_step_events_journey", "journey_id", "reached_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    journey_id: Mapped[int] = mapped_column(ForeignKey("welcome_journeys.id", ondelete="CASCADE"))
    step_id: Mapped[int | None] = mapped_column(ForeignKey("welcome_steps.id", ondelete="SET NULL"))
    position: Mapped[int]
    variant: Mapped[str] = mapped_column(String(10), default="")
    channel: Mapped[str] = mapped_column(String(20), default="")
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", ondelete="SET NULL")
    )
    reached_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]


class WelcomeTask(Base):
    """An onboarding task on a member's checklist (W6): introduce yourself, invite a friend…"""

    __tablename__ = "welcome_tasks"
    __table_args__ = (UniqueConstraint("enrolment_id", "key", name="uq_welcome_tasks_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("enrolments.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(120))
    done_at: Mapped[datetime | None]
    done_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))


class WelcomeReplyText(Base):
    """The workspace's own wording of one automatic verification reply (issue 6, W3).

    Rows exist only for texts an operator changed; every other reply uses the built-in
    Chinese default (``desktop.domain.welcome.replies.DEFAULTS``).
    """

    __tablename__ = "welcome_reply_texts"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)  # "wrong", "locked"…
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
