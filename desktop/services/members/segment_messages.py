"""Segments as DM targets (M6): one email to every member of a segment or filter.

Each member gets one DM delivery through the outbox; its template (``{name}`` and the
other send-time variables) is rendered when it goes out, and the dispatcher applies the
consent, frequency and quiet-hour rules then, like for any other message. The
idempotency key holds a campaign id and the member, so sending the same campaign again
(a retry, a double click) queues nothing new. Members without an email address are
counted and left out.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain.enums import ChannelKind, ConsentPurpose, ContactChannel, DeliveryKind
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.templates import TemplateProblem, check
from desktop.services.members.segments import SegmentService
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.services.sending.render import AUTO_VARIABLES
from desktop.store.db import Database
from desktop.store.models import Delivery, Member, MemberContact, Tag

PURPOSES = (ConsentPurpose.MARKETING, ConsentPurpose.SERVICE)
ALLOWED_VARIABLES = AUTO_VARIABLES  # filled at send time from the member and workspace
CHUNK = 500


class SegmentMessageError(ValueError):
    def __init__(self, problems: dict[str, list[TemplateProblem] | str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class SegmentMessage:
    flt: SegmentFilter
    subject: str
    body: str
    purpose: ConsentPurpose
    due_at: datetime  # aware
    campaign_id: str
    # A workspace tag: members who chose topics on their preferences page and left this
    # one out are skipped at send time (marketing only).
    topic: str | None = None


@dataclass(frozen=True)
class SegmentMessageResult:
    members: int  # in the segment
    queued: int  # new deliveries
    already_queued: int  # same campaign sent before
    no_email: int  # left out: no email address


def new_campaign_id() -> str:
    return uuid.uuid4().hex[:16]


def delivery_key(campaign_id: str, member_id: int) -> str:
    return f"segdm:{campaign_id}:{member_id}"


def validate(msg: SegmentMessage) -> dict[str, list[TemplateProblem] | str]:
    """Problems per field ("subject", "body", "purpose", "due_at", "campaign_id")."""
    problems: dict[str, list[TemplateProblem] | str] = {}
    for name, source in (("subject", msg.subject), ("body", msg.body)):
        found = check(source, ALLOWED_VARIABLES)
        if found:
            problems[name] = found
    if msg.purpose not in PURPOSES:
        problems["purpose"] = "purpose"
    if msg.due_at.tzinfo is None:
        problems["due_at"] = "due_at"
    if not msg.campaign_id.strip() or len(msg.campaign_id) > 40:
        problems["campaign_id"] = "campaign_id"
    return problems


class SegmentMessageService:
    def __init__(self, db: Database, segments: SegmentService, outbox: OutboxService) -> None:
        self.db = db
        self.segments = segments
        self.outbox = outbox

    def topics(self) -> list[str]:
        """The workspace's tags, which members choose from as topics."""
        with self.db.read() as s:
            return list(s.scalars(select(Tag.name).order_by(Tag.name)))

    def reach(self, flt: SegmentFilter) -> tuple[int, int]:
        """(members in the filter, of whom without an email address)."""
        ids = self.segments.member_ids(flt)
        return len(ids), len(ids) - len(self.emailable(ids))

    def emailable(self, ids: list[int]) -> dict[int, str]:
        """Member id → display name, for the members among ``ids`` with an email."""
        out: dict[int, str] = {}
        with self.db.read() as s:
            for i in range(0, len(ids), CHUNK):
                chunk = ids[i : i + CHUNK]
                for mid, name in s.execute(
                    select(Member.id, Member.display_name)
                    .where(
                        Member.id.in_(chunk),
                        Member.id.in_(
                            select(MemberContact.member_id).where(
                                MemberContact.channel == ContactChannel.EMAIL
                            )
                        ),
                    )
                    .order_by(Member.id)
                ):
                    out[mid] = name
        return out

    def send(self, msg: SegmentMessage) -> SegmentMessageResult:
        ids = self.segments.member_ids(msg.flt)
        targets = self.emailable(ids)
        queued, existing = self.send_to(msg, targets)
        return SegmentMessageResult(
            members=len(ids),
            queued=queued,
            already_queued=existing,
            no_email=len(ids) - len(targets),
        )

    def send_to(self, msg: SegmentMessage, targets: dict[int, str]) -> tuple[int, int]:
        """Queue ``msg`` for these members (id → name); returns (queued, queued before)."""
        problems = validate(msg)
        if problems:
            raise SegmentMessageError(problems)
        items = [
            NewDelivery(
                kind=DeliveryKind.DM,
                channel=ChannelKind.EMAIL,
                due_at=msg.due_at,
                idempotency_key=delivery_key(msg.campaign_id, mid),
                subject=msg.subject,
                body=msg.body,
                purpose=msg.purpose,
                member_id=mid,
                template_values={"name": name},
                topic=msg.topic or None,
            )
            for mid, name in targets.items()
        ]
        keys = [n.idempotency_key for n in items]
        existing = 0
        with self.db.read() as s:
            for i in range(0, len(keys), CHUNK):
                existing += len(
                    list(
                        s.scalars(
                            select(Delivery.id).where(
                                Delivery.idempotency_key.in_(keys[i : i + CHUNK])
                            )
                        )
                    )
                )
        for i in range(0, len(items), CHUNK):
            self.outbox.enqueue_many(items[i : i + CHUNK])
        return len(items) - existing, existing


__all__ = [
    "PURPOSES",
    "SegmentMessage",
    "SegmentMessageError",
    "SegmentMessageResult",
    "SegmentMessageService",
    "delivery_key",
    "new_campaign_id",
    "validate",
]
