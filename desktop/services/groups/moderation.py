"""Moderation (G5): warn → mute → remove, each recorded with who, when and which rule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain.groups.moderation import ModAction, Strike, mute_until, muted_until, next_action
from desktop.services.workspace.audit import audit
from desktop.services.workspace.policy import PolicyService
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Group, Membership, ModerationAction, Operator


@dataclass(frozen=True)
class StrikeRow:
    id: int
    group_id: int
    group_name: str
    member_id: int
    action: ModAction
    rule: str
    note: str
    at: datetime
    until: datetime | None
    operator: str  # "" when recorded without a signed-in teammate


class ModerationService:
    def __init__(self, db: Database, policy: PolicyService) -> None:
        self.db = db
        self.policy = policy

    def strikes(self, member_id: int, group_id: int | None = None) -> list[StrikeRow]:
        stmt = (
            select(ModerationAction, Group.name, Operator.name)
            .join(Group, Group.id == ModerationAction.group_id)
            .outerjoin(Operator, Operator.id == ModerationAction.operator_id)
            .where(ModerationAction.member_id == member_id)
            .order_by(ModerationAction.at, ModerationAction.id)
        )
        if group_id is not None:
            stmt = stmt.where(ModerationAction.group_id == group_id)
        with self.db.read() as s:
            return [
                StrikeRow(
                    a.id,
                    a.group_id,
                    gname,
                    a.member_id,
                    ModAction(a.action),
                    a.rule,
                    a.note,
                    a.at,
                    a.until,
                    oname or "",
                )
                for a, gname, oname in s.execute(stmt)
            ]

    def next_action(self, group_id: int, member_id: int) -> ModAction:
        ladder = self.policy.get().ladder
        return next_action(_as_strikes(self.strikes(member_id, group_id)), ladder)

    def muted_until(
        self, group_id: int, member_id: int, now: datetime | None = None
    ) -> datetime | None:
        return muted_until(_as_strikes(self.strikes(member_id, group_id)), now or utcnow())

    def record(
        self,
        group_id: int,
        member_id: int,
        rule: str,
        *,
        action: ModAction | None = None,
        note: str = "",
        until: datetime | None = None,
        operator_id: int | None = None,
        now: datetime | None = None,
    ) -> StrikeRow:
        """Take the next step of the ladder (or ``action``). A mute lasts the policy's hours
        unless ``until`` is given; a removal ends the membership (history kept)."""
        if not rule.strip():
            raise ValueError("which rule was broken must be recorded")
        at = now or utcnow()
        policy = self.policy.get()
        step = action or self.next_action(group_id, member_id)
        if step == ModAction.MUTE and until is None:
            until = mute_until(at, policy.mute_hours)
        if step != ModAction.MUTE:
            until = None
        with self.db.write() as s:
            row = ModerationAction(
                group_id=group_id,
                member_id=member_id,
                action=str(step),
                rule=rule.strip()[:300],
                note=note,
                until=until,
                at=at,
                operator_id=operator_id,
            )
            s.add(row)
            if step == ModAction.REMOVE:
                m = s.scalar(
                    select(Membership).where(
                        Membership.group_id == group_id,
                        Membership.member_id == member_id,
                        Membership.left_at.is_(None),
                    )
                )
                if m is not None:
                    m.left_at = at
            detail = {"group_id": group_id, "rule": rule.strip()[:300]}
            audit(s, f"moderation_{step}", "member", member_id, operator_id, detail, at=at)
            s.flush()
            row_id = row.id
        return next(r for r in self.strikes(member_id, group_id) if r.id == row_id)


def _as_strikes(rows: list[StrikeRow]) -> list[Strike]:
    return [Strike(r.action, r.at, r.rule, r.until) for r in rows]
