"""Versioned rows remember who saved them last (``saved_by``), so that a save refused for
a newer version can say whose it is ("王芳 saved a newer version while you were editing").

Stamped here, by hooks on the workspace's ORM, rather than in each service: every write
that bumps a row's ``version`` passes through one of two doors, and both are watched:

- an ORM flush of a new or modified versioned object (``before_flush``), the path of the
  editors' saves;
- an ``update(...)`` statement run through the ORM that sets ``version`` itself (the
  calendar's drag-move bumps ``Post.version + 1`` in one statement), via ``do_orm_execute``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, event
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from desktop.services.live.changes import LiveIdentity

VERSIONED = frozenset({"posts", "groups", "members", "welcome_journeys", "welcome_steps"})


def _bumps_version(statement: Any) -> bool:
    """Whether an UPDATE statement sets the ``version`` column itself."""
    values = getattr(statement, "_values", None) or {}
    return any(getattr(key, "key", key) == "version" for key in values)


class SavedByStamp:
    """Installed with the publisher: the identity's teammate goes on every versioned save."""

    def __init__(self, identity: LiveIdentity) -> None:
        self.identity = identity

    def install(self, maker: sessionmaker[Session]) -> None:
        event.listen(maker, "before_flush", self._before_flush)
        event.listen(maker, "do_orm_execute", self._on_execute)

    @property
    def _name(self) -> str | None:
        return self.identity.teammate or None

    def _before_flush(self, session: Session, _context: object, _instances: object) -> None:
        name = self._name
        for obj in (*session.new, *session.dirty):
            if getattr(obj, "__tablename__", None) not in VERSIONED:
                continue
            # A loaded row that was only touched (no column changed) is not saved: stamping
            # it would bump its version for nothing.
            if obj in session.new or session.is_modified(obj):
                obj.saved_by = name

    def _on_execute(self, state: ORMExecuteState) -> None:
        if not state.is_update:
            return
        table = getattr(state.statement, "table", None)
        if isinstance(table, Table) and table.name in VERSIONED and _bumps_version(state.statement):
            state.statement = state.statement.values(saved_by=self._name)  # type: ignore[attr-defined]
