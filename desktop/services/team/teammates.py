"""Teammates (R4): who works in this workspace, with which role; every change audited.

An admin role is what the app expects for workspace-wide changes; operators answer the
inbox and plan posts. A teammate who leaves is deactivated, not deleted: their name stays on
the notes, assignments and moderation steps they made.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import OperatorRole
from desktop.services.workspace.audit import audit
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Operator


class TeammateError(ValueError):
    pass


@dataclass(frozen=True)
class Teammate:
    id: int
    name: str
    email: str
    role: OperatorRole
    active: bool


class TeammateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, include_inactive: bool = True) -> list[Teammate]:
        with self.db.read() as s:
            stmt = select(Operator).order_by(Operator.active.desc(), Operator.name)
            if not include_inactive:
                stmt = stmt.where(Operator.active.is_(True))
            return [
                Teammate(o.id, o.name, o.email or "", OperatorRole(o.role), o.active)
                for o in s.scalars(stmt)
            ]

    def add(
        self,
        name: str,
        email: str = "",
        role: OperatorRole = OperatorRole.OPERATOR,
        *,
        by: int | None = None,
    ) -> int:
        name, email = name.strip(), email.strip()
        if not name:
            raise TeammateError("name")
        if email and "@" not in email:
            raise TeammateError("email")
        with self.db.write() as s:
            taken = s.scalar(
                select(Operator.id).where(
                    func.lower(Operator.name) == name.lower(), Operator.active.is_(True)
                )
            )
            if taken is not None:
                raise TeammateError("duplicate")
            o = Operator(name=name[:80], email=email or None, role=role, active=True)
            s.add(o)
            s.flush()
            self._audit(s, by, "teammate_added", o.id, {"name": o.name, "role": str(role)})
            return o.id

    def set_role(self, operator_id: int, role: OperatorRole, *, by: int | None = None) -> None:
        with self.db.write() as s:
            o = s.get(Operator, operator_id)
            if o is None:
                raise TeammateError("missing")
            if o.role == OperatorRole.ADMIN and role != OperatorRole.ADMIN:
                self._keep_an_admin(s, operator_id)
            o.role = role
            self._audit(s, by, "teammate_role", operator_id, {"role": str(role)})

    def set_active(self, operator_id: int, active: bool, *, by: int | None = None) -> None:
        with self.db.write() as s:
            o = s.get(Operator, operator_id)
            if o is None:
                raise TeammateError("missing")
            if not active and o.role == OperatorRole.ADMIN:
                self._keep_an_admin(s, operator_id)
            o.active = active
            action = "teammate_activated" if active else "teammate_deactivated"
            self._audit(s, by, action, operator_id, {})

    @staticmethod
    def _keep_an_admin(s: Session, leaving: int) -> None:
        """A workspace always keeps one active admin, or nobody could manage it."""
        others = s.scalar(
            select(func.count())
            .select_from(Operator)
            .where(
                Operator.role == OperatorRole.ADMIN,
                Operator.active.is_(True),
                Operator.id != leaving,
            )
        )
        if not others:
            raise TeammateError("last_admin")

    @staticmethod
    def _audit(
        s: Session, by: int | None, action: str, entity_id: int, detail: dict[str, str]
    ) -> None:
        audit(s, action, "operator", entity_id, by, detail, at=utcnow())
