"""One conversation as the UI works it (D3, W8): its messages, attachments and the edits.

Status, priority, assignee, labels, feedback marks and internal notes. Every write is a
short transaction of its own.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import ColumnElement, delete, insert, select
from sqlalchemy.orm import Session

from desktop.domain.enums import (
    ChannelKind,
    ConversationStatus,
    DeliveryStatus,
    MessageDirection,
    Priority,
)
from desktop.services.inbox.types import AttachmentRow, LabelRow, MessageRow
from desktop.services.sending import Waiting, why_waiting
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Delivery,
    Label,
    Message,
    MessageAttachment,
    Operator,
    WorkspaceSettings,
    conversation_labels,
)


def _waiting_fields(w: Waiting | None) -> tuple[str | None, ChannelKind | None, bool]:
    return (None, None, False) if w is None else (w.reason, w.channel, w.account)


class ThreadService:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock

    # -- a thread ----------------------------------------------------------------------------

    def messages(self, conversation_id: int, mark_read: bool = True) -> list[MessageRow]:
        with self.db.read() as s:
            rows = _message_rows(s, Message.conversation_id == conversation_id)
        if mark_read:
            self.mark_read(conversation_id)
        return rows

    def messages_by_ids(
        self, conversation_id: int, ids: Collection[int], mark_read: bool = False
    ) -> list[MessageRow]:
        """The messages among ``ids`` that belong to the conversation, in thread order:
        what an open thread adds when the live feed names new or changed messages."""
        if not ids:
            return []
        with self.db.read() as s:
            rows = _message_rows(
                s, Message.conversation_id == conversation_id, Message.id.in_(sorted(ids))
            )
        if mark_read and rows:
            self.mark_read(conversation_id)
        return rows

    def messages_of_deliveries(
        self, conversation_id: int, delivery_ids: Collection[int]
    ) -> list[MessageRow]:
        """The conversation's replies sent through these deliveries (their state shows in
        the thread: queued, sent, failed), for an open thread the live feed told of."""
        if not delivery_ids:
            return []
        with self.db.read() as s:
            return _message_rows(
                s,
                Message.conversation_id == conversation_id,
                Message.delivery_id.in_(sorted(delivery_ids)),
            )

    def mark_read(self, conversation_id: int) -> None:
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is not None and conv.unread:
                conv.unread = 0

    def timezone(self) -> str:
        """The workspace's time zone: every time in the inbox is shown in it."""
        with self.db.read() as s:
            ws = s.get(WorkspaceSettings, 1)
        return ws.timezone if ws is not None and ws.timezone else "Asia/Shanghai"

    def save_attachment(self, attachment_id: int, target: Path) -> Path:
        """Write an attachment to ``target`` (a file, or a folder to put it in)."""
        with self.db.read() as s:
            a = s.get(MessageAttachment, attachment_id)
            if a is None:
                raise KeyError(attachment_id)
            name, content = Path(a.filename).name or "attachment", a.content
        path = target / name if target.is_dir() else target
        path.write_bytes(content)
        return path

    # -- edits -------------------------------------------------------------------------------

    def _edit(self, conversation_id: int, **values: object) -> None:
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            for k, v in values.items():
                setattr(conv, k, v)

    def set_status(
        self,
        conversation_id: int,
        status: ConversationStatus,
        snoozed_until: datetime | None = None,
    ) -> None:
        if status == ConversationStatus.SNOOZED and snoozed_until is None:
            snoozed_until = self._clock() + timedelta(days=1)
        self._edit(
            conversation_id,
            status=status,
            snoozed_until=snoozed_until if status == ConversationStatus.SNOOZED else None,
            resolved_at=self._clock() if status == ConversationStatus.RESOLVED else None,
        )

    def snooze(self, conversation_id: int, until: datetime) -> None:
        self.set_status(conversation_id, ConversationStatus.SNOOZED, until)

    def wake_snoozed(self) -> int:
        """Snoozed conversations whose time has come are open again; returns how many."""
        now = self._clock()
        with self.db.write() as s:
            convs = list(
                s.scalars(
                    select(Conversation).where(
                        Conversation.status == ConversationStatus.SNOOZED,
                        Conversation.snoozed_until <= now,
                    )
                )
            )
            for c in convs:
                c.status, c.snoozed_until = ConversationStatus.OPEN, None
        return len(convs)

    def set_priority(self, conversation_id: int, priority: Priority) -> None:
        self._edit(conversation_id, priority=priority)

    def assign(self, conversation_id: int, operator_id: int | None) -> None:
        self._edit(conversation_id, assignee_id=operator_id)

    def operators(self) -> list[tuple[int, str]]:
        with self.db.read() as s:
            return [
                (i, n)
                for i, n in s.execute(
                    select(Operator.id, Operator.name)
                    .where(Operator.active.is_(True))
                    .order_by(Operator.name)
                )
            ]

    # -- labels, feedback, notes --------------------------------------------------------------

    def labels(self) -> list[LabelRow]:
        with self.db.read() as s:
            return [
                LabelRow(lb.id, lb.name, lb.color)
                for lb in s.scalars(select(Label).order_by(Label.name))
            ]

    def set_labels(self, conversation_id: int, names: list[str]) -> None:
        """The conversation's labels become exactly ``names`` (new names are created)."""
        clean = list(dict.fromkeys(n.strip()[:40] for n in names if n.strip()))
        with self.db.write() as s:
            existing = {lb.name: lb for lb in s.scalars(select(Label).where(Label.name.in_(clean)))}
            for n in clean:
                if n not in existing:
                    existing[n] = Label(name=n)
                    s.add(existing[n])
            s.flush()
            s.execute(
                delete(conversation_labels).where(
                    conversation_labels.c.conversation_id == conversation_id
                )
            )
            if clean:
                s.execute(
                    insert(conversation_labels),
                    [
                        {"conversation_id": conversation_id, "label_id": existing[n].id}
                        for n in clean
                    ],
                )

    def set_feedback(self, message_id: int, is_feedback: bool = True) -> None:
        """W8: an inbound message counted as feedback."""
        with self.db.write() as s:
            m = s.get(Message, message_id)
            if m is None:
                raise KeyError(message_id)
            m.is_feedback = is_feedback

    def add_note(self, conversation_id: int, text: str, operator_id: int | None = None) -> int:
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
                author_operator_id=operator_id,
                body_text=text,
                sent_at=self._clock(),
            )
            s.add(msg)
            s.flush()
            return msg.id


