"""The calendar's push table files (C6): the shown week exported to Excel, CSV or
iCalendar, and an Excel or CSV push table imported as planned posts, with a report of the
rows it could not read. Both run off the UI thread; what to say comes out of ``message``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.domain.calendar.push_table import ImportProblem
from desktop.services.calendar import ImportReport, PushTableService
from desktop.ui.calendar.model import WeekModel
from desktop.ui.calendar.shown import Shown
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.common.background import Background


class PushTableFiles(QObject):
    message = Signal(str, bool)  # text, is an error

    def __init__(
        self,
        planner: Planner,
        push_tables: PushTableService,
        background: Background,
        model: WeekModel,
        shown: Callable[[], Shown],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.planner = planner
        self.push_tables = push_tables
        self.background = background
        self.model = model
        self._shown = shown
        self._window = window
        self.file_dialog: QFileDialog | None = None

    def choose_export(self, fmt: str) -> None:
        filters = {
            "xlsx": self.tr("Excel workbook (*.xlsx)"),
            "csv": self.tr("CSV file (*.csv)"),
            "ics": self.tr("iCalendar file (*.ics)"),
        }
        start = self.model.day(0)
        name = f"社群推送表-{start:%Y-%m-%d}.{fmt}"
        dialog = QFileDialog(self._window, self.tr("Export the week"), name, filters[fmt])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(fmt)
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        self.file_dialog = dialog
        dialog.open()

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the shown week to ``path``; the result comes out of ``message``."""
        service, shown = self.push_tables, self._shown()
        headers = (self.tr("Date"), self.tr("Weekday"), self.tr("Slot"), self.tr("Time"))
        title = self.tr("Push table")

        def write() -> None:
            if fmt == "ics":
                service.write_ics(path, shown.anchor, shown.slots, shown.group_ids)
                return
            rows = service.table(shown.anchor, shown.slots, shown.group_ids, headers)
            if fmt == "csv":
                service.write_csv(path, rows)
            else:
                service.write_xlsx(path, rows, title)

        def failed(exc: BaseException) -> None:
            text = self.tr("Could not write %1: %2").replace("%1", str(path))
            self.message.emit(text.replace("%2", str(exc)), True)

        def done(_none: None) -> None:
            self.message.emit(self.tr("Exported to %1").replace("%1", str(path)), False)

        self.background.change(write, done, failed)

    def choose_import(self) -> None:
        dialog = QFileDialog(
            self._window, self.tr("Import a push table"), "", self.tr("Push table (*.xlsx *.csv)")
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(lambda path: self.import_from(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def import_from(self, path: Path) -> None:
        """Read ``path`` into planned posts; the report comes out of ``message``."""

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, OSError | ValueError | KeyError):
                self.message.emit(
                    self.tr("The change was not saved: %1").replace("%1", str(exc)), True
                )
                return
            text = self.tr("Could not read %1: %2").replace("%1", str(path))
            self.message.emit(text.replace("%2", str(exc)), True)

        service = self.push_tables
        self.background.change(lambda: service.import_file(path), self._imported, failed)

    def _imported(self, report: ImportReport) -> None:
        if report.imported:
            self.planner.created(report.imported, self.tr("Import push table"))
        lines = [self.tr("Imported %n post(s).", None, len(report.imported))]
        for p in report.parsed.problems:
            lines.append(
                self.tr("Row %1: %2").replace("%1", str(p.row)).replace("%2", self._problem(p))
            )
        self.message.emit("\n".join(lines), bool(report.parsed.problems))

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
