"""A WeChat user who enters a 客服账号's session joins the account's welcome journey.

The welcome (the journey's first step) goes out through ``kf/send_msg_on_event`` within the
20 s of the enter_session code (KfActions.welcome); the later steps are planned by the
welcome runner as outbox deliveries on the 微信客服 channel into the same conversation.

The reply window (48 h after the user's last message, 5 messages in it) decides when a step
can go. A step falling due while the window is closed is neither dropped nor sent to fail:
the enrolment waits (``next_due_at`` empty) and the user's next message, which opens a new
window, wakes it up, so the step goes right after it. This is what an operator expects from
a chat: "we continue the welcome as soon as they write again", and it cannot spam someone
who went quiet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.welcome.timing import ab_variant
from desktop.services.welcome.enrol import (
    KF_CHANNEL,
    EnrolmentRefused,
    EnrolStatus,
    Refusal,
    reachable,
    refusals_for,
)
from desktop.services.welcome.plan import load_plan
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Enrolment,
    KfAccount,
    MemberContact,
    WelcomeStepEvent,
)


def enrol_kf(
    s: Session, account_id: int, conversation_id: int, now: datetime, *, welcomed: bool
) -> int | None:
    """Enrol the conversation's WeChat user in the account's journey (None: the account has
    none). ``welcomed``: its first step already went out as the welcome, so the runner starts
    at the second. Raises ``EnrolmentRefused`` when a step cannot reach the user."""
    kf = s.get(KfAccount, account_id)
    conv = s.get(Conversation, conversation_id)
    if kf is None or kf.journey_id is None or conv is None:
        return None
    plan = load_plan(s, kf.journey_id)
    if plan is None:
        raise EnrolmentRefused([Refusal("", "no_journey")])
    existing = s.scalar(
        select(Enrolment.id).where(
            Enrolment.journey_id == kf.journey_id, Enrolment.member_id == conv.member_id
        )
    )
    if existing is not None:
        return int(existing)
    chans = [
        str(c)
        for c in s.scalars(
            select(MemberContact.channel).where(MemberContact.member_id == conv.member_id)
        )
    ]
    ab = ab_variant(kf.journey_id, conv.member_id)
    problems = refusals_for(plan, ab, reachable([*chans, KF_CHANNEL], in_group=False))
    if problems:
        raise EnrolmentRefused(problems)
    start = 1 if welcomed and plan.steps else 0
    e = Enrolment(
        journey_id=kf.journey_id,
        member_id=conv.member_id,
        group_id=None,
        next_position=start,
        next_due_at=now,  # the runner works out the real due time of the step
        status=EnrolStatus.ACTIVE,
        started_at=now,
        joined_at=now,
        ab_variant=ab,
        last_step_at=now if start else None,
    )
    s.add(e)
    s.flush()
    if start:
        # The welcome was the first step: the funnel counts it, and answers to it (W1) are
        # read from the user's next messages as for a step that went by mail.
        first = plan.steps[0]
        s.add(
            WelcomeStepEvent(
                enrolment_id=e.id,
                journey_id=kf.journey_id,
                step_id=first.step_id,
                position=0,
                variant=ab if first.has_ab else "",
                channel=str(first.contents[0].channel) if first.contents else "",
                reached_at=now,
                completed_at=now,
            )
        )
    return e.id


def wake_waiting(db: Database, member_ids: Sequence[int], now: datetime) -> int:
    """The users wrote: their journeys waiting for a window are due now (a new window)."""
    ids = sorted(set(member_ids))
    if not ids:
        return 0
    with db.write() as s:
        result = s.execute(
            update(Enrolment)
            .where(
                Enrolment.member_id.in_(ids),
                Enrolment.status == EnrolStatus.ACTIVE,
                Enrolment.next_due_at.is_(None),
            )
            .values(next_due_at=now)
        )
    return int(getattr(result, "rowcount", 0) or 0)


__all__ = ["KF_CHANNEL", "enrol_kf", "wake_waiting"]
