"""Plain data passed between the dispatcher's database side and its sending side."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.consent import ConsentEvent
from desktop.domain.sending.rules import MemberPrefs, PastSend, SendPolicy
from desktop.services.member_pages.links import MemberLinks


@dataclass(frozen=True)
class ClaimedItem:
    id: int
    key: str
    kind: DeliveryKind
    channel: ChannelKind
    account_id: int | None
    purpose: ConsentPurpose
    member_id: int | None
    recipient: str
    subject: str
    body: str
    body_html: str | None
    template_values: dict[str, Any] | None
    attempts: int
    last_error: str | None
    in_reply_to: str | None = None
    references: str | None = None
    attachments: tuple[str, ...] = ()  # local image files a chat channel uploads
    reply: bool = False  # an operator's answer in a conversation (see sending_rules)
    topic: str | None = None  # marketing about a workspace tag


@dataclass
class MemberContext:
    name: str
    prefs: MemberPrefs
    consents: tuple[ConsentEvent, ...]
    history: list[PastSend] = field(default_factory=list)  # grows as the batch sends


@dataclass(frozen=True)
class AccountInfo:
    id: int
    kind: ChannelKind
    name: str
    config: dict[str, Any]
    secret_ref: str | None
    status: AccountStatus
    version: datetime  # updated_at: a changed account gets a fresh channel object


@dataclass(frozen=True)
class WorkspaceInfo:
    name: str
    brand: str
    policy: SendPolicy
    unsubscribe_url: str | None
    pages_base_url: str | None = None  # where member pages answer (public, else listening)


@dataclass(frozen=True)
class Batch:
    items: list[ClaimedItem]
    members: dict[int, MemberContext]
    accounts: dict[int, AccountInfo]
    default_accounts: dict[ChannelKind, int]
    workspace: WorkspaceInfo
    links: dict[int, MemberLinks] = field(default_factory=dict)  # member id → their links
    short_links: dict[int, MemberLinks] = field(default_factory=dict)  # the same, for chats


@dataclass(frozen=True)
class Outcome:
    """The full new state of one claimed row (every field, so updates can be batched)."""

    id: int
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None
    status_reason: str | None
    sent_at: datetime | None = None
    external_id: str | None = None
