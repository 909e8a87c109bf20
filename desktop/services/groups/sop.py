"""SOP checklists ticked per group (G8) and retrospectives (复盘) with the group's figures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select

from desktop.domain.enums import DeliveryKind, DeliveryStatus, GroupType, MessageDirection
from desktop.domain.groups.sop import CHECKLISTS, Checklist, checklists_for
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Delivery,
    Enrolment,
    Group,
    Membership,
    Message,
    Retrospective,
    SopTick,
)


@dataclass(frozen=True)
class ChecklistState:
    checklist: Checklist
    done: dict[str, datetime]  # item → when it was ticked

    @property
    def progress(self) -> tuple[int, int]:
        return len([i for i in self.checklist.items if i in self.done]), len(self.checklist.items)


@dataclass
class RetroDraft:
    group_id: int
    period_start: date
    period_end: date
    goal: str = ""
    result: str = ""
    causes: str = ""
    lessons: str = ""
    next_actions: str = ""
    figures: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


FIGURE_KEYS = (
    "joined",
    "left",
    "members_at_end",
    "posts_sent",
    "dms_in",
    "dms_out",
    "welcome_started",
    "welcome_completed",
)


class SopService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- checklists -----------------------------------------------------------------------------
    def checklists(self, group_id: int) -> list[ChecklistState]:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise KeyError(group_id)
            ticks = s.execute(
                select(SopTick.checklist, SopTick.item, SopTick.done_at).where(
                    SopTick.group_id == group_id
                )
            ).all()
        done: dict[str, dict[str, datetime]] = {}
        for key, item, at in ticks:
            done.setdefault(key, {})[item] = at
        return [
            ChecklistState(c, done.get(c.key, {})) for c in checklists_for(GroupType(g.group_type))
        ]

    def tick(
        self,
        group_id: int,
        checklist: str,
        item: str,
        done: bool = True,
        *,
        operator_id: int | None = None,
        at: datetime | None = None,
    ) -> None:
        if checklist not in CHECKLISTS or item not in CHECKLISTS[checklist].items:
            raise KeyError((checklist, item))
        with self.db.write() as s:
            row = s.scalar(
                select(SopTick).where(
                    SopTick.group_id == group_id,
                    SopTick.checklist == checklist,
                    SopTick.item == item,
                )
            )
            if done and row is None:
                s.add(
                    SopTick(
                        group_id=group_id,
                        checklist=checklist,
                        item=item,
                        done_at=at or utcnow(),
                        done_by=operator_id,
                    )
                )
            elif not done and row is not None:
                s.delete(row)

    # -- retrospectives -------------------------------------------------------------------------
    def figures(self, group_id: int, start: date, end: date) -> dict[str, int]:
        """The group's numbers for [start, end] (whole days, UTC)."""
        t0 = datetime.combine(start, time.min, tzinfo=UTC)
        t1 = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
        with self.db.read() as s:

            def count(stmt: Any) -> int:
                return int(s.scalar(stmt) or 0)

            member_ids = select(Membership.member_id).where(Membership.group_id == group_id)
            dms = (
                select(func.count())
                .select_from(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(
                    Conversation.member_id.in_(member_ids),
                    Message.sent_at >= t0,
                    Message.sent_at < t1,
                )
            )
            return {
                "joined": count(
                    select(func.count()).where(
                        Membership.group_id == group_id,
                        Membership.joined_at >= t0,
                        Membership.joined_at < t1,
                    )
                ),
                "left": count(
                    select(func.count()).where(
                        Membership.group_id == group_id,
                        Membership.left_at >= t0,
                        Membership.left_at < t1,
                    )
                ),
                "members_at_end": count(
                    select(func.count()).where(
                        Membership.group_id == group_id,
                        Membership.joined_at < t1,
                        (Membership.left_at.is_(None)) | (Membership.left_at >= t1),
                    )
                ),
                "posts_sent": count(
                    select(func.count()).where(
                        Delivery.group_id == group_id,
                        Delivery.kind == DeliveryKind.POST,
                        Delivery.status == DeliveryStatus.SENT,
                        Delivery.sent_at >= t0,
                        Delivery.sent_at < t1,
                    )
                ),
                "dms_in": count(dms.where(Message.direction == MessageDirection.INBOUND)),
                "dms_out": count(dms.where(Message.direction == MessageDirection.OUTBOUND)),
                "welcome_started": count(
                    select(func.count()).where(
                        Enrolment.group_id == group_id,
                        Enrolment.started_at >= t0,
                        Enrolment.started_at < t1,
                    )
                ),
                "welcome_completed": count(
                    select(func.count()).where(
                        Enrolment.group_id == group_id,
                        Enrolment.finished_at >= t0,
                        Enrolment.finished_at < t1,
                    )
                ),
            }

    def new_retro(self, group_id: int, start: date, end: date) -> RetroDraft:
        return RetroDraft(group_id, start, end, figures=self.figures(group_id, start, end))

    def retros(self, group_id: int) -> list[RetroDraft]:
        with self.db.read() as s:
            return [
                RetroDraft(
                    r.group_id,
                    r.period_start,
                    r.period_end,
                    r.goal,
                    r.result,
                    r.causes,
                    r.lessons,
                    r.next_actions,
                    dict(r.figures),
                    r.id,
                )
                for r in s.scalars(
                    select(Retrospective)
                    .where(Retrospective.group_id == group_id)
                    .order_by(Retrospective.period_end.desc(), Retrospective.id.desc())
                )
            ]

    def save_retro(self, draft: RetroDraft) -> int:
        if draft.period_end < draft.period_start:
            raise ValueError("the period ends before it starts")
        with self.db.write() as s:
            r = Retrospective() if draft.id is None else s.get(Retrospective, draft.id)
            if r is None:
                raise KeyError(draft.id)
            r.group_id = draft.group_id
            r.period_start = draft.period_start
            r.period_end = draft.period_end
            r.goal = draft.goal
            r.result = draft.result
            r.causes = draft.causes
            r.lessons = draft.lessons
            r.next_actions = draft.next_actions
            r.figures = dict(draft.figures)
            s.add(r)
            s.flush()
            return r.id
