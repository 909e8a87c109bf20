"""The members tab's dialogs (import, personal center, rules, statistics, message) and its
export, owned by the tab as one object.

It holds the services the dialogs need and the tab as their parent; what the tab must do
afterwards comes back as signals (members changed → reload the table, the personal center
closed → reload the profile, a line for the status bar). Dialogs are opened with
``open()`` (no nested event loop); the message and the export act on the filter the tab
passes (segment or filter, and the search), and the export runs on the thread pool.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from desktop.domain.members.segments import SegmentFilter
from desktop.services.container import Services
from desktop.services.members import SegmentMessageResult
from desktop.ui.common.background import Task
from desktop.ui.members.automation_dialog import AutomationDialog
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.import_dialog import ImportDialog
from desktop.ui.members.message_dialog import SegmentMessageDialog
from desktop.ui.members.stats_dialog import MemberStatsDialog

D = TypeVar("D", bound=QDialog)


class MemberActions(QObject):
    members_changed = Signal()  # imported, erased or moved by a rule: reload the table
    center_closed = Signal()  # the personal center may have changed the profile shown
    status = Signal(str)  # a line for the tab's status bar

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window  # the dialogs' parent
        self.dialog: QDialog | None = None  # the personal center, rules, stats or message
        self.import_dialog: ImportDialog | None = None
        self._export_task: Task | None = None

    def open_import(self) -> ImportDialog:
        """The import dialog (non-modal, opened with open(): no nested event loop)."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self._services.importer, self._window)
            self.import_dialog.imported.connect(lambda _r: self.members_changed.emit())
        self.import_dialog.open()
        return self.import_dialog

    def open_center(self, member_id: int) -> PersonalCenterDialog:
        dialog = PersonalCenterDialog(self._services, member_id, self._window)
        dialog.erased.connect(lambda _mid: self.members_changed.emit())
        dialog.finished.connect(lambda _r: self.center_closed.emit())
        return self._show(dialog)

    def open_rules(self) -> AutomationDialog:
        dialog = AutomationDialog(self._services, self._window)
        dialog.members_changed.connect(self.members_changed)
        return self._show(dialog)

    def open_stats(self) -> MemberStatsDialog:
        services = self._services
        return self._show(MemberStatsDialog(services.member_stats, services.groups, self._window))

    def open_message(self, flt: SegmentFilter, target: str, query: str) -> SegmentMessageDialog:
        """Message every member of ``flt`` (already narrowed to the search ``query``)."""
        if query:
            target = self.tr("%1, search “%2”").replace("%1", target).replace("%2", query)
        dialog = SegmentMessageDialog(self._services.segment_messages, flt, target, self._window)
        dialog.sent.connect(self._report_sent)
        return self._show(dialog)

    def export_to(self, path: Path, flt: SegmentFilter) -> Task:
        """Export the members of ``flt`` on the thread pool."""
        exporter = self._services.exporter
        task = Task(lambda _p, _c: exporter.export(path, flt))
        task.signals.finished.connect(
            lambda n: self.status.emit(
                self.tr("%1 members exported to %2.").replace("%1", str(n)).replace("%2", path.name)
            )
        )
        task.signals.failed.connect(
            lambda exc: self.status.emit(self.tr("Export failed: %1").replace("%1", str(exc)))
        )
        self._export_task = task
        return task.start()

    def ask_export_path(self) -> Path | None:
        path, _f = QFileDialog.getSaveFileName(
            self._window,
            self.tr("Export members"),
            "members.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        return Path(path) if path else None

    def _report_sent(self, r: SegmentMessageResult) -> None:
        self.status.emit(
            self.tr("%1 messages queued; %2 members have no email address.")
            .replace("%1", str(r.queued))
            .replace("%2", str(r.no_email))
        )

    def _show(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.open()
        return dialog
