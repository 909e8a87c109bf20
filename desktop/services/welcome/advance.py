"""Planning one batch of due enrolments (W9): which steps go out, with what, to whom.

Everything here reads; nothing writes. The runner then stores the batch in one
transaction. Whatever is the same for many members is worked out once: the journey's
plan, the group's values (its name, rules, announcement… rendered into each template once
per group and variant), which version of a step a member gets for their A/B side and
channels, and the recommendations of members with the same profile. A queued message
carries only its member's own values; ``{name}`` stays open until send time, because
the member's answers to the first step may still change it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.chat.wording import chat_wording
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    Platform,
    StepChannel,
    WelcomeStepKind,
)
from desktop.domain.welcome.render import escape_braces, prefill
from desktop.domain.welcome.timing import step_due
from desktop.services.sending.outbox import NewDelivery
from desktop.services.welcome import codes, content
from desktop.services.welcome.enrol import EnrolStatus, contact_channels, reachable_set
from desktop.services.welcome.kf_steps import goes_to_kf, hold_closed_windows, kf_targets
from desktop.services.welcome.plan import Content, JourneyPlan, StepPlan, load_plan
from desktop.store.base import table_of
from desktop.store.models import Enrolment, Group

TASKS = (("intro", "在群里做个自我介绍"), ("invite", "邀请一位好友"), ("topic", "参与本周话题"))
_E = table_of(Enrolment).c


@dataclass(frozen=True, slots=True)
class Due:
    """The columns of an enrolment the runner needs (a plain row, not an ORM object)."""

    id: int
    journey_id: int
    member_id: int
    group_id: int | None
    next_position: int
    last_step_at: datetime | None
    joined: datetime  # joined_at, or started_at for enrolments from before it was kept
    ab_variant: str


Work = tuple[Due, StepPlan, Content, datetime]  # a step to send now, and when it is due


@dataclass
class Batch:
    deliveries: list[NewDelivery] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)  # one per delivery, in order
    tasks: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)  # one per enrolment
    finished_members: list[int] = field(default_factory=list)
    codes: codes.CodeBook = field(default_factory=codes.CodeBook)


def delivery_key(enrolment_id: int, index: int, step_id: int) -> str:
    return f"welcome:{enrolment_id}:{index}:{step_id}"


def load_due(s: Session, now: datetime, limit: int) -> list[Due]:
    rows = s.execute(
        select(
            _E.id,
            _E.journey_id,
            _E.member_id,
            _E.group_id,
            _E.next_position,
            _E.last_step_at,
            _E.joined_at,
            _E.started_at,
            _E.ab_variant,
        )
        .where(_E.status == EnrolStatus.ACTIVE, _E.next_due_at <= now)
        .order_by(_E.next_due_at, _E.id)
        .limit(limit)
    )
    return [Due(r[0], r[1], r[2], r[3], r[4], r[5], r[6] or r[7], r[8]) for r in rows]


def matrix_rooms(s: Session, group_ids: list[int]) -> dict[int, int]:
    """Groups linked to a Matrix room → the account that posts there."""
    if not group_ids:
        return {}
    rows = s.execute(
        select(Group.id, Group.channel_account_id).where(
            Group.id.in_(group_ids),
            Group.platform == Platform.MATRIX,
            Group.external_id.is_not(None),
            Group.channel_account_id.is_not(None),
        )
    )
    return {gid: acc for gid, acc in rows if acc is not None}


def _route(c: Content, have: set[str], room_account: int | None) -> tuple[ChannelKind, int | None]:
    """Where a step goes: (channel, account; None = the channel's default account).

    A member of a group that lives in a Matrix room gets its "group channel" steps as a DM
    from the room's account; a member known only by Matrix ID gets the personal ("email")
    steps as a Matrix DM too. The Matrix channel opens or reuses the DM room."""
    matrix = str(ContactChannel.MATRIX) in have
    if c.channel == StepChannel.GROUP and room_account is not None and matrix:
        return ChannelKind.MATRIX, room_account
    if c.channel == StepChannel.EMAIL and matrix and str(ContactChannel.EMAIL) not in have:
        return ChannelKind.MATRIX, room_account
    return _channel_kind(c), None


def _channel_kind(c: Content) -> ChannelKind:
    return ChannelKind.EMAIL if c.channel == StepChannel.EMAIL else ChannelKind.MANUAL


class _Chooser:
    """``StepPlan.choose`` remembered per (step, A/B side, reachable channels)."""

    def __init__(self) -> None:
        self._memo: dict[tuple[int, str, frozenset[StepChannel]], Content | None] = {}

    def __call__(self, step: StepPlan, ab: str, can: frozenset[StepChannel]) -> Content | None:
        key = (step.step_id, ab, can)
        if key not in self._memo:
            self._memo[key] = step.choose(ab, can)
        return self._memo[key]


def walk(
    e: Due,
    plan: JourneyPlan | None,
    can: frozenset[StepChannel],
    verified: dict[int, tuple[datetime | None, datetime | None]],
    now: datetime,
    choose: _Chooser,
    work: list[Work],
) -> dict[str, Any]:
    """Queue every step of ``e`` that is due by ``now``; returns the enrolment's update."""
    upd: dict[str, Any] = {"id": e.id}
    if plan is None:
        return upd | {"status": EnrolStatus.STOPPED, "stop_reason": "journey deleted"}
    i, last = e.next_position, e.last_step_at
    gate = plan.gate
    while True:
        if i >= len(plan.steps):
            return upd | {
                "status": EnrolStatus.FINISHED,
                "finished_at": last or now,
                "next_position": i,
                "last_step_at": last,
                "next_due_at": None,
            }
        step = plan.steps[i]
        passed = None
        if gate is not None and i > gate:
            passed, exp = verified.get(e.id, (None, None))
            if passed is None:  # wait for the code; look again when it expires
                return upd | {"next_position": i, "last_step_at": last, "next_due_at": exp}
        at = step_due(
            step.delay_anchor,
            step.delay_minutes,
            joined_at=e.joined,
            previous_at=last,
            gate_passed_at=passed,
        )
        if at > now:
            return upd | {"next_position": i, "last_step_at": last, "next_due_at": at}
        c = choose(step, e.ab_variant, can)
        if c is None:
            return upd | {
                "status": EnrolStatus.STOPPED,
                "stop_reason": f"unreachable: {step.title}"[:60],
                "next_position": i,
                "last_step_at": last,
                "next_due_at": None,
            }
        work.append((e, step, c, at))
        i, last = i + 1, at


@dataclass(frozen=True)
class _Prepared:
    subject: str
    body: str


def walk_batch(
    s: Session,
    due: list[Due],
    now: datetime,
    *,
    channels: dict[int, set[str]] | None = None,
    verified: dict[int, tuple[datetime | None, datetime | None]] | None = None,
) -> tuple[Batch, list[Work]]:
    """Where each enrolment of ``due`` stands after this pass, and the steps it sends now.

    ``channels`` and ``verified`` are read when not given (a new enrolment has no code).
    """
    batch = Batch()
    if channels is None:
        channels = contact_channels(s, (e.member_id for e in due))
    if verified is None:
        verified = codes.gate_states(s, [e.id for e in due])
    plans: dict[int, JourneyPlan | None] = {}
    choose = _Chooser()
    work: list[Work] = []
    for e in due:
        if e.journey_id not in plans:
            plans[e.journey_id] = load_plan(s, e.journey_id)
        can = reachable_set(channels.get(e.member_id, ()), e.group_id is not None)
        upd = walk(e, plans[e.journey_id], can, verified, now, choose, work)
        if upd.get("status") == EnrolStatus.FINISHED:
            batch.finished_members.append(e.member_id)
        batch.updates.append(upd)
    work = hold_closed_windows(s, work, batch.updates, batch.finished_members, channels, now)
    return batch, work


def build_messages(
    s: Session,
    batch: Batch,
    work: list[Work],
    now: datetime,
    channels: dict[int, set[str]] | None = None,
) -> None:
    """Add the deliveries, step events, tasks and codes of ``work`` to ``batch``;
    ``channels`` (member → contact channels) when the caller has read them already."""
    if not work:
        return
    # Group-wide values, once per group; the date is the same for the whole pass.
    operator = content.operator_name(s)
    groups: dict[int | None, content.GroupInfo | None] = {}
    bases: dict[int | None, dict[str, str]] = {}
    for gid in {e.group_id for e, _, _, _ in work}:
        groups[gid] = content.group_info(s, gid) if gid else None
        bases[gid] = content.base_values(s, groups[gid], operator) | {
            "date": now.date().isoformat()
        }
    wants_recs = sorted({e.member_id for e, _, c, _ in work if c.uses("recommendations")})
    recs = content.recommendation_texts(s, wants_recs, now) if wants_recs else {}
    prepared: dict[tuple[Content, str, int | None], _Prepared] = {}
    rooms = matrix_rooms(s, [gid for gid in groups if gid is not None])
    chans = (
        channels
        if channels is not None
        else contact_channels(s, {e.member_id for e, _, _, _ in work})
    )
    kf = kf_targets(
        s, {e.member_id for e, _, c, _ in work if goes_to_kf(c, chans.get(e.member_id, set()))}, now
    )
    for e, step, c, at in work:
        pkey = (c, step.title, e.group_id)
        if pkey not in prepared:
            prepared[pkey] = _prepare(c, step, groups[e.group_id], bases[e.group_id])
        p = prepared[pkey]
        values: dict[str, str] = {}
        if c.uses("unsubscribe"):
            # The member's own link is filled at send time; the hint is the fallback while
            # the workspace serves no member pages.
            values["unsubscribe"] = content.UNSUBSCRIBE_HINT
        if c.uses("recommendations"):
            values["recommendations"] = recs[e.member_id]
        if c.uses("code"):
            values["code"] = batch.codes.code_for(e.id, e.member_id)
        room = rooms.get(e.group_id) if e.group_id is not None else None
        channel, account = _route(c, chans.get(e.member_id, set()), room)
        body, subject = p.body, p.subject
        target = kf.get(e.member_id) if goes_to_kf(c, chans.get(e.member_id, set())) else None
        if target is not None:
            # Into the user's 微信客服 conversation, now that its window allows it (kf_steps).
            channel, account = ChannelKind.WECHAT_KF, target.channel_account_id
        if (
            channel in (ChannelKind.MATRIX, ChannelKind.WECHAT_KF)
            and c.channel == StepChannel.EMAIL
        ):
            body = chat_wording(body)
            if subject:
                body, subject = f"【{subject}】\n{body}", ""  # a chat has no subject line
        batch.deliveries.append(
            NewDelivery(
                kind=DeliveryKind.WELCOME,
                channel=channel,
                channel_account_id=account,
                # A held WeChat step counts in the window it goes out in (window_of).
                due_at=now if target is not None else at,
                idempotency_key=delivery_key(e.id, step.index, step.step_id),
                body=body,
                subject=subject,
                purpose=ConsentPurpose.SERVICE,
                member_id=e.member_id,
                group_id=e.group_id if c.channel != StepChannel.EMAIL else None,
                template_values=values,
                enrolment_id=e.id,
                recipient=target.external_userid if target is not None else None,
                conversation_id=target.conversation_id if target is not None else None,
            )
        )
        batch.events.append(
            {
                "enrolment_id": e.id,
                "journey_id": e.journey_id,
                "step_id": step.step_id,
                "position": step.index,
                "variant": e.ab_variant if step.has_ab else "",
                "channel": str(c.channel),
                "reached_at": at,
            }
        )
        if step.kind == WelcomeStepKind.INTERACTION:
            batch.tasks += [
                {"enrolment_id": e.id, "member_id": e.member_id, "key": k, "title": t}
                for k, t in TASKS
            ]


def plan_batch(s: Session, due: list[Due], now: datetime) -> Batch:
    """Work out the whole batch for enrolments already stored (read-only)."""
    channels = contact_channels(s, (e.member_id for e in due))
    batch, work = walk_batch(s, due, now, channels=channels)
    build_messages(s, batch, work, now, channels)
    return batch


def _prepare(
    c: Content, step: StepPlan, group: content.GroupInfo | None, base: dict[str, str]
) -> _Prepared:
    """A version's subject and body with the group's values in; member values stay open."""
    subject = c.subject or (step.title if c.channel == StepChannel.EMAIL else "")
    body = prefill(c.template, base)
    if c.channel != StepChannel.EMAIL:
        where = escape_braces(group.name if group else "")
        body = f"[{where} @{{name}}] {body}" if where else body
    return _Prepared(prefill(subject, base), body)
