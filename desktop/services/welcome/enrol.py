"""Enrolling members in the journey of the group they joined (W9), exactly once.

Members join in many ways — added by hand, imported from CSV, reported by a channel — and
other services write those memberships. So enrolment does not hang on each of them: the
runner sweeps memberships that started after the group got its journey and enrols each
member once per journey. ``enrol`` does the same for one member right away. A journey
that cannot be sent to the member (a template problem, a step on no channel they can be
reached on) is refused with its reasons and nothing is scheduled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, insert, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ContactChannel, StepChannel
from desktop.domain.welcome.timing import ab_variant, step_due
from desktop.services.welcome.plan import JourneyPlan, load_plan
from desktop.store.base import table_of
from desktop.store.models import (
    Enrolment,
    Group,
    KfSession,
    Member,
    MemberContact,
    Membership,
    WelcomeGroupLink,
    WelcomeJourney,
)


class EnrolStatus:
    ACTIVE = "active"
    FINISHED = "finished"
    STOPPED = "stopped"  # left the group or unsubscribed
    REFUSED = "refused"  # could not be scheduled (see stop_reason)
    LOCKED = "locked"  # five wrong codes
    UNVERIFIED = "unverified"  # the code expired: possibly a bot


OPEN_STATUSES = (EnrolStatus.ACTIVE,)


@dataclass(frozen=True)
class Refusal:
    step: str  # the step's title ("" for the whole journey)
    reason: str  # "unknown_variable", "unclosed_brace", "empty", "unreachable", "inactive"…
    detail: str = ""


class EnrolmentRefused(ValueError):
    def __init__(self, refusals: list[Refusal]) -> None:
        self.refusals = refusals
        first = refusals[0]
        super().__init__(f"{first.step}: {first.reason} {first.detail}".strip())


# Not a contact channel: members with a 微信客服 conversation get it in ``contact_channels``
# (their personal steps go there when they have no mail or Matrix address).
KF_CHANNEL = "wechat_kf"


def reachable(channels: Iterable[str], in_group: bool = True) -> set[StepChannel]:
    """Step channels a member can be reached on. A personal ("email") step also reaches a
    member known only by Matrix ID: it goes to them as a Matrix DM instead of a mail."""
    out = {StepChannel.MANUAL}
    if in_group:
        out.add(StepChannel.GROUP)
    have = set(channels)
    if ContactChannel.EMAIL in have or ContactChannel.MATRIX in have or KF_CHANNEL in have:
        out.add(StepChannel.EMAIL)
    return out


_EMAIL = str(ContactChannel.EMAIL)
_MATRIX = str(ContactChannel.MATRIX)
_REACHABLE = {
    (personal, in_group): frozenset(reachable([_EMAIL] if personal else [], in_group))
    for personal in (False, True)
    for in_group in (False, True)
}


def reachable_set(channels: Iterable[str], in_group: bool = True) -> frozenset[StepChannel]:
    """``reachable`` as a shared frozenset: called for every member of a big batch."""
    have = channels if isinstance(channels, (set, frozenset)) else set(channels)
    return _REACHABLE[(_EMAIL in have or _MATRIX in have or KF_CHANNEL in have, in_group)]


def refusals_for(plan: JourneyPlan, ab: str, can: set[StepChannel]) -> list[Refusal]:
    out = [Refusal(title, p.reason, f"{p.field}@{p.start}:{p.text}") for title, p in plan.problems]
    if not plan.active:
        out.append(Refusal("", "inactive"))
    if not plan.steps:
        out.append(Refusal("", "no_steps"))
    for step in plan.steps:
        if step.choose(ab, can) is None:
            channels = ",".join(sorted({str(c.channel) for c in step.contents}))
            out.append(Refusal(step.title, "unreachable", channels))
    return out


def link_groups(s: Session, now: datetime) -> None:
    """Give every group with a journey its link row (the moment enrolment starts counting)."""
    rows = s.execute(
        select(Group.id, Group.journey_id).where(
            Group.journey_id.is_not(None),
            Group.archived_at.is_(None),
            ~exists().where(
                and_(
                    WelcomeGroupLink.group_id == Group.id,
                    WelcomeGroupLink.journey_id == Group.journey_id,
                )
            ),
        )
    ).all()
    if rows:
        s.execute(
            insert(WelcomeGroupLink),
            [{"group_id": g, "journey_id": j, "attached_at": now} for g, j in rows],
        )


def _first_due(plan: JourneyPlan, joined_at: datetime) -> datetime | None:
    if not plan.steps:
        return None
    first = plan.steps[0]
    return step_due(first.delay_anchor, first.delay_minutes, joined_at=joined_at, previous_at=None)


def sweep(s: Session, now: datetime, limit: int = 20_000) -> tuple[int, int]:
    """Enrol members who joined a journey's group since it was attached: (enrolled, refused)."""
    rows, _ = new_enrolments(s, now, limit)
    insert_enrolments(s, rows)
    refused = sum(r["status"] == EnrolStatus.REFUSED for r in rows)
    return len(rows) - refused, refused


