"""What one new message does to its conversation, whatever channel brought it."""

from __future__ import annotations

from datetime import datetime

from desktop.domain.enums import ConversationStatus
from desktop.store.models import Conversation


def touch(conv: Conversation, preview: str, at: datetime, inbound: bool) -> None:
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
