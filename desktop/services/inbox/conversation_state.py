"""What one new message does to its conversation, whatever channel brought it."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, ConversationStatus
from desktop.store.models import Conversation

_NEVER = datetime(1970, 1, 1, tzinfo=UTC)  # a new conversation's "last message" until touched


def member_conversation(
    s: Session,
    member_id: int,
    channel: ChannelKind,
    *,
    account_id: int | None,
    thread_id: str | None,
    subject: str = "",
) -> tuple[Conversation, bool]:
    """The member's latest conversation on ``channel``, or a new open one: (it, is new)."""
    conv = s.scalar(
        select(Conversation)
        .where(Conversation.member_id == member_id, Conversation.channel == channel)
        .order_by(Conversation.id.desc())
        .limit(1)
    )
    if conv is not None:
        return conv, False
    conv = Conversation(
        member_id=member_id,
        channel=channel,
        channel_account_id=account_id,
        subject=subject[:300],
        external_thread_id=thread_id,
        status=ConversationStatus.OPEN,
        unread=0,
        last_preview="",
        last_message_at=_NEVER,
    )
    s.add(conv)
    s.flush()
    return conv, True


class Touchable(Protocol):
    """What ``touch`` changes: a ``Conversation``, or a plain row of the same columns that a
    bulk ingest writes back in one statement (services/wechat_kf/ingest.py)."""

    last_message_at: datetime
    last_preview: str
    first_response_at: datetime | None
    first_inbound_at: datetime | None
    waiting_since: datetime | None
    unread: int
    status: ConversationStatus
    snoozed_until: datetime | None
    resolved_at: datetime | None


def touch(conv: Touchable, preview: str, at: datetime, inbound: bool) -> None:
    """Newest line and time; an inbound message counts as unread, starts the wait for a
    first response and wakes a snoozed or resolved conversation; an outbound one (our
    reply, sent from anywhere) ends the wait."""
    if conv.last_message_at is None or at >= conv.last_message_at:
        conv.last_message_at = at
        conv.last_preview = preview.strip()[:200]
    if not inbound:
        if conv.first_response_at is None and conv.first_inbound_at is not None:
            conv.first_response_at = at
        conv.waiting_since = None
        return
    conv.unread = (conv.unread or 0) + 1
    if conv.first_inbound_at is None:
        conv.first_inbound_at = at
    if conv.waiting_since is None:
        conv.waiting_since = at
    if conv.status != ConversationStatus.OPEN:
        conv.status = ConversationStatus.OPEN
        conv.snoozed_until = None
        conv.resolved_at = None
