"""The members tab's segment picker: saved segments, an ad-hoc filter, clear."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from desktop.domain.members.segments import SegmentFilter
from desktop.services.members import SegmentService
from desktop.ui.members.group_choices import GroupLister
from desktop.ui.members.segment_dialog import SegmentDialog

CUSTOM = -1
NONE = -2  # the disabled "no saved segments" line


class SegmentBar(QWidget):
    filter_changed = Signal(object)  # SegmentFilter or None

    def __init__(
        self, segments: SegmentService, groups: GroupLister, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.segments = segments
        self.groups = groups  # for the filter dialog's group choice
        self.current: SegmentFilter | None = None
        self.dialog: SegmentDialog | None = None
        self.combo = QComboBox()
        self.combo.setObjectName("segmentCombo")
        self.combo.setMinimumContentsLength(12)
        self.filter_button = QPushButton()
        self.filter_button.setObjectName("segmentFilter")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.filter_button)
        self.combo.activated.connect(self._on_pick)
        self.filter_button.clicked.connect(self.open_dialog)
        self.retranslate()
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("All members"), None)
        saved = self.segments.list()
        for seg in saved:
            self.combo.addItem(seg.name, seg.id)
        if not saved:
            # Say what a segment is and where one comes from, instead of a one-line list.
            self.combo.addItem(self._none_text(), NONE)
            self.combo.model().item(1).setEnabled(False)  # type: ignore[attr-defined]
        if select_id is not None:
            self.combo.setCurrentIndex(self.combo.findData(select_id))
        self.combo.blockSignals(False)

    def set_filter(self, flt: SegmentFilter | None, segment_id: int | None = None) -> None:
        self.current = None if flt is None or flt.is_empty else flt
        if segment_id is None and self.current is not None:
            if self.combo.findData(CUSTOM) < 0:
                self.combo.addItem(self.tr("(custom filter)"), CUSTOM)
            self.combo.setCurrentIndex(self.combo.findData(CUSTOM))
        elif segment_id is not None:
            self.combo.setCurrentIndex(self.combo.findData(segment_id))
        else:
            self.combo.setCurrentIndex(0)
        self.filter_changed.emit(self.current)

    def open_dialog(self) -> SegmentDialog:
        self.dialog = SegmentDialog(self.segments, self.groups, self.current, self)
        self.dialog.applied.connect(lambda flt: self.set_filter(flt))
        self.dialog.saved.connect(self._on_saved)
        self.dialog.open()
        return self.dialog

    def _on_saved(self, segment_id: int) -> None:
        self.reload(segment_id)
        self.set_filter(self.segments.get(segment_id).filter, segment_id)

    def _on_pick(self, index: int) -> None:
        data = self.combo.itemData(index)
        if data is None:
            self.set_filter(None)
        elif data not in (CUSTOM, NONE):
            self.set_filter(self.segments.get(int(data)).filter, int(data))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter_button.setText(self.tr("Filter…"))
        self.filter_button.setToolTip(
            self.tr("Filter by tag, group, role, lifecycle, activity, consent or birthday month")
        )
        if self.combo.count():
            self.combo.setItemText(0, self.tr("All members"))
        if (none := self.combo.findData(NONE)) >= 0:
            self.combo.setItemText(none, self._none_text())

    def _none_text(self) -> str:
        return self.tr("No saved segments yet: choose Filter…, then Save as segment")
