"""Undo/redo for every calendar change (C2), on one QUndoStack.

Each operation runs through the services first (so it is saved at once), then the
command that can reverse it is pushed; its first ``redo`` is therefore skipped. Undo and
redo call the services again, so the database — and the outbox, through the schedule
service — is what is undone, not just the grid.

With a ``Background`` the service calls run off the UI thread, one after another in the
order they were asked (its single worker), and the stack is only touched back on the UI
thread once a write is done; the operations then return None. Without one (scripts,
benchmarks, service tests) they run in place, return what they did and raise what failed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.services.calendar import (
    CalendarService,
    Placement,
    PlanningService,
    PostSnapshot,
    ScheduleResult,
    ScheduleService,
)
from desktop.ui.common.background import Background

Ids = Sequence[int]
# Runs a command's service call (undoing or not), then reloads the ids it answers.
Replay = Callable[["_Command", Callable[[], Ids], bool], None]
Failed = Callable[[BaseException], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, replay: Replay) -> None:
        super().__init__(text)
        self._replay = replay
        # The database is already where the next redo or undo would take it: the operation
        # ran before the push, or an undo/redo was refused and the stack steps back.
        self.skip_next = True

    def redo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self._replay(self, self.do, False)

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self._replay(self, self.undo_do, True)

    def do(self) -> Ids:
        raise NotImplementedError

    def undo_do(self) -> Ids:
        raise NotImplementedError


class MoveCommand(_Command):
    def __init__(
        self,
        planning: PlanningService,
        moves: list[tuple[Placement, Placement]],
        text: str,
        replay: Replay,
    ) -> None:
        super().__init__(text, replay)
        self.planning = planning
        self.before = [b for b, _a in moves]
        self.after = [a for _b, a in moves]

    def do(self) -> Ids:
        self.planning.place(self.after)
        return [p.post_id for p in self.after]

    def undo_do(self) -> Ids:
        self.planning.place(self.before)
        return [p.post_id for p in self.before]


class CreateCommand(_Command):
    """Posts that did not exist before: undo marks them deleted, redo brings them back."""

    def __init__(self, planning: PlanningService, ids: list[int], text: str, replay: Replay):
        super().__init__(text, replay)
        self.planning = planning
        self.ids = ids

    def do(self) -> Ids:
        self.planning.set_deleted(self.ids, False)
        return self.ids

    def undo_do(self) -> Ids:
        self.planning.set_deleted(self.ids, True)
        return []


class SnapshotCommand(_Command):
    """Edits, deletes and scheduling: the posts are put back exactly as they were."""

    def __init__(
        self,
        planning: PlanningService,
        before: list[PostSnapshot],
        after: list[PostSnapshot],
        text: str,
        replay: Replay,
    ) -> None:
        super().__init__(text, replay)
        self.planning = planning
        self.before = before
        self.after = after

    def do(self) -> Ids:
        self.planning.restore(self.after)
        return [s.id for s in self.after if s.deleted_at is None]

    def undo_do(self) -> Ids:
        self.planning.restore(self.before)
        return [s.id for s in self.before if s.deleted_at is None]


class Planner(QObject):
    """The calendar's editing operations, each saved at once and undoable.

    ``changed`` carries the ids to select after the change (may be empty); ``failed`` the
    error of a write whose caller gave no ``on_failed`` (an undo or redo, say).
    """

    changed = Signal(list)
    failed = Signal(object)

    def __init__(
        self,
        planning: PlanningService,
        calendar: CalendarService,
        schedule: ScheduleService,
        background: Background | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.planning = planning
        self.calendar = calendar
        self.schedule_service = schedule
        self._background = background
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)

    def _run(
        self, work: Callable[[], Any], finish: Callable[[Any], Any], on_failed: Failed | None
    ) -> Any:
        if self._background is not None:
            self._background.change(work, finish, on_failed or self.failed.emit)
            return None
        try:
            result = work()
        except Exception as exc:
            if on_failed is None:
                raise
            on_failed(exc)
            return None
        return finish(result)

    def _replay(self, command: _Command, work: Callable[[], Ids], undoing: bool) -> None:
        def refused(exc: BaseException) -> None:
            self.failed.emit(exc)
            # Qt moves the index after undo()/redo() return: step back once it has.
            QTimer.singleShot(0, self, lambda: self._step_back(command, undoing))

        self._run(work, self._applied, refused)

    def _step_back(self, command: _Command, undoing: bool) -> None:
        """An undo or redo the services refused (a month now full, say) changed nothing:
        the stack goes back to where the database still is, without running it again."""
        at = self.stack.index()
        if undoing and at < self.stack.count() and self.stack.command(at) is command:
            command.skip_next = True
            self.stack.redo()
        elif not undoing and at > 0 and self.stack.command(at - 1) is command:
            command.skip_next = True
            self.stack.undo()

    def _applied(self, ids: Ids) -> list[int]:
        self.changed.emit(list(ids))
        return list(ids)

    def move(
        self,
        targets: Sequence[tuple[int, datetime]],
        text: str,
        on_failed: Failed | None = None,
        versions: Mapping[int, int] | None = None,
    ) -> list[int] | None:
        def done(moves: list[tuple[Placement, Placement]]) -> list[int]:
            self.stack.push(MoveCommand(self.planning, moves, text, self._replay))
            return self._applied([a.post_id for _b, a in moves])

        return self._run(lambda: self.planning.move(targets, versions), done, on_failed)

    def plan_drafts(
        self,
        targets: Sequence[tuple[int, datetime]],
        group_ids: Sequence[int],
        text: str,
        on_failed: Failed | None = None,
    ) -> None:
        """Move backlog drafts into the week, sending those that go nowhere to
        ``group_ids``; one undo step puts both back."""
        ids = [pid for pid, _at in targets]

        def work() -> tuple[list[PostSnapshot], list[PostSnapshot], list[int]]:
            self.planning.check_given_groups(targets, group_ids)  # before anything moves
            before = self.planning.snapshots(ids)
            moved = [after.post_id for _b, after in self.planning.move(targets)]
            self.planning.give_targets(moved, group_ids)
            return before, self.planning.snapshots(ids), moved

        def done(out: tuple[list[PostSnapshot], list[PostSnapshot], list[int]]) -> list[int]:
            before, after, moved = out
            self.stack.push(SnapshotCommand(self.planning, before, after, text, self._replay))
            return self._applied(moved)

        self._run(work, done, on_failed)

    def copy(
        self, targets: Sequence[tuple[int, datetime]], text: str, on_failed: Failed | None = None
    ) -> list[int] | None:
        return self._run(
            lambda: self.planning.copy(targets), lambda ids: self._created(ids, text), on_failed
        )

    def plan_material(
        self,
        material_id: int,
        at: datetime,
        target_ids: Sequence[int],
        text: str,
        on_failed: Failed | None = None,
    ) -> list[int] | None:
        def work() -> list[int]:
            new_id = self.planning.plan_material(material_id, at, target_ids)
            return [] if new_id is None else [new_id]

        return self._run(work, lambda ids: self._created(ids, text), on_failed)

    def created(self, ids: list[int], text: str) -> None:
        """Posts someone else created (the editor, an import): make their creation undoable."""
        self._created(ids, text)

    def _created(self, ids: list[int], text: str) -> list[int]:
        if ids:
            self.stack.push(CreateCommand(self.planning, ids, text, self._replay))
        return self._applied(ids)

    def edited(self, before: list[PostSnapshot], text: str) -> None:
        """After a save in the editor: ``before`` was taken when it opened."""

        def done(after: list[PostSnapshot]) -> None:
            if after != before:
                self.stack.push(SnapshotCommand(self.planning, before, after, text, self._replay))
            self._applied([s.id for s in after])

        self._run(lambda: self.planning.snapshots([s.id for s in before]), done, None)

    def delete(self, ids: Sequence[int], text: str) -> None:
        def work() -> tuple[list[PostSnapshot], list[PostSnapshot]]:
            before = self.planning.snapshots(ids)
            self.calendar.delete_many(ids)
            return before, self.planning.snapshots(ids)

        def done(snapshots: tuple[list[PostSnapshot], list[PostSnapshot]]) -> None:
            before, after = snapshots
            self.stack.push(SnapshotCommand(self.planning, before, after, text, self._replay))
            self._applied([])

        self._run(work, done, None)

    def schedule(
        self,
        ids: Sequence[int],
        text: str,
        on_done: Callable[[ScheduleResult], None] | None = None,
    ) -> ScheduleResult | None:
        def work() -> tuple[list[PostSnapshot], ScheduleResult, list[PostSnapshot]]:
            before = self.planning.snapshots(ids)
            result = self.schedule_service.schedule(ids)
            after = self.planning.snapshots(result.scheduled) if result.scheduled else []
            return before, result, after

        def done(
            out: tuple[list[PostSnapshot], ScheduleResult, list[PostSnapshot]],
        ) -> ScheduleResult:
            before, result, after = out
            if result.scheduled:
                scheduled = set(result.scheduled)
                kept = [s for s in before if s.id in scheduled]
                self.stack.push(SnapshotCommand(self.planning, kept, after, text, self._replay))
            self._applied(result.scheduled)
            if on_done is not None:
                on_done(result)
            return result

        return self._run(work, done, None)
