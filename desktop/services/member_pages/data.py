"""What a member's pages show, read in one database read (issue 20).

Only what belongs to the member and is meant for them: their profile fields, their groups
with the rules, their welcome progress and tasks, their choices, running surveys. Never
operators' notes, labels, scores' inputs, other members or internal ids beyond their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import BindParameter, bindparam, func, select
from sqlalchemy.orm import Session

from desktop.domain.campaigns import CampaignKind, CampaignStatus, is_open, parse_questions
from desktop.domain.enums import ConsentPurpose, DmFrequency
from desktop.domain.sending.consent import (
    ConsentEvent,
    ConsentVerdict,
    check_consent,
    is_unsubscribed,
)
from desktop.services.members.center import CONSENT_CHANNELS
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    DeleteRequest,
    DmCampaign,
    DmCampaignEntry,
    Enrolment,
    Group,
    Member,
    MemberContact,
    MemberPagePrefs,
    MemberPagesSettings,
    Membership,
    Tag,
    WelcomeStep,
    WelcomeStepEvent,
    WelcomeTask,
    WelcomeVerification,
    WorkspaceSettings,
)

# Channels a member can choose on the preferences page, in the order shown.
PAGE_CHANNELS = tuple(c for c in CONSENT_CHANNELS if c != "*")


@dataclass(frozen=True)
class GroupCard:
    name: str
    role: str
    rules: str
    red_lines: str


@dataclass(frozen=True)
class Survey:
    id: int
    name: str
    intro: str
    questions: tuple[tuple[str, tuple[str, ...]], ...]  # (text, options); no options = free
    answers: tuple[str, ...]  # the member's answers so far ("" = none)
    answered: bool


@dataclass(frozen=True)
class Journey:
    steps_total: int
    steps_reached: int
    tasks: tuple[tuple[str, bool], ...]  # (title, done)
    code_open: bool  # a code waits for the member: the form is shown


@dataclass(frozen=True)
class Prefs:
    frequency: DmFrequency
    quiet_start: str
    quiet_end: str
    channels: tuple[tuple[str, bool], ...]  # the member's channels: (channel, marketing on)
    topics: tuple[tuple[str, bool], ...]  # every workspace tag: (name, chosen)
    unsubscribed: bool  # from everything, by the latest word


@dataclass(frozen=True)
class PageData:
    member_id: int
    name: str
    birthday: date | None
    language: str | None
    brand: str
    activity_score: int
    groups: tuple[GroupCard, ...]
    journey: Journey | None
    prefs: Prefs
    surveys: tuple[Survey, ...]
    delete_requested: bool
    show_activity: bool = True
    profile_editable: bool = True


# Built once: a page load then only binds the member (statement building is most of the
# Python time of a small query).
_MID: BindParameter[int] = bindparam("mid")
_MEMBER = select(
    Member.display_name,
    Member.birthday,
    Member.activity_score,
    Member.dm_frequency,
    Member.quiet_start,
    Member.quiet_end,
    Member.erased_at,
).where(Member.id == _MID)
_PAGE = select(MemberPagePrefs.language, MemberPagePrefs.topics).where(
    MemberPagePrefs.member_id == _MID
)
_BRAND = select(WorkspaceSettings.brand_keyword, WorkspaceSettings.name).where(
    WorkspaceSettings.id == 1
)
_OPTIONS = select(MemberPagesSettings.show_activity, MemberPagesSettings.profile_editable).where(
    MemberPagesSettings.id == 1
)
_GROUPS = (
    select(Group.name, Membership.role, Group.rules, Group.red_lines)
    .join(Group, Group.id == Membership.group_id)
    .where(
        Membership.member_id == _MID,
        Membership.left_at.is_(None),
        Group.archived_at.is_(None),
    )
    .order_by(Group.name)
)
_DELETE = (
    select(DeleteRequest.id)
    .where(
        DeleteRequest.member_id == _MID,
        DeleteRequest.confirmed_at.is_(None),
        DeleteRequest.dismissed_at.is_(None),
    )
    .limit(1)
)
_ENROLMENT = (
    select(Enrolment.id, Enrolment.journey_id, Enrolment.status)
    .where(Enrolment.member_id == _MID)
    .order_by(Enrolment.id.desc())
    .limit(1)
)
_STEPS = select(func.count(WelcomeStep.id)).where(
    WelcomeStep.journey_id == bindparam("jid"), WelcomeStep.enabled.is_(True)
)
_REACHED = select(func.count(WelcomeStepEvent.id)).where(
    WelcomeStepEvent.enrolment_id == bindparam("eid")
)
_TASKS = (
    select(WelcomeTask.title, WelcomeTask.done_at)
    .where(WelcomeTask.enrolment_id == bindparam("eid"))
    .order_by(WelcomeTask.id)
)
_CODE = select(WelcomeVerification.verified_at, WelcomeVerification.locked_at).where(
    WelcomeVerification.enrolment_id == bindparam("eid")
)
_CONSENT = select(
    ConsentRecord.channel,
    ConsentRecord.purpose,
    ConsentRecord.granted,
    ConsentRecord.recorded_at,
    ConsentRecord.source,
    ConsentRecord.id,
).where(ConsentRecord.member_id == _MID)
_CHANNELS = select(MemberContact.channel).where(MemberContact.member_id == _MID)
_TAGS = select(Tag.name).order_by(Tag.name)
_SURVEYS = (
    select(
        DmCampaign.id,
        DmCampaign.name,
        DmCampaign.intro,
        DmCampaign.questions,
        DmCampaign.status,
        DmCampaign.starts_at,
        DmCampaign.ends_at,
    )
    .where(DmCampaign.kind == CampaignKind.SURVEY, DmCampaign.status == CampaignStatus.OPEN)
    .order_by(DmCampaign.id)
)
_ANSWERS = select(DmCampaignEntry.campaign_id, DmCampaignEntry.answers).where(
    DmCampaignEntry.member_id == _MID
)


def _journey(s: Session, member_id: int) -> Journey | None:
    e = s.execute(_ENROLMENT, {"mid": member_id}).first()
    if e is None:
        return None
    enrolment_id, journey_id, status = e
    total = int(s.scalar(_STEPS, {"jid": journey_id}) or 0)
    reached = int(s.scalar(_REACHED, {"eid": enrolment_id}) or 0)
    tasks = tuple(
        (title, done_at is not None) for title, done_at in s.execute(_TASKS, {"eid": enrolment_id})
    )
    code = s.execute(_CODE, {"eid": enrolment_id}).first()
    code_open = code is not None and status == "active" and code[0] is None and code[1] is None
    return Journey(total, min(reached, total), tasks, code_open)


def _surveys(s: Session, member_id: int, now: datetime) -> tuple[Survey, ...]:
    running = [c for c in s.execute(_SURVEYS) if is_open(c.status, c.starts_at, c.ends_at, now)]
    if not running:
        return ()
    given = {cid: answers for cid, answers in s.execute(_ANSWERS, {"mid": member_id})}
    out = []
    for c in running:
        questions, _ = parse_questions(c.questions)
        got = list((given.get(c.id) or {}).get("answers", []))
        answers = tuple(str(got[i] or "") if i < len(got) else "" for i in range(len(questions)))
        out.append(
            Survey(
                id=c.id,
                name=c.name,
                intro=c.intro,
                questions=tuple((q.text, tuple(q.options)) for q in questions),
                answers=answers,
                answered=bool(answers) and all(answers),
            )
        )
    return tuple(out)


def _prefs(s: Session, member_id: int, row: Any, chosen: list[str] | None) -> Prefs:
    events = [
        ConsentEvent(ch, ConsentPurpose(purpose), granted, at, source, seq)
        for ch, purpose, granted, at, source, seq in s.execute(_CONSENT, {"mid": member_id})
    ]
    own = {str(c) for c in s.scalars(_CHANNELS, {"mid": member_id})}
    channels = tuple(
        (ch, check_consent(events, ch, ConsentPurpose.MARKETING) == ConsentVerdict.ALLOWED)
        for ch in PAGE_CHANNELS
        if ch in own
    )
    topics = tuple((t, chosen is None or t in chosen) for t in s.scalars(_TAGS))
    # Unsubscribed = on every channel they have (a channel ticked again since counts).
    mine = [ch for ch in PAGE_CHANNELS if ch in own] or ["*"]
    unsubscribed = all(is_unsubscribed(events, ch) for ch in mine)
    return Prefs(
        frequency=DmFrequency(row.dm_frequency),
        quiet_start=row.quiet_start or "",
        quiet_end=row.quiet_end or "",
        channels=channels,
        topics=topics,
        unsubscribed=unsubscribed,
    )


def load_page_data(db: Database, member_id: int, now: datetime | None = None) -> PageData | None:
    """Everything the member's pages show; None for an unknown or erased member."""
    now = now or datetime.now(UTC)
    mid = {"mid": member_id}
    with db.read() as s:
        m = s.execute(_MEMBER, mid).first()
        if m is None or m.erased_at is not None:
            return None
        page = s.execute(_PAGE, mid).first()
        ws = s.execute(_BRAND).first()
        options = s.execute(_OPTIONS).first()
        groups = tuple(
            GroupCard(name, str(role), rules, red_lines)
            for name, role, rules, red_lines in s.execute(_GROUPS, mid)
        )
        return PageData(
            member_id=member_id,
            name=m.display_name,
            birthday=m.birthday,
            language=page.language if page else None,
            brand=(ws.brand_keyword or ws.name) if ws else "",
            activity_score=m.activity_score,
            groups=groups,
            journey=_journey(s, member_id),
            prefs=_prefs(s, member_id, m, page.topics if page else None),
            surveys=_surveys(s, member_id, now),
            delete_requested=s.scalar(_DELETE, mid) is not None,
            show_activity=options.show_activity if options else True,
            profile_editable=options.profile_editable if options else True,
        )
