"""Undo/redo for every calendar change (C2), on one QUndoStack.

Each operation runs through the services first (so it is saved at once), then the
command that can reverse it is pushed; its first ``redo`` is therefore skipped. Undo and
redo call the services again, so the database — and the outbox, through the schedule
service — is what is undone, not just the grid.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.calendar import Placement, PostSnapshot, ScheduleResult
from desktop.services.container import Services

Applied = Callable[[Sequence[int]], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, applied: Applied) -> None:
        super().__init__(text)
        self._applied = applied
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False  # the operation already ran before the push
            return
        self._applied(self.do())

    def undo(self) -> None:
        self._applied(self.undo_do())

    def do(self) -> Sequence[int]:
        raise NotImplementedError

    def undo_do(self) -> Sequence[int]:
        raise NotImplementedError


class MoveCommand(_Command):
    def __init__(
        self,
        services: Services,
        moves: list[tuple[Placement, Placement]],
        text: str,
        applied: Applied,
    ) -> None:
        super().__init__(text, applied)
        self.services = services
        self.before = [b for b, _a in moves]
        self.after = [a for _b, a in moves]

    def do(self) -> Sequence[int]:
        self.services.planning.place(self.after)
        return [p.post_id for p in self.after]

    def undo_do(self) -> Sequence[int]:
        self.services.planning.place(self.before)
        return [p.post_id for p in self.before]


class CreateCommand(_Command):
    """Posts that did not exist before: undo marks them deleted, redo brings them back."""

    def __init__(self, services: Services, ids: list[int], text: str, applied: Applied) -> None:
        super().__init__(text, applied)
        self.services = services
        self.ids = ids

    def do(self) -> Sequence[int]:
        self.services.planning.set_deleted(self.ids, False)
        return self.ids

    def undo_do(self) -> Sequence[int]:
        self.services.planning.set_deleted(self.ids, True)
        return []


class SnapshotCommand(_Command):
    """Edits, deletes and scheduling: the posts are put back exactly as they were."""

    def __init__(
        self,
        services: Services,
        before: list[PostSnapshot],
        after: list[PostSnapshot],
        text: str,
        applied: Applied,
    ) -> None:
        super().__init__(text, applied)
        self.services = services
        self.before = before
        self.after = after

    def do(self) -> Sequence[int]:
        self.services.planning.restore(self.after)
        return [s.id for s in self.after if s.deleted_at is None]

    def undo_do(self) -> Sequence[int]:
        self.services.planning.restore(self.before)
        return [s.id for s in self.before if s.deleted_at is None]


class Planner(QObject):
    """The calendar's editing operations, each saved at once and undoable.

    ``changed`` carries the ids to select after the change (may be empty).
    """

    changed = Signal(list)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    def _applied(self, ids: Sequence[int]) -> None:
        self.changed.emit(list(ids))

    def move(self, targets: Sequence[tuple[int, datetime]], text: str) -> list[int]:
        moves = self.services.planning.move(targets)
        self.stack.push(MoveCommand(self.services, moves, text, self._applied))
        ids = [a.post_id for _b, a in moves]
        self._applied(ids)
        return ids

    def copy(self, targets: Sequence[tuple[int, datetime]], text: str) -> list[int]:
        ids = self.services.planning.copy(targets)
        return self._created(ids, text)

    def plan_material(
        self, material_id: int, at: datetime, target_ids: Sequence[int], text: str
    ) -> list[int]:
        new_id = self.services.planning.plan_material(material_id, at, target_ids)
        return self._created([] if new_id is None else [new_id], text)

    def created(self, ids: list[int], text: str) -> list[int]:
        """Posts someone else created (the editor, an import): make their creation undoable."""
        return self._created(ids, text)

    def _created(self, ids: list[int], text: str) -> list[int]:
        if ids:
            self.stack.push(CreateCommand(self.services, ids, text, self._applied))
        self._applied(ids)
        return ids

    def edited(self, before: list[PostSnapshot], text: str) -> None:
        """After a save in the editor: ``before`` was taken when it opened."""
        after = self.services.planning.snapshots([s.id for s in before])
        if after != before:
            self.stack.push(SnapshotCommand(self.services, before, after, text, self._applied))
        self._applied([s.id for s in after])

    def delete(self, ids: Sequence[int], text: str) -> None:
        before = self.services.planning.snapshots(ids)
        self.services.calendar.delete_many(ids)
        after = self.services.planning.snapshots(ids)
        self.stack.push(SnapshotCommand(self.services, before, after, text, self._applied))
        self._applied([])

    def schedule(self, ids: Sequence[int], text: str) -> ScheduleResult:
        before = self.services.planning.snapshots(ids)
        result = self.services.schedule.schedule(ids)
        if result.scheduled:
            done = set(result.scheduled)
            kept = [s for s in before if s.id in done]
            after = self.services.planning.snapshots(result.scheduled)
            self.stack.push(SnapshotCommand(self.services, kept, after, text, self._applied))
        self._applied(result.scheduled)
        return result
