"""DM inbox reads and the basic edits of issue-free work: status, priority, internal notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from desktop.domain.enums import ChannelKind, ConversationStatus, MessageDirection, Priority
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Conversation, Member, Message

PAGE_SIZE = 100


@dataclass(frozen=True)
class ConversationRow:
    id: int
    member_id: int
    member_name: str
    channel: ChannelKind
    subject: str
    status: ConversationStatus
    priority: Priority
    last_message_at: datetime
    last_preview: str
    unread: int
    labels: tuple[str, ...]


@dataclass(frozen=True)
class ConversationCursor:
    last_message_at: datetime
    id: int


@dataclass(frozen=True)
class ConversationPage:
    rows: list[ConversationRow]
    cursor: ConversationCursor | None


@dataclass(frozen=True)
class MessageRow:
    id: int
    direction: MessageDirection
    body_text: str
    sent_at: datetime
    is_feedback: bool


class InboxService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(
        self,
        cursor: ConversationCursor | None = None,
        limit: int = PAGE_SIZE,
        status: ConversationStatus | None = None,
    ) -> ConversationPage:
        """Most recent first, keyset-paged on (last_message_at, id)."""
        stmt = (
            select(Conversation, Member.display_name)
            .join(Member, Member.id == Conversation.member_id)
            .order_by(Conversation.last_message_at.desc(), Conversation.id.desc())
            .options(selectinload(Conversation.labels))
            .limit(limit + 1)
        )
        if status is not None:
            stmt = stmt.where(Conversation.status == status)
        if cursor is not None:
            stmt = stmt.where(
                or_(
                    Conversation.last_message_at < cursor.last_message_at,
                    and_(
                        Conversation.last_message_at == cursor.last_message_at,
                        Conversation.id < cursor.id,
                    ),
                )
            )
        with self.db.read() as s:
            result = s.execute(stmt).all()
        more = len(result) > limit
        rows = [_to_row(c, name) for c, name in result[:limit]]
        last = rows[-1] if rows else None
        next_cursor = ConversationCursor(last.last_message_at, last.id) if more and last else None
        return ConversationPage(rows, next_cursor)

    def row(self, conversation_id: int) -> ConversationRow | None:
        stmt = (
            select(Conversation, Member.display_name)
            .join(Member, Member.id == Conversation.member_id)
            .where(Conversation.id == conversation_id)
            .options(selectinload(Conversation.labels))
        )
        with self.db.read() as s:
            found = s.execute(stmt).first()
            return _to_row(found[0], found[1]) if found else None

    def messages(self, conversation_id: int, mark_read: bool = True) -> list[MessageRow]:
        with self.db.read() as s:
            msgs = s.scalars(
                select(Message)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.sent_at, Message.id)
            ).all()
            rows = [
                MessageRow(
                    m.id, MessageDirection(m.direction), m.body_text, m.sent_at, m.is_feedback
                )
                for m in msgs
            ]
        if mark_read:
            with self.db.write() as s:
                conv = s.get(Conversation, conversation_id)
                if conv is not None and conv.unread:
                    conv.unread = 0
        return rows

    def set_status(self, conversation_id: int, status: ConversationStatus) -> None:
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            conv.status = status

    def set_priority(self, conversation_id: int, priority: Priority) -> None:
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            conv.priority = priority

    def add_note(self, conversation_id: int, text: str) -> int:
        """An internal note: kept in the thread, never sent to the member."""
        text = text.strip()
        if not text:
            raise ValueError("empty note")
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            msg = Message(
                conversation_id=conversation_id,
                direction=MessageDirection.NOTE,
                body_text=text,
                sent_at=utcnow(),
            )
            s.add(msg)
            s.flush()
            return msg.id


def _to_row(c: Conversation, member_name: str) -> ConversationRow:
    return ConversationRow(
        id=c.id,
        member_id=c.member_id,
        member_name=member_name,
        channel=ChannelKind(c.channel),
        subject=c.subject,
        status=ConversationStatus(c.status),
        priority=Priority(c.priority),
        last_message_at=c.last_message_at,
        last_preview=c.last_preview,
        unread=c.unread,
        labels=tuple(lb.name for lb in c.labels),
    )
