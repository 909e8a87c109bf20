"""Day-to-day community operations (issue 7): moderation, SOP ticks, retrospectives,
saved segments, greeting rules and the workspace's community policy."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from desktop.store.base import Base, TimestampMixin, utcnow


class ModerationAction(Base):
    """One step of the G5 ladder taken against a member in a group (append-only)."""

    __tablename__ = "moderation_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(10))  # warn | mute | remove
    rule: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    until: Mapped[datetime | None]  # end of a mute
    at: Mapped[datetime] = mapped_column(default=utcnow)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))


class SopTick(Base):
    """An SOP checklist item ticked for one group, with when and by whom (G8)."""

    __tablename__ = "sop_ticks"
    __table_args__ = (UniqueConstraint("group_id", "checklist", "item", name="uq_sop_ticks_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"))
    checklist: Mapped[str] = mapped_column(String(40))
    item: Mapped[str] = mapped_column(String(200))
    done_at: Mapped[datetime] = mapped_column(default=utcnow)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))


class Retrospective(Base, TimestampMixin):
    """A 复盘 for one group and period; ``figures`` is the snapshot shown when it was written."""

    __tablename__ = "retrospectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[date]
    period_end: Mapped[date]
    goal: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    causes: Mapped[str] = mapped_column(Text, default="")
    lessons: Mapped[str] = mapped_column(Text, default="")
    next_actions: Mapped[str] = mapped_column(Text, default="")
    figures: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Segment(Base, TimestampMixin):
    """A saved member filter (M6), stored as the fields of domain.segments.SegmentFilter."""

    __tablename__ = "segments"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    filter: Mapped[dict[str, Any]] = mapped_column(default=dict)


class GreetingRule(Base, TimestampMixin):
    """Birthday or periodic greeting (M7) that queues deliveries through the outbox."""

    __tablename__ = "greeting_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20), default="birthday")  # birthday | periodic
    channel: Mapped[str] = mapped_column(String(20), default="email")
    subject: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(Text, default="")
    time_of_day: Mapped[str] = mapped_column(String(5), default="09:00")
    every_days: Mapped[int | None]
    segment_id: Mapped[int | None] = mapped_column(ForeignKey("segments.id", ondelete="SET NULL"))
    enabled: Mapped[bool] = mapped_column(default=True)


class CommunityPolicy(Base):
    """One row (id=1): workspace rules for archiving, lifecycle and moderation."""

    __tablename__ = "community_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    auto_archive: Mapped[bool] = mapped_column(default=False)
    archive_after_days: Mapped[int] = mapped_column(default=3)
    silent_after_days: Mapped[int] = mapped_column(default=30)
    churned_after_days: Mapped[int] = mapped_column(default=90)
    ladder: Mapped[list[str]] = mapped_column(default=list)
    mute_hours: Mapped[int] = mapped_column(default=24)
