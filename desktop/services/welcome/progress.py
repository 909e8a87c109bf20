"""A member's welcome progress for the personal center (M2, M3): journey, step, code, tasks.

from desktop.services.welcome.progress import progress
p = progress(services.db, member_id)   # None when the member was never enrolled
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from desktop.domain.welcome.codes import MAX_WRONG
from desktop.store.db import Database
from desktop.store.models import (
    Enrolment,
    Group,
    Member,
    WelcomeJourney,
    WelcomeStep,
    WelcomeStepEvent,
    WelcomeTask,
    WelcomeVerification,
)


class VerificationState:
    NONE = "none"  # no code sent (yet)
    PENDING = "pending"
    VERIFIED = "verified"
    LOCKED = "locked"
    FLAGGED = "flagged"  # expired unanswered: possible bot


@dataclass(frozen=True)
class TaskItem:
    key: str
    title: str
    done: bool
    done_at: datetime | None


@dataclass(frozen=True)
class WelcomeProgress:
    member_id: int
    lifecycle: str
    journey_id: int
    journey_name: str
    group_name: str
    status: str  # active / finished / stopped / refused / locked / unverified
    stop_reason: str | None
    steps_total: int  # enabled steps
    steps_reached: int
    last_step_title: str
    last_step_at: datetime | None
    next_due_at: datetime | None
    ab_variant: str
    verification: str  # VerificationState
    tries_left: int
    code_expires_at: datetime | None
    tasks: tuple[TaskItem, ...]


def progress(db: Database, member_id: int) -> WelcomeProgress | None:
    with db.read() as s:
        e = s.scalar(
            select(Enrolment)
            .where(Enrolment.member_id == member_id)
            .order_by(Enrolment.id.desc())
            .limit(1)
        )
        if e is None:
            return None
        member = s.get(Member, member_id)
        journey = s.get(WelcomeJourney, e.journey_id)
        group = s.get(Group, e.group_id) if e.group_id else None
        total = s.scalar(
            select(func.count())
            .select_from(WelcomeStep)
            .where(WelcomeStep.journey_id == e.journey_id, WelcomeStep.enabled.is_(True))
        )
        last = s.execute(
            select(WelcomeStep.title, WelcomeStepEvent.reached_at)
            .join(WelcomeStep, WelcomeStep.id == WelcomeStepEvent.step_id, isouter=True)
            .where(WelcomeStepEvent.enrolment_id == e.id)
            .order_by(WelcomeStepEvent.position.desc())
            .limit(1)
        ).first()
        reached = s.scalar(
            select(func.count())
            .select_from(WelcomeStepEvent)
            .where(WelcomeStepEvent.enrolment_id == e.id)
        )
        v = s.scalar(select(WelcomeVerification).where(WelcomeVerification.enrolment_id == e.id))
        if v is None:
            state, left, expires = VerificationState.NONE, MAX_WRONG, None
        else:
            left, expires = max(0, MAX_WRONG - v.wrong_tries), v.expires_at
            state = (
                VerificationState.VERIFIED
                if v.verified_at
                else VerificationState.LOCKED
                if v.locked_at
                else VerificationState.FLAGGED
                if v.flagged_at
                else VerificationState.PENDING
            )
        tasks = tuple(
            TaskItem(t.key, t.title, t.done_at is not None, t.done_at)
            for t in s.scalars(
                select(WelcomeTask).where(WelcomeTask.enrolment_id == e.id).order_by(WelcomeTask.id)
            )
        )
        return WelcomeProgress(
            member_id=member_id,
            lifecycle=str(member.lifecycle) if member else "",
            journey_id=e.journey_id,
            journey_name=journey.name if journey else "",
            group_name=group.name if group else "",
            status=e.status,
            stop_reason=e.stop_reason,
            steps_total=int(total or 0),
            steps_reached=int(reached or 0),
            last_step_title=(last[0] or "") if last else "",
            last_step_at=last[1] if last else None,
            next_due_at=e.next_due_at,
            ab_variant=e.ab_variant,
            verification=state,
            tries_left=left,
            code_expires_at=expires,
            tasks=tasks,
        )
