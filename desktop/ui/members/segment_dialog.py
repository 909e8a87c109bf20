"""Build a member filter (M6) over tag, group, role, lifecycle, activity, consent and
birthday month; apply it to the table and save it as a named segment, which posts, DMs
and greetings can then target."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConsentPurpose, Lifecycle, Role
from desktop.domain.members.contacts import split_tags
from desktop.domain.members.segments import SegmentFilter
from desktop.services.members import SegmentError, SegmentService
from desktop.ui.common.forms import InlineMessage
from desktop.ui.members.group_choices import GroupLister
from desktop.ui.members.labels import lifecycle_label, role_label

ANY = -1


class SegmentDialog(QDialog):
    applied = Signal(object)  # SegmentFilter
    saved = Signal(int)

    def __init__(
        self,
        segments: SegmentService,
        groups: GroupLister,
        flt: SegmentFilter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentDialog")
        self.segments = segments
        self.tags_edit = QLineEdit()
        self.tags_edit.setObjectName("segmentTags")
        self.group_combo = QComboBox()
        self.group_combo.addItem("", None)
        for g in groups.list():
            self.group_combo.addItem(g.name, g.id)
        self.role_combo = QComboBox()
        self.role_combo.addItem("", None)
        for r in Role:
            self.role_combo.addItem(role_label(r), str(r))
        self.lifecycles = QListWidget()
        self.lifecycles.setMaximumHeight(self.lifecycles.sizeHintForRow(0) * 7 + 40)
        for lc in Lifecycle:
            item = QListWidgetItem(lifecycle_label(lc))
            item.setData(Qt.ItemDataRole.UserRole, str(lc))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.lifecycles.addItem(item)
        self.min_activity = QSpinBox()
        self.min_activity.setRange(ANY, 100)
        self.max_activity = QSpinBox()
        self.max_activity.setRange(ANY, 100)
        activity = QHBoxLayout()
        activity.addWidget(self.min_activity)
        activity.addWidget(QLabel("–"))
        activity.addWidget(self.max_activity)
        self.consent_combo = QComboBox()
        self.consent_combo.addItem("", None)
        for ch in ("email", "matrix", "telegram", "wechat"):
            for p in ConsentPurpose:
                self.consent_combo.addItem(f"{ch} · {p}", (ch, str(p)))
        self.month_spin = QSpinBox()
        self.month_spin.setRange(0, 12)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentName")
        self.count_label = QLabel()
        self.message = InlineMessage()
        self.labels = [QLabel() for _ in range(8)]
        form = QFormLayout()
        fields: tuple[QWidget | QLayout, ...] = (
            self.tags_edit,
            self.group_combo,
            self.role_combo,
            self.lifecycles,
            activity,
            self.consent_combo,
            self.month_spin,
            self.name_edit,
        )
        for label, field in zip(self.labels, fields, strict=True):
            form.addRow(label, field)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("segmentApply")
        self.save_button = QPushButton()
        self.save_button.setObjectName("segmentSave")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.apply_button.clicked.connect(self.apply)
        self.save_button.clicked.connect(self.save)
        self.retranslate()
        if flt is not None:
            self.set_filter(flt)

    def set_filter(self, flt: SegmentFilter) -> None:
        self.tags_edit.setText(", ".join(flt.tags))
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(flt.group_id), 0))
        self.role_combo.setCurrentIndex(
            max(self.role_combo.findData(str(flt.role) if flt.role else None), 0)
        )
        wanted = {str(x) for x in flt.lifecycles}
        for i in range(self.lifecycles.count()):
            item = self.lifecycles.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.min_activity.setValue(ANY if flt.min_activity is None else flt.min_activity)
        self.max_activity.setValue(ANY if flt.max_activity is None else flt.max_activity)
        consent = (flt.consent_channel, str(flt.consent_purpose)) if flt.consent_purpose else None
        self.consent_combo.setCurrentIndex(max(self.consent_combo.findData(consent), 0))
        self.month_spin.setValue(flt.birthday_month or 0)

    def current_filter(self) -> SegmentFilter:
        consent = self.consent_combo.currentData()
        role = self.role_combo.currentData()
        return SegmentFilter(
            tags=tuple(split_tags(self.tags_edit.text())),
            group_id=self.group_combo.currentData(),
            role=Role(role) if role else None,
            lifecycles=tuple(
                Lifecycle(self.lifecycles.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.lifecycles.count())
                if self.lifecycles.item(i).checkState() == Qt.CheckState.Checked
            ),
            min_activity=None if self.min_activity.value() == ANY else self.min_activity.value(),
            max_activity=None if self.max_activity.value() == ANY else self.max_activity.value(),
            consent_channel=consent[0] if consent else "",
            consent_purpose=ConsentPurpose(consent[1]) if consent else None,
            birthday_month=self.month_spin.value() or None,
        )

    def apply(self) -> SegmentFilter | None:
        flt = self.current_filter()
        if flt.problems():
            self.message.show_error(self.tr("The lowest activity is above the highest."))
            return None
        self.count_label.setText(self.tr("%1 members").replace("%1", str(self.segments.count(flt))))
        self.applied.emit(flt)
        return flt

    def save(self) -> int | None:
        flt = self.apply()
        if flt is None:
            return None
        try:
            sid = self.segments.save(self.name_edit.text(), flt)
        except SegmentError:
            self.message.show_error(self.tr("Give the segment a name no other segment has."))
            return None
        self.message.show_warning(self.tr("Segment saved."))
        self.saved.emit(sid)
        return sid

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Filter members"))
        self.group_combo.setItemText(0, self.tr("(any group)"))
        self.role_combo.setItemText(0, self.tr("(any role)"))
        self.consent_combo.setItemText(0, self.tr("(any)"))
        self.min_activity.setSpecialValueText(self.tr("any"))
        self.max_activity.setSpecialValueText(self.tr("any"))
        self.month_spin.setSpecialValueText(self.tr("any"))
        texts = (
            self.tr("Any of the tags"),
            self.tr("In group"),
            self.tr("With role"),
            self.tr("Lifecycle"),
            self.tr("Activity score"),
            self.tr("Has consent for"),
            self.tr("Birthday month"),
            self.tr("Segment name"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.apply_button.setText(self.tr("Apply"))
        self.save_button.setText(self.tr("Save as segment"))
