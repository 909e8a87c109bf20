"""What the inbox services hand to the UI: plain rows, filters, cursors and settings.

Kept apart from the queries so the UI (and tests) import the shapes without the SQL, and
so each service module stays small.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any

from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ConversationStatus,
    DeliveryStatus,
    MessageDirection,
    Priority,
)
from desktop.domain.inbox import sla

PAGE_SIZE = 100
FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)
RANKS = {Priority.URGENT: 0, Priority.IMPORTANT: 1, Priority.NORMAL: 2}
LABEL_SEP = "\x1f"  # joins a row's label names in one column (never typed in a name)


class QueueSort(StrEnum):
    RECENT = "recent"  # newest activity first
    WAITING = "waiting"  # longest waiting first (what the reply-time standard watches)
    PRIORITY = "priority"  # urgent, important, normal; newest first within each


@dataclass(frozen=True)
class QueueFilter:
    status: ConversationStatus | None = None
    assignee_id: int | None = None  # "mine": pass the current operator
    unassigned: bool = False
    urgent: bool = False
    label_id: int | None = None
    channel: ChannelKind | None = None
    sort: QueueSort = QueueSort.RECENT


def as_utc(value: Any) -> datetime | None:
    """A stored time as aware UTC: SQLite gives text, PostgreSQL a naive datetime."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value


_ACTIVE = (ConversationStatus.OPEN, ConversationStatus.PENDING)
_UNSET: Any = object()
BadgeFn = Callable[[datetime], sla.Badge]


class ConversationRow:
    """One line of the queue, read-only.

    Built from one result tuple of the queue query (columns in ``queue_query.row_columns``
    order) without decoding it: a page holds 100
    rows but the view paints about 20, and turning text into times, enums and reply-time
    badges costs more than the query itself. Each of those is decoded on first read.
    """

    __slots__ = ("_badge", "_badge_fn", "_labels", "_r", "_snoozed", "_waiting", "_when")

    def __init__(self, raw: tuple[Any, ...], badge_fn: BadgeFn | None = None) -> None:
        self._r = raw
        self._badge_fn = badge_fn
        self._when: Any = _UNSET
        self._waiting: Any = _UNSET
        self._snoozed: Any = _UNSET
        self._badge: Any = _UNSET
        self._labels: Any = _UNSET

    def __repr__(self) -> str:
        return f"ConversationRow(id={self.id}, member={self.member_name!r}, {self.status})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ConversationRow) and self._r == other._r

    def __hash__(self) -> int:
        return hash(self._r)

    @property
    def id(self) -> int:
        return self._r[0]

    @property
    def member_id(self) -> int:
        return self._r[1]

    @property
    def member_name(self) -> str:
        return self._r[2]

    @property
    def channel(self) -> ChannelKind:
        return ChannelKind(self._r[3])

    @property
    def subject(self) -> str:
        return self._r[4]

    @property
    def status(self) -> ConversationStatus:
        return ConversationStatus(self._r[5])

    @property
    def priority(self) -> Priority:
        return Priority(self._r[6])

    @property
    def last_message_at(self) -> datetime:
        if self._when is _UNSET:
            self._when = as_utc(self._r[7])
        return self._when

    @property
    def last_preview(self) -> str:
        return self._r[8]

    @property
    def unread(self) -> int:
        return self._r[9]

    @property
    def assignee_id(self) -> int | None:
        return self._r[10]

    @property
    def assignee_name(self) -> str:
        return self._r[11] or ""

    @property
    def waiting_since(self) -> datetime | None:
        if self._waiting is _UNSET:
            self._waiting = as_utc(self._r[12])
        return self._waiting

    @property
    def snoozed_until(self) -> datetime | None:
        if self._snoozed is _UNSET:
            self._snoozed = as_utc(self._r[13])
        return self._snoozed

    @property
    def labels(self) -> tuple[str, ...]:
        if self._labels is _UNSET:
            joined = self._r[14]
            self._labels = tuple(joined.split(LABEL_SEP)) if joined else ()
        return self._labels

    @property
    def badge(self) -> sla.Badge:
        """Time left to answer (first-response standard) while the conversation is active."""
        if self._badge is _UNSET:
            waiting = self.waiting_since
            if waiting is None or self._badge_fn is None or self._r[5] not in _ACTIVE:
                self._badge = sla.Badge(sla.SlaState.NONE)
            else:
                self._badge = self._badge_fn(waiting)
        return self._badge


