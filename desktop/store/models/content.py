"""Posts on the content calendar, their targets and attachments, and the materials archive."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import AttachmentKind, ContentType, MaterialKind, PostStatus
from desktop.store.base import Base, TimestampMixin
from desktop.store.models.community import Group

post_targets = Table(
    "post_targets",
    Base.metadata,
    Column("post_id", ForeignKey("posts.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
)


class Material(Base, TimestampMixin):
    """An archived, reusable piece (G9): plan, script/话术, poster, copy."""

    __tablename__ = "materials"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MaterialKind] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    file_path: Mapped[str | None] = mapped_column(String(500))
    tags: Mapped[list[str]] = mapped_column(default=list)


class Post(Base, TimestampMixin):
    __tablename__ = "posts"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every save; a save made from an older copy is refused (no silent overwrites)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The teammate who saved it last, by name (see migration 0020): shown when a save
    # meets this newer copy. None in solo mode and for the worker's writes.
    saved_by: Mapped[str | None] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text, default="")
    content_type: Mapped[ContentType] = mapped_column(String(20), default=ContentType.VALUE)
    status: Mapped[PostStatus] = mapped_column(String(20), default=PostStatus.DRAFT)
    # None while the post is a draft in the backlog; UTC otherwise.
    scheduled_at: Mapped[datetime | None] = mapped_column(index=True)
    material_id: Mapped[int | None] = mapped_column(ForeignKey("materials.id", ondelete="SET NULL"))
    recurrence: Mapped[dict[str, Any] | None] = mapped_column(default=None)
    recurrence_until: Mapped[date | None]
    created_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
    # Deleting from the calendar only marks the post, so undo can bring it back with its
    # targets, attachments and delivery history intact; queries skip marked posts.
    deleted_at: Mapped[datetime | None] = mapped_column(index=True)

    targets: Mapped[list[Group]] = relationship(secondary=post_targets)
    attachments: Mapped[list[PostAttachment]] = relationship(
        back_populates="post", cascade="all, delete-orphan", passive_deletes=True
    )


class PostAttachment(Base):
    __tablename__ = "post_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    post_id: Mapped[int] = mapped_column(ForeignKey("posts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AttachmentKind] = mapped_column(String(20))
    uri: Mapped[str] = mapped_column(String(1000))
    caption: Mapped[str] = mapped_column(String(200), default="")

    post: Mapped[Post] = relationship(back_populates="attachments")


class HolidayOverride(Base):
    """The operator's word on one date (C5, M4): a holiday, a make-up working day (调休) or an
    ordinary day, winning over the official data and the rule-based years after it."""

    __tablename__ = "holiday_overrides"

    day: Mapped[date] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # domain.calendar.holidays.OverrideKind
    name: Mapped[str] = mapped_column(String(40), default="", server_default="")
