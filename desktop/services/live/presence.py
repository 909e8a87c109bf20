"""Who else is in a conversation, and the collisions presence is there to prevent.

A client that shows a thread writes a presence row (heartbeat every ``HEARTBEAT``), with
``typing`` while its reply box holds text; rows older than ``STALE`` mean nobody (an app
that crashed leaves no ghost for long). Each write is a change on the live feed, so the
others' thread headers update at once.

Collisions: ``replies_since`` is what teammates sent in a thread after the message the
operator last saw (the reply box asks before sending over it); ``take`` assigns a
conversation to the operator and, when it was someone else's, records a takeover notice
for that teammate (``notices_for``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from desktop.domain.enums import MessageDirection
from desktop.services.live.changes import LiveIdentity
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import AuditEntry, Conversation, Message, Operator, Presence

HEARTBEAT = timedelta(seconds=20)
STALE = timedelta(seconds=60)
TAKEN = "conversation.taken"


@dataclass(frozen=True)
class Present:
    name: str
    typing: bool


@dataclass(frozen=True)
class OtherReply:
    message_id: int
    author: str
    body: str
    sent_at: datetime


@dataclass(frozen=True)
class Takeover:
    conversation_id: int
    subject: str
    previous_id: int | None  # who had it (None: nobody)
    by_name: str  # who took it
    at: datetime


class PresenceService:
    def __init__(self, db: Database, identity: LiveIdentity) -> None:
        self.db = db
        self.identity = identity

    # -- presence ---------------------------------------------------------------------------
    def here(self, conversation_id: int, *, typing: bool = False) -> None:
        """This client shows the thread (and is typing, or not); also the heartbeat."""
        with self.db.write() as s:
            row = s.get(Presence, (conversation_id, self.identity.client))
            if row is None:
                if s.get(Conversation, conversation_id) is None:
                    return  # deleted meanwhile: nothing to be present in
                row = Presence(conversation_id=conversation_id, client=self.identity.client)
                s.add(row)
            row.name = self.identity.name[:80]
            row.typing = typing
            row.seen_at = utcnow()

    def leave(self, conversation_id: int) -> None:
        with self.db.write() as s:
            s.execute(
                delete(Presence).where(
                    Presence.conversation_id == conversation_id,
                    Presence.client == self.identity.client,
                )
            )

    def others(self, conversation_id: int) -> list[Present]:
        """Teammates in this thread now, typing ones first, each name once."""
        fresh = utcnow() - STALE
        with self.db.read() as s:
            rows = s.execute(
                select(Presence.name, Presence.typing)
                .where(
                    Presence.conversation_id == conversation_id,
                    Presence.client != self.identity.client,
                    Presence.seen_at >= fresh,
                )
                .order_by(Presence.typing.desc(), Presence.name)
            ).all()
        seen: dict[str, Present] = {}
        for name, typing in rows:
            if name not in seen:
                seen[name] = Present(name, bool(typing))
        return list(seen.values())

    # -- collisions ---------------------------------------------------------------------------
    def last_message_id(self, conversation_id: int) -> int:
        with self.db.read() as s:
            found = s.scalar(
                select(Message.id)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.id.desc())
                .limit(1)
            )
        return found or 0

    def replies_since(
        self, conversation_id: int, after_message_id: int, operator_id: int | None
    ) -> list[OtherReply]:
        """Replies a teammate sent in this thread after ``after_message_id``."""
        with self.db.read() as s:
            rows = s.execute(
                select(Message.id, Operator.name, Message.body_text, Message.sent_at)
                .outerjoin(Operator, Operator.id == Message.author_operator_id)
                .where(
                    Message.conversation_id == conversation_id,
                    Message.id > after_message_id,
                    Message.direction == MessageDirection.OUTBOUND,
                    (Message.author_operator_id != operator_id)
                    if operator_id is not None
                    else Message.id.is_not(None),
                )
                .order_by(Message.id)
            ).all()
        return [OtherReply(i, name or "", body or "", at) for i, name, body, at in rows]

    def take(self, conversation_id: int, operator_id: int) -> Takeover:
        """Assign the conversation to ``operator_id``; the previous assignee gets a notice."""
        with self.db.write() as s:
            conv = s.get(Conversation, conversation_id)
            if conv is None:
                raise KeyError(conversation_id)
            previous = conv.assignee_id
            taker = s.get(Operator, operator_id)
            by_name = taker.name if taker else ""
            now = utcnow()
            conv.assignee_id = operator_id
            if previous is not None and previous != operator_id:
                audit(
                    s,
                    TAKEN,
                    "conversation",
                    conversation_id,
                    operator_id,
                    {"from": previous, "by": by_name, "subject": conv.subject},
                    at=now,
                )
            return Takeover(conversation_id, conv.subject, previous, by_name, now)

    def notices_for(self, operator_id: int, since: datetime) -> list[Takeover]:
        """Conversations taken from ``operator_id`` after ``since``, oldest first."""
        with self.db.read() as s:
            rows = s.execute(
                select(AuditEntry.entity_id, AuditEntry.detail, AuditEntry.at)
                .where(AuditEntry.action == TAKEN, AuditEntry.at > since)
                .order_by(AuditEntry.at)
            ).all()
        out = []
        for conv_id, detail, at in rows:
            if detail.get("from") != operator_id or conv_id is None:
                continue
            out.append(
                Takeover(
                    conv_id, str(detail.get("subject", "")), operator_id, str(detail["by"]), at
                )
            )
        return out
