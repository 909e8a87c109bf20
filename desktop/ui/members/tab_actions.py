"""The members tab's dialogs (import, personal center, rules, statistics, message) and its
export.

A mixin of ``MembersTab``. Dialogs are opened with ``open()`` (no nested event loop); the
message and the export act on what the table shows (segment or filter, and the search),
and the export runs on the thread pool.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from desktop.domain.members.segments import SegmentFilter
from desktop.ui.common.background import Task
from desktop.ui.i18n import MixinTr
from desktop.ui.members.automation_dialog import AutomationDialog
from desktop.ui.members.center_dialog import PersonalCenterDialog
from desktop.ui.members.import_dialog import ImportDialog
from desktop.ui.members.message_dialog import SegmentMessageDialog
from desktop.ui.members.stats_dialog import MemberStatsDialog

if TYPE_CHECKING:
    from desktop.ui.members.tab import MembersTab

    _Base = MembersTab
else:
    _Base = MixinTr  # self.tr finds this mixin's strings, plural ones too


class MemberActions(_Base):
    def open_import(self) -> ImportDialog:
        """The import dialog (non-modal, opened with open(): no nested event loop)."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(self.services, self)
            self.import_dialog.imported.connect(lambda _r: self.refresh())
        self.import_dialog.open()
        return self.import_dialog

    def open_center(self) -> PersonalCenterDialog | None:
        if self._member_id is None:
            return None
        dialog = PersonalCenterDialog(self.services, self._member_id, self)
        dialog.erased.connect(lambda _mid: self.refresh())
        dialog.finished.connect(lambda _r: self._load(self._member_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_rules(self) -> AutomationDialog:
        dialog = AutomationDialog(self.services, self)
        dialog.members_changed.connect(self.refresh)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_stats(self) -> MemberStatsDialog:
        dialog = MemberStatsDialog(self.services, self)
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_message(self) -> SegmentMessageDialog:
        """Message every member the table shows (segment or filter, and the search)."""
        flt = self.model.segment_filter or SegmentFilter()
        target = self.segments.combo.currentText()
        if self.model.query:
            flt = replace(flt, text=self.model.query)
            target = (
                self.tr("%1, search “%2”").replace("%1", target).replace("%2", self.model.query)
            )
        dialog = SegmentMessageDialog(self.services, flt, target, self)
        dialog.sent.connect(
            lambda r: self.status_label.setText(
                self.tr("%1 messages queued; %2 members have no email address.")
                .replace("%1", str(r.queued))
                .replace("%2", str(r.no_email))
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog

    def export_to(self, path: Path) -> Task:
        """Export what the table shows (search and segment) on the thread pool."""
        flt = self.model.segment_filter or SegmentFilter()
        if self.model.query:
            flt = replace(flt, text=self.model.query)
        task = Task(lambda _p, _c: self.services.exporter.export(path, flt))
        task.signals.finished.connect(
            lambda n: self.status_label.setText(
                self.tr("%1 members exported to %2.").replace("%1", str(n)).replace("%2", path.name)
            )
        )
        task.signals.failed.connect(
            lambda exc: self.status_label.setText(
                self.tr("Export failed: %1").replace("%1", str(exc))
            )
        )
        self._export_task = task
        return task.start()

    def _ask_export(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export members"), "members.xlsx", self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if path:
            self.export_to(Path(path))
