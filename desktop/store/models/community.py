"""Groups, members, their contacts, tags, memberships and consent records."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import (
    ConsentPurpose,
    ContactChannel,
    DmFrequency,
    GroupType,
    Lifecycle,
    Platform,
    Role,
)
from desktop.store.base import Base, TimestampMixin, utcnow

member_tags = Table(
    "member_tags",
    Base.metadata,
    Column("member_id", ForeignKey("members.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True),
)

group_set_groups = Table(
    "group_set_groups",
    Base.metadata,
    Column("group_set_id", ForeignKey("group_sets.id", ondelete="CASCADE"), primary_key=True),
    Column("group_id", ForeignKey("groups.id", ondelete="CASCADE"), primary_key=True),
)


class Group(Base, TimestampMixin):
    __tablename__ = "groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every save; a save made from an older copy is refused (no silent overwrites)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The teammate who saved it last, by name (see migration 0020): shown when a save
    # meets this newer copy. None in solo mode and for the worker's writes.
    saved_by: Mapped[str | None] = mapped_column(String(80))
    name: Mapped[str] = mapped_column(String(80), index=True)
    platform: Mapped[Platform] = mapped_column(String(20), default=Platform.WECHAT)
    channel_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )
    external_id: Mapped[str | None] = mapped_column(String(255))
    # G1 positioning: purpose, target audience, planned actions
    purpose: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    actions: Mapped[str] = mapped_column(Text, default="")
    group_type: Mapped[GroupType] = mapped_column(String(20), default=GroupType.LONG_TERM)
    campaign_end: Mapped[date | None]
    capacity_override: Mapped[int | None]
    rules: Mapped[str] = mapped_column(Text, default="")
    red_lines: Mapped[str] = mapped_column(Text, default="")
    announcement: Mapped[str] = mapped_column(Text, default="")
    welcome_message: Mapped[str] = mapped_column(Text, default="")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    journey_id: Mapped[int | None] = mapped_column(
        ForeignKey("welcome_journeys.id", ondelete="SET NULL")
    )
    archived_at: Mapped[datetime | None]
    # The pattern a series was batch-created from ("拾光·北京 {n:02}"): a full group offers
    # the next sibling from it (G3/G4).
    series_pattern: Mapped[str | None] = mapped_column(String(80))
    # G6: what the announcement and welcome message carry — poster image, mini-program or
    # text link — as [{"kind": "poster"|"link"|"mini_program", "uri": "...", "caption": ""}].
    attachments: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # The group robot (a webhook ChannelAccount) its calendar posts go out through, besides
    # the group's main channel (issue 17).
    robot_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )

    parent: Mapped[Group | None] = relationship(remote_side="Group.id")
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="group", cascade="all, delete-orphan", passive_deletes=True
    )


class GroupSet(Base):
    """A saved set of groups, e.g. "北京全部群", used as a calendar view and post target."""

    __tablename__ = "group_sets"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    groups: Mapped[list[Group]] = relationship(secondary=group_set_groups)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)


class Member(Base, TimestampMixin):
    __tablename__ = "members"
    __table_args__ = (Index("ix_members_name_id", "display_name", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Bumped by every save; a save made from an older copy is refused (no silent overwrites)
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    # The teammate who saved it last, by name (see migration 0020): shown when a save
    # meets this newer copy. None in solo mode and for the worker's writes.
    saved_by: Mapped[str | None] = mapped_column(String(80))
    display_name: Mapped[str] = mapped_column(String(80))
    birthday: Mapped[date | None]
    source: Mapped[str] = mapped_column(String(80), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    lifecycle: Mapped[Lifecycle] = mapped_column(String(20), default=Lifecycle.INVITED)
    activity_score: Mapped[int] = mapped_column(default=0)
    dm_frequency: Mapped[DmFrequency] = mapped_column(String(10), default=DmFrequency.WEEKLY)
    timezone: Mapped[str | None] = mapped_column(String(64))
    quiet_start: Mapped[str | None] = mapped_column(String(5))
    quiet_end: Mapped[str | None] = mapped_column(String(5))
    last_interaction_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]

    contacts: Mapped[list[MemberContact]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True
    )
    tags: Mapped[list[Tag]] = relationship(secondary=member_tags)
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="member", cascade="all, delete-orphan", passive_deletes=True
    )


class MemberContact(Base):
    """How to reach a member on one channel; an address belongs to one member only."""

    __tablename__ = "member_contacts"
    __table_args__ = (UniqueConstraint("channel", "address", name="uq_member_contacts_address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    channel: Mapped[ContactChannel] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(255))

    member: Mapped[Member] = relationship(back_populates="contacts")


class Membership(Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("group_id", "member_id", name="uq_memberships_pair"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("groups.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(String(20), default=Role.MEMBER)
    joined_at: Mapped[datetime] = mapped_column(default=utcnow)
    left_at: Mapped[datetime | None]

    group: Mapped[Group] = relationship(back_populates="memberships")
    member: Mapped[Member] = relationship(back_populates="memberships")


class ConsentRecord(Base):
    """An append-only consent event (M4): the latest per channel and purpose wins."""

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_lookup", "member_id", "channel", "purpose", "recorded_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    channel: Mapped[str] = mapped_column(String(20))
    purpose: Mapped[ConsentPurpose] = mapped_column(String(20))
    granted: Mapped[bool]
    source: Mapped[str] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