def queue_key(row: ConversationRow, sort: QueueSort) -> tuple[float, ...]:
    """Where a row sits in the queue: rows ascending by this key are in the order the
    queue's SQL gives them (a list places a row a teammate changed without re-reading)."""
    return _key(sort, row.last_message_at, row.id, RANKS[row.priority], row.waiting_since)


def cursor_key(cursor: ConversationCursor, sort: QueueSort) -> tuple[float, ...]:
    """``queue_key`` of the row a page ended on."""
    return _key(sort, cursor.last_message_at, cursor.id, cursor.rank, cursor.waiting)


def _key(
    sort: QueueSort, last: datetime | None, row_id: int, rank: int, waiting: datetime | None
) -> tuple[float, ...]:
    when = last.timestamp() if last is not None else float("-inf")
    if sort == QueueSort.WAITING:
        return ((waiting or FAR_FUTURE).timestamp(), row_id)
    if sort == QueueSort.PRIORITY:
        return (rank, -when, -row_id)
    return (-when, -row_id)


@dataclass(frozen=True)
class ConversationCursor:
    last_message_at: datetime
    id: int
    rank: int = 0
    waiting: datetime | None = None


@dataclass(frozen=True)
class ConversationPage:
    rows: list[ConversationRow]
    cursor: ConversationCursor | None


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    content_type: str
    size: int


@dataclass(frozen=True)
class MessageRow:
    id: int
    direction: MessageDirection
    body_text: str
    sent_at: datetime
    is_feedback: bool
    body_html: str | None = None
    has_remote_images: bool = False
    delivery_status: DeliveryStatus | None = None
    delivery_error: str | None = None
    event: str | None = None
    author_name: str = ""
    attachments: tuple[AttachmentRow, ...] = ()
    # A reply that cannot leave yet: the outbox's reason ("waiting: no enabled email
    # account", "postponed — quiet_hours …") and whether a person must fix an account.
    waiting_reason: str | None = None
    waiting_channel: ChannelKind | None = None
    waiting_for_account: bool = False

    @property
    def unsent(self) -> bool:
        """A reply to the member that has not gone out (queued, waiting or failed)."""
        return self.delivery_status in (
            DeliveryStatus.PENDING,
            DeliveryStatus.CLAIMED,
            DeliveryStatus.FAILED,
        )


@dataclass(frozen=True)
class SlaSettings:
    first_response_minutes: int = 120
    resolution_minutes: int = 24 * 60
    warn_before_minutes: int = 15
    work_start: str = "09:00"
    work_end: str = "18:00"
    work_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    timezone: str = "Asia/Shanghai"

    def standard(self) -> sla.Standard:
        return sla.Standard(
            timedelta(minutes=self.first_response_minutes),
            timedelta(minutes=self.resolution_minutes),
            timedelta(minutes=self.warn_before_minutes),
        )

    def hours(self) -> sla.WorkingHours:
        return sla.WorkingHours.from_settings(
            self.work_start, self.work_end, self.work_days, self.timezone
        )


@dataclass(frozen=True)
class ConsentLine:
    channel: str
    purpose: ConsentPurpose
    granted: bool
    source: str
    recorded_at: datetime


@dataclass(frozen=True)
class WelcomeLine:
    journey: str
    step: int  # steps sent so far
    steps: int  # steps in the journey (switched-on ones)
    status: str  # services.welcome_enrol.EnrolStatus


@dataclass(frozen=True)
class CampaignLine:
    name: str
    kind: str  # domain.dm_campaigns.CampaignKind
    state: str  # domain.dm_campaigns.EntryState
    winner: bool


@dataclass(frozen=True)
class MemberPanel:
    member_id: int
    name: str
    source: str
    lifecycle: str
    email: str
    groups: tuple[str, ...]
    tags: tuple[str, ...]
    consents: tuple[ConsentLine, ...]
    last_posts: tuple[tuple[datetime, str], ...]  # (sent at, subject or first line)
    welcome: tuple[WelcomeLine, ...]
    matrix_id: str = ""
    campaigns: tuple[CampaignLine, ...] = ()  # surveys, lotteries, collections entered


@dataclass(frozen=True)
class OperatorStats:
    operator_id: int | None
    name: str
    conversations: int
    replies: int
    first_response_median: timedelta | None  # working time
    resolved: int
    resolution_median: timedelta | None


@dataclass(frozen=True)
class LabelRow:
    id: int
    name: str
    color: str
