"""What every channel offers the dispatcher: capabilities, one message in, one result out.

The dispatcher hands a channel plain data (``OutgoingMessage``), never ORM rows, so a
channel can be tested and reused without a database. The result says what to do next:
record success, retry later, give up with the reason, or stop using the account until a
person fixes its credentials.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import Flag, auto
from typing import Protocol, runtime_checkable

from desktop.domain.enums import ChannelKind, ConsentPurpose


class Capability(Flag):
    NONE = 0
    POST_TO_GROUP = auto()
    DM_PERSON = auto()
    RECEIVE = auto()
    LIST_MEMBERS = auto()


@dataclass(frozen=True)
class Unsubscribe:
    """Where a marketing recipient can opt out (List-Unsubscribe and the footer)."""

    mailto: str | None = None  # "mailto:…"
    url: str | None = None  # "https://…", one-click capable


@dataclass(frozen=True)
class OutgoingMessage:
    delivery_id: int
    idempotency_key: str  # stable across retries and crashes: the channel's dedup key
    recipient: str  # address on this channel (email address, room id, …)
    subject: str
    text: str
    html: str | None = None
    purpose: ConsentPurpose = ConsentPurpose.SERVICE
    unsubscribe: Unsubscribe | None = None
    in_reply_to: str | None = None  # email threading of a reply
    references: str | None = None
    attachments: tuple[str, ...] = ()  # local file paths (images are shown inline where possible)


@dataclass(frozen=True)
class Sent:
    external_id: str | None = None


@dataclass(frozen=True)
class TemporaryError:
    reason: str
    retry_after: timedelta | None = None
    # True when the account as a whole cannot send right now (server down, refusing
    # connections): the rest of its batch waits instead of each failing on its own.
    account_wide: bool = False
    # True when the server only said "too fast" (HTTP 429, a robot's rate-limit code): the
    # send is retried after ``retry_after`` without counting as a failed attempt.
    rate_limited: bool = False


@dataclass(frozen=True)
class PermanentError:
    reason: str


@dataclass(frozen=True)
class AuthError:
    """The account's credentials were refused: no message of this account can go out."""

    reason: str


@dataclass(frozen=True)
class HandOff:
    """Nothing can be sent automatically: a person posts it (the manual channel)."""

    reason: str = ""


@dataclass(frozen=True)
class Awaiting:
    """Handed to the platform, which waits for a person to confirm (a WeCom 群发 task the
    group owner sends from the client): not sent yet, and nothing to retry."""

    external_id: str
    reason: str = ""


SendResult = Sent | TemporaryError | PermanentError | AuthError | HandOff | Awaiting


@runtime_checkable
class Channel(Protocol):
    kind: ChannelKind
    capabilities: Capability

    async def send(self, message: OutgoingMessage) -> SendResult:
        """Send one message; never raises for a delivery problem — returns it."""
        ...

    async def close(self) -> None:
        """Release connections; the next ``send`` reconnects."""
        ...


@runtime_checkable
class BatchChannel(Protocol):
    """A channel that sends a claimed batch in one go (one WeCom 群发 task for many of an
    owner's groups): one result per message, in order."""

    async def send_many(self, messages: list[OutgoingMessage]) -> list[SendResult]: ...


@dataclass(frozen=True)
class ConnectionCheck:
    ok: bool
    message: str  # "OK …" or the server's own words