def new_enrolments(
    s: Session, now: datetime, limit: int = 20_000
) -> tuple[list[dict[str, Any]], dict[int, set[str]]]:
    """The enrolment rows ``sweep`` would insert (not inserted yet), and the members'
    contact channels. The runner starts the first steps of these before storing them."""
    link_groups(s, now)
    already = exists().where(
        and_(Enrolment.journey_id == Group.journey_id, Enrolment.member_id == Membership.member_id)
    )
    rows = s.execute(
        select(Membership.member_id, Membership.group_id, Membership.joined_at, Group.journey_id)
        .join(Group, Group.id == Membership.group_id)
        .join(
            WelcomeGroupLink,
            and_(
                WelcomeGroupLink.group_id == Group.id,
                WelcomeGroupLink.journey_id == Group.journey_id,
            ),
        )
        .join(Member, Member.id == Membership.member_id)
        .where(
            Membership.left_at.is_(None),
            Membership.joined_at >= WelcomeGroupLink.attached_at,
            Member.erased_at.is_(None),
            ~already,
        )
        .order_by(Membership.joined_at, Membership.id)
        .limit(limit)
    ).all()
    if not rows:
        return [], {}
    # The join on the link already leaves out groups without a journey.
    return _enrol_rows(s, now, [(m, g, j, jid) for m, g, j, jid in rows if jid is not None])


def contact_channels(s: Session, member_ids: Iterable[int]) -> dict[int, set[str]]:
    """member → the channels they have an address on, for many members in a few queries."""
    ids = sorted(set(member_ids))
    channels: dict[int, set[str]] = defaultdict(set)
    for chunk_start in range(0, len(ids), 900):
        for mid, ch in s.execute(
            select(MemberContact.member_id, MemberContact.channel).where(
                MemberContact.member_id.in_(ids[chunk_start : chunk_start + 900])
            )
        ):
            channels[mid].add(str(ch))
        for (mid,) in s.execute(
            select(KfSession.member_id)
            .where(KfSession.member_id.in_(ids[chunk_start : chunk_start + 900]))
            .distinct()
        ):
            channels[mid].add(KF_CHANNEL)
    return channels


def _enrol_rows(
    s: Session, now: datetime, rows: list[tuple[int, int, datetime, int]]
) -> tuple[list[dict[str, Any]], dict[int, set[str]]]:
    channels = contact_channels(s, (r[0] for r in rows))
    plans: dict[int, JourneyPlan | None] = {}
    # Refusals depend on the plan, the A/B side and the channels only: checked once each.
    verdicts: dict[tuple[int, str, frozenset[StepChannel]], list[Refusal]] = {}
    values: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    for member_id, group_id, joined_at, journey_id in rows:
        if (journey_id, member_id) in seen:
            continue  # joined two groups of the same journey: enrolled once
        seen.add((journey_id, member_id))
        if journey_id not in plans:
            plans[journey_id] = load_plan(s, journey_id)
        plan = plans[journey_id]
        if plan is None:
            continue
        ab = ab_variant(journey_id, member_id)
        can = reachable_set(channels.get(member_id, ()))
        if (journey_id, ab, can) not in verdicts:
            verdicts[(journey_id, ab, can)] = refusals_for(plan, ab, set(can))
        problems = verdicts[(journey_id, ab, can)]
        values.append(
            {
                "journey_id": journey_id,
                "member_id": member_id,
                "group_id": group_id,
                "next_position": 0,
                "next_due_at": None if problems else _first_due(plan, joined_at),
                "status": EnrolStatus.REFUSED if problems else EnrolStatus.ACTIVE,
                "started_at": now,
                "joined_at": joined_at,
                "ab_variant": ab,
                "stop_reason": (
                    f"{problems[0].reason}: {problems[0].step}"[:60] if problems else None
                ),
                "finished_at": None,
                "last_step_at": None,
            }
        )
    return values, channels


def insert_enrolments(s: Session, rows: list[dict[str, Any]]) -> dict[tuple[int, int], int]:
    """Store new enrolment rows; returns (journey, member) → enrolment id."""
    if not rows:
        return {}
    # Core executemany: an ORM object per new member is most of the cost at 10,000.
    table = table_of(Enrolment)
    returned = s.execute(
        insert(table).returning(table.c.journey_id, table.c.member_id, table.c.id), rows
    )
    return {(j, m): i for j, m, i in returned}


def enrol(s: Session, member_id: int, group_id: int, now: datetime) -> int:
    """Enrol one member in their group's journey now; raises ``EnrolmentRefused``."""
    group = s.get(Group, group_id)
    if group is None or group.journey_id is None:
        raise EnrolmentRefused([Refusal("", "no_journey")])
    journey = s.get(WelcomeJourney, group.journey_id)
    plan = load_plan(s, group.journey_id)
    if journey is None or plan is None:
        raise EnrolmentRefused([Refusal("", "no_journey")])
    existing = s.scalar(
        select(Enrolment.id).where(
            Enrolment.journey_id == journey.id, Enrolment.member_id == member_id
        )
    )
    if existing is not None:
        return int(existing)
    ms = s.scalar(
        select(Membership).where(Membership.group_id == group_id, Membership.member_id == member_id)
    )
    joined = ms.joined_at if ms is not None else now
    # The same channels the batch path sees, 微信客服 conversations included.
    chans = contact_channels(s, [member_id]).get(member_id, set())
    ab = ab_variant(journey.id, member_id)
    problems = refusals_for(plan, ab, reachable(chans))
    if problems:
        raise EnrolmentRefused(problems)
    e = Enrolment(
        journey_id=journey.id,
        member_id=member_id,
        group_id=group_id,
        next_position=0,
        next_due_at=_first_due(plan, joined),
        status=EnrolStatus.ACTIVE,
        started_at=now,
        joined_at=joined,
        ab_variant=ab,
    )
    s.add(e)
    s.flush()
    return e.id
