"""DM conversations and their messages (D1–D5)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
)
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
    __table_args__ = (
        # Keyset pagination walks (last_message_at DESC, id DESC).
        Index("ix_conversations_recent", "last_message_at", "id"),
        # The queue sorted by waiting time: (waiting_since, id) within a status.
        Index("ix_conversations_waiting", "status", "waiting_since", "id"),
        # One conversation per member and channel: threading looks it up on every mail.
        Index("ix_conversations_member_channel", "member_id", "channel"),
    )

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
    # The oldest inbound message not answered yet (None: nothing waits for the team);
    # the first-response standard runs from here.
    waiting_since: Mapped[datetime | None]
    resolved_at: Mapped[datetime | None]

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
    # Full-text search: an FTS5 index kept in sync by triggers on SQLite (migration 0005,
    # desktop/services/inbox/search.py), pg_trgm on PostgreSQL.

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
    subject: Mapped[str | None] = mapped_column(String(300))
    sender: Mapped[str | None] = mapped_column(String(255))  # the address it came from
    in_reply_to: Mapped[str | None] = mapped_column(String(255))
    reference_ids: Mapped[str | None] = mapped_column(Text)  # the References header
    # HTML mail that loads pictures from the internet: shown blocked until asked.
    has_remote_images: Mapped[bool] = mapped_column(default=False, server_default="0")
    # A system event shown in the thread ("unsubscribe"), None for ordinary messages.
    event: Mapped[str | None] = mapped_column(String(30))

    conversation: Mapped[Conversation] = relationship(back_populates="messages")
    attachments: Mapped[list[MessageAttachment]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="MessageAttachment.id"
    )


class MessageAttachment(Base):
    """A file that came with a mail: listed in the thread, saved to disk on demand."""

    __tablename__ = "message_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    content_type: Mapped[str] = mapped_column(String(120), default="application/octet-stream")
    size: Mapped[int] = mapped_column(default=0)
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ImapFolderState(Base):
    """How far one mailbox of one account has been read (UIDVALIDITY + the last UID stored).

    A message is stored in the same transaction that moves ``last_uid`` past it, so a crash
    at any point neither loses nor duplicates mail; a new UIDVALIDITY restarts from UID 1
    and Message-ID matching keeps the re-read from creating copies.
    """

    __tablename__ = "imap_folder_states"
    __table_args__ = (UniqueConstraint("account_id", "mailbox", name="uq_imap_folder_states_box"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("channel_accounts.id", ondelete="CASCADE"))
    mailbox: Mapped[str] = mapped_column(String(200), default="INBOX")
    uidvalidity: Mapped[int] = mapped_column(BigInteger, default=0)
    last_uid: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(20), default="unknown")
    last_error: Mapped[str | None] = mapped_column(Text)
    last_sync_at: Mapped[datetime | None]


class CannedReply(Base, TimestampMixin):
    """话术库 (D4): a reply picked by typing ``/`` + its shortcut, with {variables}."""

    __tablename__ = "canned_replies"

    id: Mapped[int] = mapped_column(primary_key=True)
    shortcut: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(120))
    body: Mapped[str] = mapped_column(Text)
    is_marketing: Mapped[bool] = mapped_column(default=False, server_default="0")


class InboxSettings(Base, TimestampMixin):
    """One row (id=1): reply-time standards, working hours, the banned-word list (D2, D7)."""

    __tablename__ = "inbox_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    first_response_minutes: Mapped[int] = mapped_column(default=120)
    resolution_minutes: Mapped[int] = mapped_column(default=24 * 60)
    warn_before_minutes: Mapped[int] = mapped_column(default=15)
    work_start: Mapped[str] = mapped_column(String(5), default="09:00")
    work_end: Mapped[str] = mapped_column(String(5), default="18:00")
    work_days: Mapped[list[int]] = mapped_column(JSON, default=lambda: [0, 1, 2, 3, 4])
    banned_words: Mapped[list[str]] = mapped_column(default=list)
