"""Batch creation of a group series (G3): a pattern with a number or a location, a live
preview where every name is checked with the naming rule, then one click creates all."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import GroupType, Platform
from desktop.domain.groups.name_patterns import PatternError
from desktop.services.groups import (
    GroupBatchError,
    GroupDraft,
    GroupOps,
    GroupService,
    SeriesPreview,
)
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.widgets import OptionalDateEdit
from desktop.ui.groups.labels import group_type_label, name_errors, name_warnings, platform_label

_BAD = QBrush(QColor("#b00020"))


class SeriesDialog(QDialog):
    created = Signal(list)  # the new group ids

    def __init__(
        self,
        groups: GroupService,
        ops: GroupOps,
        template: GroupDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("seriesDialog")
        self._ops = ops
        self._template = template or GroupDraft(name="")
        self._keyword = groups.brand_keyword()
        self.preview_result: SeriesPreview | None = None

        self.pattern_edit = QLineEdit()
        self.pattern_edit.setObjectName("seriesPattern")
        keyword = self._keyword or "品牌"
        self.pattern_edit.setText(f"{keyword}·北京 {{n:02}}")
        self.first_spin = QSpinBox()
        self.first_spin.setRange(0, 999)
        self.first_spin.setValue(1)
        self.last_spin = QSpinBox()
        self.last_spin.setRange(0, 999)
        self.last_spin.setValue(5)
        numbers = QHBoxLayout()
        numbers.addWidget(self.first_spin)
        numbers.addWidget(QLabel("…"))
        numbers.addWidget(self.last_spin)
        numbers.addStretch(1)
        self.locations_edit = QLineEdit()
        self.locations_edit.setObjectName("seriesLocations")
        self.platform_combo = QComboBox()
        for p in Platform:
            self.platform_combo.addItem(platform_label(p), str(p))
        self.platform_combo.setCurrentIndex(
            self.platform_combo.findData(str(self._template.platform))
        )
        self.type_combo = QComboBox()
        for t in GroupType:
            self.type_combo.addItem(group_type_label(t), str(t))
        self.type_combo.setCurrentIndex(self.type_combo.findData(str(self._template.group_type)))
        self.end_date = OptionalDateEdit()
        self.end_date.set_value(self._template.campaign_end)

        self.form = QFormLayout()
        self.pattern_label = QLabel()
        self.numbers_label = QLabel()
        self.locations_label = QLabel()
        self.platform_label = QLabel()
        self.type_label = QLabel()
        self.end_label = QLabel()
        self.form.addRow(self.pattern_label, self.pattern_edit)
        self.form.addRow(self.numbers_label, numbers)
        self.form.addRow(self.locations_label, self.locations_edit)
        self.form.addRow(self.platform_label, self.platform_combo)
        self.form.addRow(self.type_label, self.type_combo)
        self.form.addRow(self.end_label, self.end_date)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.names = QListWidget()
        self.names.setObjectName("seriesNames")
        self.message = InlineMessage()
        self.create_button = QPushButton()
        self.create_button.setObjectName("seriesCreate")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.names, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(560, 560)

        for signal in (
            self.pattern_edit.textChanged,
            self.locations_edit.textChanged,
            self.first_spin.valueChanged,
            self.last_spin.valueChanged,
            self.type_combo.currentIndexChanged,
            self.end_date.changed,
        ):
            signal.connect(lambda *_a: self.refresh_preview())
        self.create_button.clicked.connect(self.create_series)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        self.refresh_preview()

    def _args(self) -> dict[str, object]:
        locations = [
            x for x in self.locations_edit.text().replace("，", ",").split(",") if x.strip()
        ]
        first, last = self.first_spin.value(), self.last_spin.value()
        return {"numbers": list(range(first, last + 1)), "locations": locations}

    def _draft(self) -> GroupDraft:
        group_type = GroupType(self.type_combo.currentData())
        return GroupDraft(
            name="",
            platform=Platform(self.platform_combo.currentData()),
            group_type=group_type,
            campaign_end=self.end_date.value() if group_type == GroupType.CAMPAIGN else None,
            purpose=self._template.purpose,
            audience=self._template.audience,
            actions=self._template.actions,
            rules=self._template.rules,
            red_lines=self._template.red_lines,
            announcement=self._template.announcement,
            welcome_message=self._template.welcome_message,
        )

    def refresh_preview(self) -> None:
        self.names.clear()
        self.message.clear_message()
        self.end_date.setEnabled(self.type_combo.currentData() == str(GroupType.CAMPAIGN))
        try:
            preview = self._ops.preview_series(
                self.pattern_edit.text(),
                **self._args(),  # type: ignore[arg-type]
            )
        except PatternError:
            self.preview_result = None
            self.message.show_error(
                self.tr("Use {n} for a number (e.g. {n:02} → 01) and/or {loc} for a location.")
            )
            self.create_button.setEnabled(False)
            return
        self.preview_result = preview
        for item in preview.names:
            problems = name_errors(item.check, self._keyword)
            if item.name in preview.duplicates:
                problems.append(self.tr("this name is already used"))
            text = item.name if not problems else f"{item.name} — {'; '.join(problems)}"
            warnings = name_warnings(item.check)
            if warnings and not problems:
                text = f"{item.name} — {'; '.join(warnings)}"
            row = QListWidgetItem(text)
            if problems:
                row.setForeground(_BAD)
            self.names.addItem(row)
        missing_end = self._draft().group_type == GroupType.CAMPAIGN and not self.end_date.value()
        if missing_end:
            self.message.show_error(self.tr("A campaign group needs the campaign's end date."))
        self.create_button.setEnabled(preview.ok and not missing_end)
        self.create_button.setText(
            self.tr("Create %1 groups").replace("%1", str(len(preview.names)))
        )

    def create_series(self) -> list[int]:
        try:
            ids = self._ops.create_series(
                self.pattern_edit.text(),
                self._draft(),
                **self._args(),  # type: ignore[arg-type]
            )
        except (GroupBatchError, PatternError):
            self.refresh_preview()
            return []
        self.created.emit(ids)
        self.accept()
        return ids

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Create a series of groups"))
        self.pattern_label.setText(self.tr("Name pattern"))
        self.numbers_label.setText(self.tr("Numbers ({n})"))
        self.locations_label.setText(self.tr("Locations ({loc})"))
        self.locations_edit.setPlaceholderText(self.tr("Comma-separated, e.g. 北京, 上海"))
        self.platform_label.setText(self.tr("Platform"))
        self.type_label.setText(self.tr("Type"))
        self.end_label.setText(self.tr("Campaign ends"))
        self.hint.setText(
            self.tr(
                "Each name must carry the brand keyword and have at most 12 characters. "
                "Nothing is created while any name is refused."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
