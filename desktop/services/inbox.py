"""The DM inbox as the UI works it (D1–D3, D9, W8): the queue, threads, and edits.

The queue is keyset-paged (never a COUNT on big tables) with filters — mine, unassigned,
urgent, status, label, channel — and three orders: newest activity, longest waiting,
priority. Every row carries its reply-time badge (``domain/sla.py``) computed from the
workspace's standards and working hours. Writes are short transactions.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from sqlalchemy import and_, case, delete, func, insert, or_, select
from sqlalchemy.orm import selectinload

from desktop.domain import sla
from desktop.domain.consent import ConsentEvent
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ConversationStatus,
    DeliveryKind,
    DeliveryStatus,
    MessageDirection,
    Priority,
)
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Conversation,
    Delivery,
    Enrolment,
    Group,
    InboxSettings,
    Label,
    Member,
    Membership,
    Message,
    MessageAttachment,
    Operator,
    WorkspaceSettings,
    conversation_labels,
)

PAGE_SIZE = 100
FAR_FUTURE = datetime(9999, 1, 1, tzinfo=UTC)


class QueueSort(StrEnum):
    RECENT = "recent"  # newest activity first
    WAITING = "waiting"  # longest waiting first (what the reply-time standard watches)
    PRIORITY = "priority"  # urgent, important, normal; newest first within each


_RANK = case(
    (Conversation.priority == Priority.URGENT, 0),
    (Conversation.priority == Priority.IMPORTANT, 1),
    else_=2,
)
_RANKS = {Priority.URGENT: 0, Priority.IMPORTANT: 1, Priority.NORMAL: 2}


@dataclass(frozen=True)
class QueueFilter:
    status: ConversationStatus | None = None
    assignee_id: int | None = None  # "mine": pass the current operator
    unassigned: bool = False
    urgent: bool = False
    label_id: int | None = None
    channel: ChannelKind | None = None
    sort: QueueSort = QueueSort.RECENT


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
    assignee_id: int | None = None
    assignee_name: str = ""
    waiting_since: datetime | None = None
    snoozed_until: datetime | None = None
    badge: sla.Badge = field(default_factory=lambda: sla.Badge(sla.SlaState.NONE))


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
    welcome: tuple[str, ...]  # "journey: step n"


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


class InboxService:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock

    # -- the queue ---------------------------------------------------------------------------

    def page(
        self,
        cursor: ConversationCursor | None = None,
        limit: int = PAGE_SIZE,
        status: ConversationStatus | None = None,
        flt: QueueFilter | None = None,
    ) -> ConversationPage:
        flt = flt or QueueFilter(status=status)
        if status is not None and flt.status is None:
            flt = QueueFilter(**{**flt.__dict__, "status": status})
        c = Conversation
        stmt = (
            select(c, Member.display_name, Operator.name)
            .join(Member, Member.id == c.member_id)
            .outerjoin(Operator, Operator.id == c.assignee_id)
            .options(selectinload(c.labels))
            .limit(limit + 1)
        )
        if flt.status is not None:
            stmt = stmt.where(c.status == flt.status)
        if flt.assignee_id is not None:
            stmt = stmt.where(c.assignee_id == flt.assignee_id)
        if flt.unassigned:
            stmt = stmt.where(c.assignee_id.is_(None))
        if flt.urgent:
            stmt = stmt.where(c.priority == Priority.URGENT)
        if flt.channel is not None:
            stmt = stmt.where(c.channel == flt.channel)
        if flt.label_id is not None:
            stmt = stmt.where(
                c.id.in_(
                    select(conversation_labels.c.conversation_id).where(
                        conversation_labels.c.label_id == flt.label_id
                    )
                )
            )
        if flt.sort == QueueSort.WAITING:
            waiting = func.coalesce(c.waiting_since, FAR_FUTURE)
            stmt = stmt.order_by(waiting.asc(), c.id.asc())
            if cursor is not None:
                w = cursor.waiting or FAR_FUTURE
                stmt = stmt.where(or_(waiting > w, and_(waiting == w, c.id > cursor.id)))
        elif flt.sort == QueueSort.PRIORITY:
            stmt = stmt.order_by(_RANK.asc(), c.last_message_at.desc(), c.id.desc())
            if cursor is not None:
                stmt = stmt.where(
                    or_(
                        cursor.rank < _RANK,
                        and_(cursor.rank == _RANK, c.last_message_at < cursor.last_message_at),
                        and_(
                            cursor.rank == _RANK,
                            c.last_message_at == cursor.last_message_at,
                            c.id < cursor.id,
                        ),
                    )
                )
        else:
            stmt = stmt.order_by(c.last_message_at.desc(), c.id.desc())
            if cursor is not None:
                stmt = stmt.where(
                    or_(
                        c.last_message_at < cursor.last_message_at,
                        and_(c.last_message_at == cursor.last_message_at, c.id < cursor.id),
                    )
                )
        settings = self.sla_settings()
        standard, hours, now = settings.standard(), settings.hours(), self._clock()
        with self.db.read() as s:
            result = s.execute(stmt).all()
        more = len(result) > limit
        rows = [_to_row(cv, name, op, standard, hours, now) for cv, name, op in result[:limit]]
        last = rows[-1] if rows else None
        next_cursor = (
            ConversationCursor(
                last.last_message_at, last.id, _RANKS[last.priority], last.waiting_since
            )
            if more and last
            else None
        )
        return ConversationPage(rows, next_cursor)

    def row(self, conversation_id: int) -> ConversationRow | None:
        stmt = (
            select(Conversation, Member.display_name, Operator.name)
            .join(Member, Member.id == Conversation.member_id)
            .outerjoin(Operator, Operator.id == Conversation.assignee_id)
            .where(Conversation.id == conversation_id)
            .options(selectinload(Conversation.labels))
        )
        settings = self.sla_settings()
        with self.db.read() as s:
            found = s.execute(stmt).first()
        if not found:
            return None
        return _to_row(
            found[0], found[1], found[2], settings.standard(), settings.hours(), self._clock()
        )

    # -- a thread ----------------------------------------------------------------------------

    def messages(self, conversation_id: int, mark_read: bool = True) -> list[MessageRow]:
        with self.db.read() as s:
            found = s.execute(
                select(Message, Delivery.status, Delivery.last_error, Operator.name)
                .outerjoin(Delivery, Delivery.id == Message.delivery_id)
                .outerjoin(Operator, Operator.id == Message.author_operator_id)
                .where(Message.conversation_id == conversation_id)
                .order_by(Message.sent_at, Message.id)
            ).all()
            ids = [m.id for m, *_ in found]
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
            rows = [
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
                )
                for m, st, err, op in found
            ]
        if mark_read:
            with self.db.write() as s:
                conv = s.get(Conversation, conversation_id)
                if conv is not None and conv.unread:
                    conv.unread = 0
        return rows

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

    # -- member panel --------------------------------------------------------------------------

    def member_panel(self, member_id: int) -> MemberPanel:
        with self.db.read() as s:
            m = s.get(
                Member,
                member_id,
                options=[selectinload(Member.contacts), selectinload(Member.tags)],
            )
            if m is None:
                raise KeyError(member_id)
            groups = tuple(
                s.scalars(
                    select(Group.name)
                    .join(Membership, Membership.group_id == Group.id)
                    .where(Membership.member_id == member_id, Membership.left_at.is_(None))
                    .order_by(Group.name)
                )
            )
            latest: dict[tuple[str, str], ConsentEvent] = {}
            for r in s.scalars(
                select(ConsentRecord)
                .where(ConsentRecord.member_id == member_id)
                .order_by(ConsentRecord.recorded_at, ConsentRecord.id)
            ):
                latest[(r.channel, r.purpose)] = ConsentEvent(
                    r.channel, ConsentPurpose(r.purpose), r.granted, r.recorded_at, r.source
                )
            posts = s.execute(
                select(Delivery.sent_at, Delivery.subject, Delivery.body)
                .where(
                    Delivery.member_id == member_id,
                    Delivery.status == DeliveryStatus.SENT,
                    Delivery.kind != DeliveryKind.DM,
                )
                .order_by(Delivery.sent_at.desc())
                .limit(5)
            ).all()
            welcome = s.execute(
                select(Enrolment.next_position, Enrolment.status, Enrolment.journey_id).where(
                    Enrolment.member_id == member_id
                )
            ).all()
            email = next((c.address for c in m.contacts if c.channel == "email"), "")
            return MemberPanel(
                member_id=m.id,
                name=m.display_name,
                source=m.source,
                lifecycle=str(m.lifecycle),
                email=email,
                groups=groups,
                tags=tuple(sorted(t.name for t in m.tags)),
                consents=tuple(
                    ConsentLine(e.channel, e.purpose, e.granted, e.source, e.recorded_at)
                    for e in latest.values()
                ),
                last_posts=tuple(
                    (at, subj or (body or "").strip().split("\n")[0][:60])
                    for at, subj, body in posts
                    if at is not None
                ),
                welcome=tuple(f"{j}:{pos}:{st}" for pos, st, j in welcome),
            )

    # -- reply-time standards ------------------------------------------------------------------

    def sla_settings(self) -> SlaSettings:
        with self.db.read() as s:
            row = s.get(InboxSettings, 1)
            ws = s.get(WorkspaceSettings, 1)
        tz = ws.timezone if ws is not None else "Asia/Shanghai"
        if row is None:
            return SlaSettings(timezone=tz)
        return SlaSettings(
            row.first_response_minutes,
            row.resolution_minutes,
            row.warn_before_minutes,
            row.work_start,
            row.work_end,
            tuple(row.work_days),
            tz,
        )

    def save_sla_settings(self, settings: SlaSettings) -> None:
        problems = settings.hours().problems()
        if settings.first_response_minutes <= 0 or settings.resolution_minutes <= 0:
            problems.append("minutes")
        if problems:
            raise ValueError("invalid reply-time settings: " + ", ".join(problems))
        with self.db.write() as s:
            row = s.get(InboxSettings, 1)
            if row is None:
                row = InboxSettings(id=1)
                s.add(row)
            row.first_response_minutes = settings.first_response_minutes
            row.resolution_minutes = settings.resolution_minutes
            row.warn_before_minutes = settings.warn_before_minutes
            row.work_start, row.work_end = settings.work_start, settings.work_end
            row.work_days = list(settings.work_days)

    def sla_summary(self, operator_id: int | None = None) -> sla.Summary:
        """For the status bar: breached and due-soon conversations still waiting."""
        settings = self.sla_settings()
        standard, hours, now = settings.standard(), settings.hours(), self._clock()
        stmt = select(Conversation.waiting_since).where(
            Conversation.waiting_since.is_not(None),
            Conversation.status.in_([ConversationStatus.OPEN, ConversationStatus.PENDING]),
        )
        if operator_id is not None:
            stmt = stmt.where(Conversation.assignee_id == operator_id)
        with self.db.read() as s:
            since = list(s.scalars(stmt))
        return sla.summarize(sla.first_response_badge(w, now, standard, hours) for w in since)

    # -- D9 team figures ------------------------------------------------------------------------

    def now(self) -> datetime:
        """The service's clock (tests pass a fixed one), for choosing a period."""
        return self._clock()

    def team_stats(self, since: datetime, until: datetime) -> list[OperatorStats]:
        hours = self.sla_settings().hours()
        with self.db.read() as s:
            convs = s.execute(
                select(
                    Conversation.assignee_id,
                    Conversation.first_inbound_at,
                    Conversation.first_response_at,
                    Conversation.resolved_at,
                ).where(
                    Conversation.first_inbound_at >= since, Conversation.first_inbound_at < until
                )
            ).all()
            replies = dict(
                s.execute(
                    select(Message.author_operator_id, func.count())
                    .where(
                        Message.direction == MessageDirection.OUTBOUND,
                        Message.sent_at >= since,
                        Message.sent_at < until,
                    )
                    .group_by(Message.author_operator_id)
                ).all()
            )
            names = dict(s.execute(select(Operator.id, Operator.name)).all())
        by: dict[int | None, list[tuple[datetime, datetime | None, datetime | None]]] = {}
        for op, first_in, first_out, resolved in convs:
            by.setdefault(op, []).append((first_in, first_out, resolved))
        out = []
        for op in sorted(set(by) | set(replies), key=lambda o: (o is None, names.get(o, ""))):
            items = by.get(op, [])
            fr = [sla.working_time_between(a, b, hours) for a, b, _ in items if b]
            rs = [sla.working_time_between(a, r, hours) for a, _, r in items if r]
            out.append(
                OperatorStats(
                    op,
                    names.get(op, "") if op is not None else "",
                    len(items),
                    int(replies.get(op, 0)),
                    statistics.median(fr) if fr else None,
                    len(rs),
                    statistics.median(rs) if rs else None,
                )
            )
        return out


def _to_row(
    c: Conversation,
    member_name: str,
    assignee: str | None,
    standard: sla.Standard,
    hours: sla.WorkingHours,
    now: datetime,
) -> ConversationRow:
    waiting = c.waiting_since
    active = c.status in (ConversationStatus.OPEN, ConversationStatus.PENDING)
    badge = (
        sla.first_response_badge(waiting, now, standard, hours)
        if active
        else sla.Badge(sla.SlaState.NONE)
    )
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
        assignee_id=c.assignee_id,
        assignee_name=assignee or "",
        waiting_since=waiting,
        snoozed_until=c.snoozed_until,
        badge=badge,
    )
