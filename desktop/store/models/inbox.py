"""DM conversations and their messages (D1–D5)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.domain.enums import ChannelKind, ConversationStatus, MessageDirection, Priority
from desktop.store.base import Base, TimestampMixin, utcnow
from desktop.store.models.community import Member

conversation_labels = Table(
    "conversation_labels",
    Base.metadata,
    Column("conversation_id", ForeignKey("conversations.id", ondelete="CASCADE"), primary_key=True),
    Column("label_id", ForeignKey("labels.id", ondelete="CASCADE"), primary_key=True),
)


class Label(Base):
    __tablename__ = "labels"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    color: Mapped[str] = mapped_column(String(9), default="#888888")


class Conversation(Base, TimestampMixin):
    __tablename__ = "conversations"
    # Keyset pagination walks (last_message_at DESC, id DESC).
    __table_args__ = (Index("ix_conversations_recent", "last_message_at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    channel: Mapped[ChannelKind] = mapped_column(String(20), default=ChannelKind.EMAIL)
    channel_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("channel_accounts.id", ondelete="SET NULL")
    )
    external_thread_id: Mapped[str | None] = mapped_column(String(255))
    subject: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[ConversationStatus] = mapped_column(String(20), default=ConversationStatus.OPEN)
    priority: Mapped[Priority] = mapped_column(String(20), default=Priority.NORMAL)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("operators.id", ondelete="SET NULL"))
    snoozed_until: Mapped[datetime | None]
    last_message_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_preview: Mapped[str] = mapped_column(String(200), default="")
    unread: Mapped[int] = mapped_column(default=0)
    first_inbound_at: Mapped[datetime | None]
    first_response_at: Mapped[datetime | None]

    member: Mapped[Member] = relationship()
    labels: Mapped[list[Label]] = relationship(secondary=conversation_labels)
    messages: Mapped[list[Message]] = relationship(
        back_populates="conversation",
        order_by="Message.sent_at",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_thread", "conversation_id", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    conversation_id: Mapped[int] = mapped_column(ForeignKey("conversations.id", ondelete="CASCADE"))
    direction: Mapped[MessageDirection] = mapped_column(String(4))
    author_operator_id: Mapped[int | None] = mapped_column(
        ForeignKey("operators.id", ondelete="SET NULL")
    )
    body_text: Mapped[str] = mapped_column(Text, default="")
    body_html: Mapped[str | None] = mapped_column(Text)
    external_id: Mapped[str | None] = mapped_column(String(255), index=True)
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
    is_feedback: Mapped[bool] = mapped_column(default=False)
    delivery_id: Mapped[int | None] = mapped_column(
        ForeignKey("deliveries.id", ondelete="SET NULL")
    )

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
