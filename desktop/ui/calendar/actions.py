"""What the calendar tab does with drops, keyboard moves, deleting, "schedule week" and files.

Every change goes through the ``Planner``: saved at once (off the UI thread), undoable. A
change that would put something in the past is confirmed first, through a non-blocking
message box. What the user should read comes out of ``message``; the tab shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from desktop.domain.calendar.rules import Shift, shifted
from desktop.services.calendar import (
    MovedMeanwhile,
    MoveRefused,
    OverMonthlyCap,
    PushTableService,
    ScheduleResult,
    ScheduleService,
)
from desktop.ui.calendar.dnd import DragKind, DropTarget, Payload
from desktop.ui.calendar.group_pick import GroupPickDialog
from desktop.ui.calendar.labels import over_cap_text
from desktop.ui.calendar.model import WeekModel
from desktop.ui.calendar.push_table_files import PushTableFiles
from desktop.ui.calendar.shown import Shown
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.common.background import Background


class CalendarActions(QObject):
    message = Signal(str, bool)  # text, is an error
    cleared = Signal()
    stale = Signal()  # the grid shows something the database refused: reload it

    def __init__(
        self,
        planner: Planner,
        schedule: ScheduleService,
        push_tables: PushTableService,
        background: Background,
        model: WeekModel,
        shown: Callable[[], Shown],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.planner = planner
        self.schedule = schedule
        self.push_tables = push_tables
        self.background = background
        self.model = model
        self._shown = shown
        self._window = window
        self.confirm: QMessageBox | None = None
        self.group_dialog: GroupPickDialog | None = None
        self.files = PushTableFiles(planner, push_tables, background, model, shown, window)
        self.files.message.connect(self.message)

    # -- drops and keyboard moves ---------------------------------------------------------
    def handle_drop(self, payload: Payload, target: DropTarget, copy: bool) -> None:
        if payload.kind == DragKind.POSTS:
            anchor = self.model.card(*payload.anchor) if payload.anchor else None
            if anchor is None:
                return
            rows = target.row
            shift = Shift(
                days=target.column - anchor.day_index,
                slots=0 if rows is None else rows - anchor.slot_index,
                to_header=rows is None,
            )
            self.shift_posts(list(zip(payload.ids, payload.occurrences, strict=False)), shift, copy)
            return
        row = 0 if target.row is None else target.row
        shown = self._shown()
        when = datetime.combine(self.model.day(target.column), self.model.slot(row).at, shown.tz)
        ids = list(payload.ids)
        if payload.kind == DragKind.DRAFTS:
            targets = [(pid, when) for pid in ids]
            text = self.tr("Plan %n draft(s)", None, len(targets))
            self._confirm_past(
                [when],
                lambda: self._with_groups(
                    ids,
                    True,
                    shown.group_ids,
                    lambda groups: self._plan_drafts(targets, groups, text),
                ),
            )
        else:
            self._confirm_past(
                [when],
                lambda: self._with_groups(
                    ids,
                    False,
                    shown.group_ids,
                    lambda groups: self._plan_materials(ids, when, groups),
                ),
            )

    def _with_groups(
        self,
        ids: list[int],
        drafts: bool,
        shown_groups: list[int] | None,
        then: Callable[[list[int]], None],
    ) -> None:
        """Planning from the backlog needs groups, or the post goes nowhere: a
        group-filtered week gives its groups; otherwise the user is asked, unless every
        draft has its own already (``then([])``). Cancelling plans nothing."""
        if shown_groups:
            then(list(shown_groups))
            return
        planning, calendar = self.planner.planning, self.planner.calendar

        def read() -> tuple[list[int] | None, list[tuple[int, str]]]:
            bare = planning.untargeted(ids) if drafts else None
            return bare, ([] if bare == [] else calendar.group_choices())

        def got(out: tuple[list[int] | None, list[tuple[int, str]]]) -> None:
            bare, groups = out
            if bare == []:
                then([])
                return
            self._ask_groups(groups, len(bare if bare is not None else ids), then)

        self.background.read(read, got, self._failed)

    def _ask_groups(
        self, groups: list[tuple[int, str]], count: int, then: Callable[[list[int]], None]
    ) -> None:
        dialog = GroupPickDialog(groups, count, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(result: int) -> None:
            self.group_dialog = None
            if result == QDialog.DialogCode.Accepted and dialog.checked_group_ids():
                then(dialog.checked_group_ids())

        dialog.finished.connect(answered)
        self.group_dialog = dialog
        dialog.open()

    def _plan_drafts(
        self, targets: list[tuple[int, datetime]], groups: list[int], text: str
    ) -> None:
        if not groups:
            self._run_move(targets, text)  # every draft has its groups: a plain move
            return
        self.cleared.emit()
        self.planner.plan_drafts(targets, groups, text, self._move_failed)

    def refuse_sent(self) -> None:
        """A sent card was dragged: nothing moves, and the user learns why."""
        self.message.emit(self.tr("Sent posts stay where they were sent."), False)

    def shift_posts(self, pairs: Sequence[tuple[int, int]], shift: Shift, copy: bool) -> None:
        slots = self._shown().slots
        targets: dict[int, datetime] = {}
        for pid, occurrence in pairs:
            card = self.model.card(pid, occurrence)
            if card is None or pid in targets or (not copy and not card.movable):
                continue
            targets[pid] = card.moved_start(shifted(card.local_time, slots, shift))
        if not targets:
            self.message.emit(self.tr("Sent posts stay where they were sent."), False)
            return
        items = list(targets.items())
        if copy:
            text = self.tr("Copy %n post(s)", None, len(items))
            self._confirm_past(
                list(targets.values()), lambda: self.planner.copy(items, text, self._create_failed)
            )
        else:
            text = self.tr("Move %n post(s)", None, len(items))
            self._confirm_past(list(targets.values()), lambda: self._run_move(items, text))

    def _run_move(self, items: list[tuple[int, datetime]], text: str) -> None:
        """Move at once in the grid, write in the background; a refused or failed write
        puts the cards back (``stale``) and says why."""

        self.cleared.emit()
        # The versions the operator saw: a post a teammate moved since is not moved again.
        versions = {
            pid: card.version
            for pid, _at in items
            if (card := self.model.first_card(pid)) is not None
        }
        self.model.preview_moves(dict(items))
        self.planner.move(items, text, self._move_failed, versions)

    def _move_failed(self, exc: BaseException) -> None:
        self.stale.emit()
        if isinstance(exc, OverMonthlyCap):
            self.message.emit(over_cap_text(exc.problem), True)
        elif isinstance(exc, MovedMeanwhile):
            self.message.emit(
                self.tr("A teammate just changed this post; nothing was moved. Look again."),
                True,
            )
        elif isinstance(exc, MoveRefused):
            self.message.emit(self.tr("Sent posts stay where they were sent."), False)
        else:
            self.message.emit(self.tr("The change was not saved: %1").replace("%1", str(exc)), True)

    def _create_failed(self, exc: BaseException) -> None:
        """A copy or a planned material was refused: the tab says why, in the user's words
        where there are any."""
        if isinstance(exc, OverMonthlyCap):
            self.message.emit(over_cap_text(exc.problem), True)
        else:
            self.planner.failed.emit(exc)  # as any other failed change: said, then reloaded

    def _plan_materials(self, ids: list[int], when: datetime, group_ids: list[int]) -> None:
        for mid in ids:
            self.planner.plan_material(
                mid, when, group_ids, self.tr("Plan material"), self._create_failed
            )

    def _confirm_past(self, moments: list[datetime], action: Callable[[], object]) -> None:
        now = datetime.now(UTC)
        if all(m.astimezone(UTC) >= now for m in moments):
            action()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Plan into the past?"),
            self.tr("This puts a post at a time that has already passed. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("pastConfirm")

        def answered(_result: int) -> None:
            self.confirm = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                action()

        box.finished.connect(answered)
        self.confirm = box
        box.open()

    # -- deleting -----------------------------------------------------------------------
    def delete(self, ids: list[int]) -> None:
        if not ids:
            return
        card = self.model.first_card(ids[-1])
        if len(ids) == 1:
            question = self.tr("Delete “%1”? Ctrl+Z brings it back.").replace(
                "%1", card.title if card else str(ids[0])
            )
        else:
            question = self.tr("Delete %n posts? Ctrl+Z brings them back.", None, len(ids))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete post"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._delete_answered(ids, box.standardButton(box.clickedButton()))
        )
        self.confirm = box
        box.open()

    def _delete_answered(self, ids: list[int], answer: QMessageBox.StandardButton) -> None:
        self.confirm = None
        if answer == QMessageBox.StandardButton.Yes:
            self.planner.delete(ids, self.tr("Delete %n post(s)", None, len(ids)))

    # -- schedule week --------------------------------------------------------------------
    def schedule_week(self) -> None:
        shown = self._shown()
        self.background.read(
            lambda: self.schedule.planned_in_week(shown.anchor, shown.group_ids),
            self._schedule_these,
            self._failed,
        )

    def _schedule_these(self, ids: list[int]) -> None:
        if not ids:
            self.message.emit(self.tr("Nothing planned this week waits to be scheduled."), False)
            return
        self.planner.schedule(ids, self.tr("Schedule week"), self._scheduled)

    def _scheduled(self, result: ScheduleResult) -> None:
        problems = [
            self.tr("“%1” has no target group and was not scheduled.").replace("%1", title)
            for _pid, title in result.no_targets
        ]
        problems += [
            self.tr("“%1” is in the past and was not scheduled.").replace("%1", title)
            for _pid, title in result.in_past
        ]
        problems += [
            self.tr("“%1” is too long for a group robot and was not scheduled: %2")
            .replace("%1", title)
            .replace("%2", why)
            for _pid, title, why in result.too_long
        ]
        done = self.tr("Scheduled %n post(s)", None, len(result.scheduled))
        done += " " + self.tr("(%n delivery(ies) in the outbox).", None, result.deliveries)
        self.message.emit("\n".join([done, *problems]), bool(problems))

    def _failed(self, exc: BaseException) -> None:
        self.message.emit(self.tr("The change was not saved: %1").replace("%1", str(exc)), True)