def _message_rows(s: Session, *where: ColumnElement[bool]) -> list[MessageRow]:
    """Messages with their delivery state, author, attachments and why one waits."""
    found = s.execute(
        select(Message, Delivery.id, Delivery.status, Delivery.last_error, Operator.name)
        .outerjoin(Delivery, Delivery.id == Message.delivery_id)
        .outerjoin(Operator, Operator.id == Message.author_operator_id)
        .where(*where)
        .order_by(Message.sent_at, Message.id)
    ).all()
    ids = [m.id for m, *_ in found]
    waiting = why_waiting(s, [d for _m, d, st, *_ in found if st == "pending"])
    atts: dict[int, list[AttachmentRow]] = {}
    if ids:
        for a in s.execute(
            select(
                MessageAttachment.message_id,
                MessageAttachment.id,
                MessageAttachment.filename,
                MessageAttachment.content_type,
                MessageAttachment.size,
            ).where(MessageAttachment.message_id.in_(ids))
        ):
            atts.setdefault(a[0], []).append(AttachmentRow(a[1], a[2], a[3], a[4]))
    return [
        MessageRow(
            m.id,
            MessageDirection(m.direction),
            m.body_text,
            m.sent_at,
            m.is_feedback,
            m.body_html,
            m.has_remote_images,
            DeliveryStatus(st) if st else None,
            err,
            m.event,
            op or "",
            tuple(atts.get(m.id, ())),
            *_waiting_fields(waiting.get(d) if d is not None else None),
        )
        for m, d, st, err, op in found
    ]
