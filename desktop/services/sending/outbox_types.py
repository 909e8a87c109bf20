"""Plain data the outbox service takes and returns (what the outbox view binds to)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus


class OutboxError(ValueError):
    pass


@dataclass(frozen=True)
class NewDelivery:
    kind: DeliveryKind
    channel: ChannelKind
    due_at: datetime  # aware
    idempotency_key: str  # same key twice → the first row is kept, nothing is duplicated
    body: str
    subject: str = ""
    body_html: str | None = None
    purpose: ConsentPurpose = ConsentPurpose.SERVICE
    member_id: int | None = None
    group_id: int | None = None
    recipient: str | None = None  # explicit address; else the member's contact at send time
    channel_account_id: int | None = None  # None → the first enabled account of the channel
    template_values: dict[str, str] | None = None  # set → body etc. are rendered at send time
    in_reply_to: str | None = None  # a reply: the Message-ID it answers (email threading)
    references: str | None = None  # a reply: the References chain, space-separated
    post_id: int | None = None
    conversation_id: int | None = None
    enrolment_id: int | None = None
    topic: str | None = None  # marketing about a workspace tag (members' topic choices)


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: DeliveryKind
    channel: ChannelKind
    channel_account_id: int | None
    purpose: ConsentPurpose
    member_id: int | None
    group_id: int | None
    recipient: str | None
    subject: str
    preview: str  # first line of the body, for the table
    due_at: datetime
    next_attempt_at: datetime | None
    status: DeliveryStatus
    attempts: int
    last_error: str | None
    status_reason: str | None
    sent_at: datetime | None
    external_id: str | None
    done_by: int | None
    member_name: str | None = None  # the member's display name, when it goes to a member
    member_erased: bool = False  # the member was erased: their name is no longer theirs
    member_address: str | None = None  # where it goes on the row's channel (for a tooltip)


@dataclass(frozen=True)
class OutboxFilter:
    statuses: tuple[DeliveryStatus, ...] = ()
    channel: ChannelKind | None = None
    member_id: int | None = None
    post_id: int | None = None
    text: str = ""  # substring of subject or recipient
    due_from: datetime | None = None
    due_to: datetime | None = None
    newest_first: bool = True


@dataclass(frozen=True)
class OutboxCursor:
    due_at: datetime
    id: int


@dataclass(frozen=True)
class OutboxPage:
    rows: list[OutboxRow]
    cursor: OutboxCursor | None  # pass back for the next page; None on the last one


@dataclass(frozen=True)
class StatusCounts:
    by_status: dict[DeliveryStatus, int] = field(default_factory=dict)
    due_now: int = 0  # pending and due (what the dispatcher will pick next)

    def get(self, status: DeliveryStatus) -> int:
        return self.by_status.get(status, 0)
