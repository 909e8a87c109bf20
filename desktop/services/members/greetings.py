"""Greetings (M7): birthday and periodic greeting rules that queue personalised
deliveries through the outbox. The outbox renders the template at send time and the
dispatcher applies consent, frequency caps and quiet hours, like for any other message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import extract, select

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.templates import TemplateError, render
from desktop.services.members.segments import apply_filter
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.services.workspace.zone import zone_of
from desktop.store.db import Database
from desktop.store.models import GreetingRule, Member, Segment, WorkspaceSettings

_HHMM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
KINDS = ("birthday", "periodic")


class GreetingError(ValueError):
    pass


@dataclass
class GreetingDraft:
    name: str
    template: str
    kind: str = "birthday"
    channel: ChannelKind = ChannelKind.EMAIL
    subject: str = ""
    time_of_day: str = "09:00"
    every_days: int | None = None  # periodic only
    segment_id: int | None = None
    enabled: bool = True
    id: int | None = None


class GreetingService:
    def __init__(self, db: Database, outbox: OutboxService) -> None:
        self.db = db
        self.outbox = outbox

    def validate(self, d: GreetingDraft) -> list[str]:
        problems = []
        if not d.name.strip():
            problems.append("name")
        if d.kind not in KINDS:
            problems.append("kind")
        if not _HHMM.match(d.time_of_day):
            problems.append("time_of_day")
        if d.kind == "periodic" and (d.every_days is None or d.every_days < 1):
            problems.append("every_days")
        try:
            for source in (d.subject, d.template):
                render(source, {"name": "x", "group": "x"}, strict=True)
        except TemplateError:
            problems.append("template")
        if not d.template.strip():
            problems.append("template")
        return problems

    def save(self, d: GreetingDraft) -> int:
        problems = self.validate(d)
        if problems:
            raise GreetingError(", ".join(problems))
        with self.db.write() as s:
            r = GreetingRule() if d.id is None else s.get(GreetingRule, d.id)
            if r is None:
                raise KeyError(d.id)
            r.name = d.name.strip()[:80]
            r.kind = d.kind
            r.channel = str(d.channel)
            r.subject = d.subject
            r.template = d.template
            r.time_of_day = d.time_of_day
            r.every_days = d.every_days if d.kind == "periodic" else None
            r.segment_id = d.segment_id
            r.enabled = d.enabled
            s.add(r)
            s.flush()
            return r.id

    def list(self) -> list[GreetingDraft]:
        with self.db.read() as s:
            return [
                GreetingDraft(
                    r.name,
                    r.template,
                    r.kind,
                    ChannelKind(r.channel),
                    r.subject,
                    r.time_of_day,
                    r.every_days,
                    r.segment_id,
                    r.enabled,
                    r.id,
                )
                for r in s.scalars(select(GreetingRule).order_by(GreetingRule.name))
            ]

    def queue_due(self, today: date) -> int:
        """Queue today's greetings of every enabled rule; safe to call any number of times
        a day (the idempotency key holds rule, member and day or period)."""
        with self.db.read() as s:
            settings = s.get(WorkspaceSettings, 1)
            tz = zone_of(settings)
            rules = list(s.scalars(select(GreetingRule).where(GreetingRule.enabled.is_(True))))
            segments = {g.id: SegmentFilter.from_dict(g.filter) for g in s.scalars(select(Segment))}
            items: list[NewDelivery] = []
            for rule in rules:
                flt = segments.get(rule.segment_id or -1, SegmentFilter())
                stmt = apply_filter(select(Member.id, Member.display_name), flt)
                if rule.kind == "birthday":
                    stmt = stmt.where(
                        extract("month", Member.birthday) == today.month,
                        extract("day", Member.birthday) == today.day,
                    )
                    period = today.isoformat()
                else:
                    every = max(rule.every_days or 1, 1)
                    if today.toordinal() % every != rule.id % every:
                        continue  # not this rule's day of the period
                    period = f"p{today.toordinal() // every}"
                hh, mm = (int(x) for x in rule.time_of_day.split(":"))
                due = datetime.combine(today, time(hh, mm), tzinfo=tz).astimezone(UTC)
                for mid, name in s.execute(stmt):
                    items.append(
                        NewDelivery(
                            kind=DeliveryKind.GREETING,
                            channel=ChannelKind(rule.channel),
                            due_at=due,
                            idempotency_key=f"greeting:{rule.id}:{mid}:{period}",
                            subject=rule.subject,
                            body=rule.template,
                            # A greeting is not something the member asked for: it needs
                            # the same opt-in as marketing.
                            purpose=ConsentPurpose.MARKETING,
                            member_id=mid,
                            template_values={"name": name},
                        )
                    )
        if items:
            self.outbox.enqueue_many(items)
        return len(items)  # queued or already queued earlier today
