"""What the calendar tab does with drops, keyboard moves, "schedule week" and files.

A mixin of ``CalendarTab`` (kept apart so neither file grows past a few hundred lines).
Every change goes through the tab's ``Planner``: saved at once, undoable. A change that
would put something in the past is confirmed first, through a non-blocking message box.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.domain.calendar.push_table import ImportProblem
from desktop.domain.calendar.rules import Shift, shifted
from desktop.services.calendar import MoveRefused
from desktop.ui.calendar.dnd import DragKind, DropTarget, Payload
from desktop.ui.i18n import MixinTr

if TYPE_CHECKING:
    from desktop.ui.calendar.tab import CalendarTab

    _Base = CalendarTab
else:
    _Base = MixinTr  # self.tr finds this mixin's strings, plural ones too


class TabActions(_Base):
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
        when = datetime.combine(
            self.model.day(target.column), self.model.slot(row).at, self._settings.tz
        )
        if payload.kind == DragKind.DRAFTS:
            targets = [(pid, when) for pid in payload.ids]
            self._confirm_past(
                [when],
                lambda: self._run_move(targets, self.tr("Plan %n draft(s)", None, len(targets))),
            )
        else:
            self._confirm_past([when], lambda: self._plan_materials(list(payload.ids), when))

    def shift_selected(self, shift: Shift) -> None:
        ids = self.view.selected_ids()
        pairs = [(pid, card.occurrence) for pid in ids if (card := self.model.first_card(pid))]
        self.shift_posts(pairs, shift, copy=False)

    def shift_posts(self, pairs: list[tuple[int, int]], shift: Shift, copy: bool) -> None:
        slots = self._settings.slots
        targets: dict[int, datetime] = {}
        for pid, occurrence in pairs:
            card = self.model.card(pid, occurrence)
            if card is None or pid in targets or (not copy and not card.movable):
                continue
            targets[pid] = card.moved_start(shifted(card.local_time, slots, shift))
        if not targets:
            self.status_note.show_warning(self.tr("Sent posts stay where they were sent."))
            return
        items = list(targets.items())
        if copy:
            text = self.tr("Copy %n post(s)", None, len(items))
            self._confirm_past(list(targets.values()), lambda: self._run_copy(items, text))
        else:
            text = self.tr("Move %n post(s)", None, len(items))
            self._confirm_past(list(targets.values()), lambda: self._run_move(items, text))

    def _run_move(self, items: list[tuple[int, datetime]], text: str) -> None:
        try:
            self.planner.move(items, text)
            self.status_note.clear_message()
        except MoveRefused:
            self.status_note.show_warning(self.tr("Sent posts stay where they were sent."))

    def _run_copy(self, items: list[tuple[int, datetime]], text: str) -> None:
        self.planner.copy(items, text)

    def _plan_materials(self, ids: list[int], when: datetime) -> None:
        for mid in ids:
            self.planner.plan_material(
                mid, when, self.filter_group_ids() or [], self.tr("Plan material")
            )
        self.backlog.reload()

    def plan_into_current(self, kind: DragKind, ids: list[int]) -> None:
        """Keyboard planning from the backlog into the grid's current cell."""
        index = self.view.currentIndex()
        column = index.column() if index.isValid() else (self.model.today_column() or 0)
        row = index.row() if index.isValid() else 0
        self.handle_drop(Payload(kind, tuple(ids)), DropTarget(column, row), False)

    def _confirm_past(self, moments: list[datetime], action: Callable[[], None]) -> None:
        now = datetime.now(UTC)
        if all(m.astimezone(UTC) >= now for m in moments):
            action()
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Plan into the past?"),
            self.tr("This puts a post at a time that has already passed. Continue?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setObjectName("pastConfirm")

        def answered(_result: int) -> None:
            self._confirm = None
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                action()

        box.finished.connect(answered)
        self._confirm = box
        box.open()

    # -- schedule week --------------------------------------------------------------------
    def schedule_week(self) -> None:
        ids = self.services.schedule.planned_in_week(self._anchor, self.filter_group_ids())
        if not ids:
            self.status_note.show_warning(
                self.tr("Nothing planned this week waits to be scheduled.")
            )
            return
        result = self.planner.schedule(ids, self.tr("Schedule week"))
        problems = [
            self.tr("“%1” has no target group and was not scheduled.").replace("%1", title)
            for _pid, title in result.no_targets
        ]
        problems += [
            self.tr("“%1” is in the past and was not scheduled.").replace("%1", title)
            for _pid, title in result.in_past
        ]
        done = self.tr("Scheduled %n post(s)", None, len(result.scheduled))
        done += " " + self.tr("(%n delivery(ies) in the outbox).", None, result.deliveries)
        if problems:
            self.status_note.show_error("\n".join([done, *problems]))
        else:
            self.status_note.show_warning(done)

    # -- files ----------------------------------------------------------------------------
    def choose_export(self, fmt: str) -> None:
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "ics": self.tr("iCalendar file (*.ics)"),
        }
        start = self.model.day(0)
        name = f"社群推送表-{start:%Y-%m-%d}.{fmt}"
        dialog = QFileDialog(self, self.tr("Export the week"), name, filters[fmt])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        self._file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, fmt: str) -> None:
        service = self.services.push_tables
        slots = self._settings.slots
        try:
            if fmt == "ics":
                service.write_ics(path, self._anchor, slots, self.filter_group_ids())
            else:
                headers = (self.tr("Date"), self.tr("Weekday"), self.tr("Slot"), self.tr("Time"))
                rows = service.table(self._anchor, slots, self.filter_group_ids(), headers)
                if fmt == "csv":
                    service.write_csv(path, rows)
                else:
                    service.write_xlsx(path, rows, self.tr("Push table"))
        except OSError as exc:
            self.status_note.show_error(
                self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        self.status_note.show_warning(self.tr("Exported to %1").replace("%1", str(path)))

    def choose_import(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Import a push table"), "", self.tr("Push table (*.xlsx *.csv)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        self._file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> None:
        try:
            report = self.services.push_tables.import_file(path)
        except (OSError, ValueError, KeyError) as exc:
            self.status_note.show_error(
                self.tr("Could not read %1: %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return
        if report.imported:
            self.planner.created(report.imported, self.tr("Import push table"))
        lines = [self.tr("Imported %n post(s).", None, len(report.imported))]
        for p in report.parsed.problems:
            lines.append(
                self.tr("Row %1: %2").replace("%1", str(p.row)).replace("%2", self._problem(p))
            )
        text = "\n".join(lines)
        if report.parsed.problems:
            self.status_note.show_error(text)
        else:
            self.status_note.show_warning(text)

    def _problem(self, p: object) -> str:
        kind = p.problem  # type: ignore[attr-defined]
        detail = p.detail  # type: ignore[attr-defined]
        texts = {
            ImportProblem.BAD_DATE: self.tr("not a date: “%1”"),
            ImportProblem.BAD_TIME: self.tr("not a time of day: “%1”"),
            ImportProblem.UNKNOWN_GROUP: self.tr("no group called “%1”"),
            ImportProblem.BAD_TYPE: self.tr("unknown content type “%1”"),
            ImportProblem.NO_GROUP_COLUMNS: self.tr("the first row names no groups%1"),
        }
        return texts[kind].replace("%1", detail)
