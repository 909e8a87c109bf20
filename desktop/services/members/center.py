"""A member's personal center (M2): groups and roles, a timeline of everything received
and sent, strikes, consent (M4, recorded as new events only), DM preferences and quiet
hours; and the lifecycle rules (M3) that move members by their last interaction."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select, update

from desktop.domain.enums import ConsentPurpose, DmFrequency, Lifecycle, MessageDirection
from desktop.domain.members.lifecycle import LifecycleRules, standing
from desktop.domain.sending.consent import ALL_CHANNELS, ConsentEvent, ConsentVerdict, check_consent
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Conversation,
    Delivery,
    Enrolment,
    Group,
    Member,
    Membership,
    Message,
    ModerationAction,
    WelcomeJourney,
)

_HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
CONSENT_CHANNELS = ("email", "matrix", "telegram", "wechat", "phone", ALL_CHANNELS)


class TimelineKind(StrEnum):
    JOINED = "joined"
    LEFT = "left"
    RECEIVED = "received"  # a delivery to the member (post, DM, welcome step, greeting)
    DM_IN = "dm_in"
    DM_OUT = "dm_out"
    FEEDBACK = "feedback"
    WELCOME = "welcome"  # a journey started or finished
    MODERATION = "moderation"
    CONSENT = "consent"


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    kind: TimelineKind
    title: str  # data for the UI to show (group name, subject, rule…), not a sentence
    detail: str = ""


@dataclass(frozen=True)
class ConsentState:
    channel: str
    purpose: ConsentPurpose
    verdict: ConsentVerdict


@dataclass(frozen=True)
class ConsentRow:
    id: int
    channel: str
    purpose: ConsentPurpose
    granted: bool
    source: str
    recorded_at: datetime


@dataclass(frozen=True)
class ContactPrefs:
    dm_frequency: DmFrequency
    timezone: str | None
    quiet_start: str | None
    quiet_end: str | None


class MemberCenterService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- timeline ---------------------------------------------------------------------------------
    def timeline(self, member_id: int, limit: int = 500) -> list[TimelineEntry]:
        """Newest first: memberships, deliveries, DMs, welcome journeys, strikes, consent."""
        out: list[TimelineEntry] = []
        with self.db.read() as s:
            for name, joined, left in s.execute(
                select(Group.name, Membership.joined_at, Membership.left_at)
                .join(Group, Group.id == Membership.group_id)
                .where(Membership.member_id == member_id)
            ):
                out.append(TimelineEntry(joined, TimelineKind.JOINED, name))
                if left is not None:
                    out.append(TimelineEntry(left, TimelineKind.LEFT, name))
            for d in s.scalars(
                select(Delivery)
                .where(Delivery.member_id == member_id)
                .order_by(Delivery.due_at.desc())
                .limit(limit)
            ):
                title = d.subject or (d.body or "").strip().split("\n")[0][:80]
                out.append(
                    TimelineEntry(
                        d.sent_at or d.due_at,
                        TimelineKind.RECEIVED,
                        title,
                        f"{d.kind} · {d.channel} · {d.status}",
                    )
                )
            for m in s.scalars(
                select(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Conversation.member_id == member_id)
                .order_by(Message.sent_at.desc())
                .limit(limit)
            ):
                if m.direction == MessageDirection.NOTE:
                    continue
                kind = (
                    TimelineKind.FEEDBACK
                    if m.is_feedback
                    else TimelineKind.DM_IN
                    if m.direction == MessageDirection.INBOUND
                    else TimelineKind.DM_OUT
                )
                out.append(TimelineEntry(m.sent_at, kind, (m.body_text or "")[:80]))
            for e, journey in s.execute(
                select(Enrolment, WelcomeJourney.name)
                .join(WelcomeJourney, WelcomeJourney.id == Enrolment.journey_id)
                .where(Enrolment.member_id == member_id)
            ):
                out.append(TimelineEntry(e.started_at, TimelineKind.WELCOME, journey, "started"))
                if e.finished_at is not None:
                    out.append(
                        TimelineEntry(e.finished_at, TimelineKind.WELCOME, journey, e.status)
                    )
            for a, gname in s.execute(
                select(ModerationAction, Group.name)
                .join(Group, Group.id == ModerationAction.group_id)
                .where(ModerationAction.member_id == member_id)
            ):
                out.append(
                    TimelineEntry(a.at, TimelineKind.MODERATION, a.rule, f"{a.action} · {gname}")
                )
            for c in s.scalars(select(ConsentRecord).where(ConsentRecord.member_id == member_id)):
                out.append(
                    TimelineEntry(
                        c.recorded_at,
                        TimelineKind.CONSENT,
                        f"{c.channel} · {c.purpose}",
                        f"{'granted' if c.granted else 'refused'} · {c.source}",
                    )
                )
        out.sort(key=lambda e: e.at, reverse=True)
        return out[:limit]

    # -- consent (M4) -----------------------------------------------------------------------------
    def consent_history(self, member_id: int) -> list[ConsentRow]:
        with self.db.read() as s:
            return [
                ConsentRow(
                    c.id, c.channel, ConsentPurpose(c.purpose), c.granted, c.source, c.recorded_at
                )
                for c in s.scalars(
                    select(ConsentRecord)
                    .where(ConsentRecord.member_id == member_id)
                    .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
                )
            ]

    def consent_state(self, member_id: int) -> list[ConsentState]:
        """The verdict per channel and purpose, as the send-time rules will see it."""
        events = [
            ConsentEvent(r.channel, r.purpose, r.granted, r.recorded_at, r.source, r.id)
            for r in self.consent_history(member_id)
        ]
        return [
            ConsentState(ch, p, check_consent(events, ch, p))
            for ch in CONSENT_CHANNELS
            if ch != ALL_CHANNELS
            for p in ConsentPurpose
        ]

    def record_consent(
        self,
        member_id: int,
        channel: str,
        purpose: ConsentPurpose,
        granted: bool,
        source: str,
        *,
        operator_id: int | None = None,
        at: datetime | None = None,
    ) -> int:
        """Consent is never edited: every change is a new event with where it came from."""
        if channel not in CONSENT_CHANNELS:
            raise ValueError(f"unknown channel {channel!r}")
        if not source.strip():
            raise ValueError("say where the consent was given (form, event, DM…)")
        with self.db.write() as s:
            row = ConsentRecord(
                member_id=member_id,
                channel=channel,
                purpose=purpose,
                granted=granted,
                source=source.strip()[:120],
                recorded_at=at or utcnow(),
                recorded_by=operator_id,
            )
            s.add(row)
            s.flush()
            return row.id

    # -- preferences ------------------------------------------------------------------------------
    def prefs(self, member_id: int) -> ContactPrefs:
        with self.db.read() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise KeyError(member_id)
            return ContactPrefs(DmFrequency(m.dm_frequency), m.timezone, m.quiet_start, m.quiet_end)

    def set_prefs(self, member_id: int, prefs: ContactPrefs) -> None:
        """The member's own choices (M4): DM frequency and their local quiet hours."""
        for value in (prefs.quiet_start, prefs.quiet_end):
            if value and not _HHMM.match(value):
                raise ValueError(f"not a time of day: {value!r}")
        if bool(prefs.quiet_start) != bool(prefs.quiet_end):
            raise ValueError("quiet hours need a start and an end")
        if prefs.timezone:
            from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

            try:
                ZoneInfo(prefs.timezone)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise ValueError(f"unknown time zone {prefs.timezone!r}") from exc
        with self.db.write() as s:
            m = s.get(Member, member_id)
            if m is None:
                raise KeyError(member_id)
            m.dm_frequency = prefs.dm_frequency
            m.timezone = prefs.timezone or None
            m.quiet_start = prefs.quiet_start or None
            m.quiet_end = prefs.quiet_end or None

    # -- lifecycle (M3) ---------------------------------------------------------------------------
    def apply_lifecycle(self, rules: LifecycleRules, now: datetime | None = None) -> int:
        """Move members by their last interaction and refresh activity scores; returns how
        many lifecycles changed. Interactions are inbound DMs (and the recorded last one)."""
        now = now or utcnow()
        changed = 0
        with self.db.write() as s:
            inbound: dict[int, list[datetime]] = {}
            for mid, at in s.execute(
                select(Conversation.member_id, Message.sent_at)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Message.direction == MessageDirection.INBOUND)
            ):
                inbound.setdefault(mid, []).append(at)
            rows = s.execute(
                select(
                    Member.id, Member.lifecycle, Member.last_interaction_at, Member.activity_score
                ).where(Member.erased_at.is_(None))
            ).all()
            for mid, lifecycle, last, score in rows:
                # The score is recomputed every pass so it decays: a score kept from an
                # older pass is how "silent with activity 89" came about.
                now_at = standing(Lifecycle(lifecycle), inbound.get(mid, []), last, now, rules)
                if (now_at.lifecycle, now_at.activity_score, now_at.last_interaction) != (
                    lifecycle,
                    score,
                    last,
                ):
                    s.execute(
                        update(Member)
                        .where(Member.id == mid)
                        .values(
                            lifecycle=now_at.lifecycle,
                            activity_score=now_at.activity_score,
                            last_interaction_at=now_at.last_interaction,
                        )
                    )
                    changed += now_at.lifecycle != lifecycle
            audit(s, "apply_lifecycle", "member", None, None, {"changed": changed})
        return changed

    def lifecycle_counts(self) -> dict[Lifecycle, int]:
        with self.db.read() as s:
            found = dict(
                s.execute(
                    select(Member.lifecycle, func.count())
                    .where(Member.erased_at.is_(None))
                    .group_by(Member.lifecycle)
                ).all()
            )
        return {lc: int(found.get(lc, 0)) for lc in Lifecycle}
