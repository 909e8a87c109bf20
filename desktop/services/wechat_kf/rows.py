"""Plain rows a sync page changes, and the Core statements that write them back.

The ingest reads the columns it needs as tuples, changes them in Python (the same rules as
``conversation_state.touch``) and writes each table back with one executemany by id: no ORM
object per message or per conversation (services/wechat_kf/ingest.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Table, Update, bindparam, update

from desktop.domain.enums import ConversationStatus
from desktop.store.base import table_of, utcnow
from desktop.store.models import Conversation, KfSession, Member, MemberContact, Message

CHUNK = 500  # ids per IN (...) list: well under SQLite's and PostgreSQL's limits


SESS_COLUMNS = (
    KfSession.id,
    KfSession.external_userid,
    KfSession.member_id,
    KfSession.conversation_id,
    KfSession.service_state,
    KfSession.servicer_userid,
    KfSession.last_user_message_at,
    KfSession.window_counted_since,
    KfSession.welcome_code,
    KfSession.welcome_code_at,
    KfSession.event_code,
    KfSession.event_code_at,
    KfSession.scene,
)


@dataclass
class SessRow:
    """A session as the page changes it (plain data: written back in one statement)."""

    id: int
    external_userid: str
    member_id: int
    conversation_id: int | None
    service_state: int
    servicer_userid: str | None = None
    last_user_message_at: datetime | None = None
    window_counted_since: datetime | None = None
    welcome_code: str | None = None
    welcome_code_at: datetime | None = None
    event_code: str | None = None
    event_code_at: datetime | None = None
    scene: str | None = None
    changed: bool = False

    def values(self) -> dict[str, object]:
        out = {c.key: getattr(self, c.key) for c in SESS_COLUMNS if c.key not in _KEYS}
        out["row_id"] = out.pop("id")
        return out


_KEYS = {"external_userid", "member_id", "conversation_id"}

CONV_COLUMNS = (
    Conversation.id,
    Conversation.last_message_at,
    Conversation.last_preview,
    Conversation.first_response_at,
    Conversation.first_inbound_at,
    Conversation.waiting_since,
    Conversation.unread,
    Conversation.status,
    Conversation.snoozed_until,
    Conversation.resolved_at,
)


@dataclass
class ConvRow:
    """The conversation columns a message changes (conversation_state.touch)."""

    id: int
    last_message_at: datetime
    last_preview: str
    first_response_at: datetime | None
    first_inbound_at: datetime | None
    waiting_since: datetime | None
    unread: int
    status: ConversationStatus
    snoozed_until: datetime | None
    resolved_at: datetime | None

    def values(self) -> dict[str, object]:
        out = {c.key: getattr(self, c.key) for c in CONV_COLUMNS}
        out["row_id"] = out.pop("id")
        # Core statements skip the ORM's onupdate: the row changed now.
        out["updated_at"] = utcnow()
        return out


# Core tables: executemany without an ORM step per row (the page is the unit of work).
MESSAGES = table_of(Message)
CONVERSATIONS = table_of(Conversation)
SESSIONS = table_of(KfSession)
MEMBERS = table_of(Member)
CONTACTS = table_of(MemberContact)
NEVER = datetime(1970, 1, 1, tzinfo=UTC)  # a new conversation's "last message" until touched


def by_id(table: Table, sample: dict[str, object]) -> Update:
    """``UPDATE table SET <the sample's columns> WHERE id = :row_id`` for executemany."""
    cols: dict[str, object] = {k: bindparam(k) for k in sample if k != "row_id"}
    return update(table).where(table.c.id == bindparam("row_id")).values(cols)


def int_chunks(values: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]
