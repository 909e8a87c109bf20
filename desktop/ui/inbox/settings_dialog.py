"""Inbox → Settings…: reply-time standards and working hours, banned words, canned replies,
labels. "Save" writes the reply times, the word list and the labels; canned replies are
saved one by one on their page.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.inbox.banned_words import DEFAULT_BANNED_WORDS
from desktop.services.inbox import InboxSettingsService, LabelError, SlaSettings
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.items import table_item
from desktop.ui.inbox.canned_page import CannedRepliesPage

MINUTES, HOURS = "minutes", "hours"


class DurationEdit(QWidget):
    """A number and a unit (minutes / hours); ``minutes()`` is what is stored."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QSpinBox(self)
        self.value.setRange(1, 100_000)
        self.unit = QComboBox(self)
        self.unit.addItem("", MINUTES)
        self.unit.addItem("", HOURS)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.value)
        layout.addWidget(self.unit)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.unit.setItemText(0, self.tr("minutes"))
        self.unit.setItemText(1, self.tr("hours"))

    def set_minutes(self, minutes: int) -> None:
        hours = minutes % 60 == 0
        self.unit.setCurrentIndex(1 if hours else 0)
        self.value.setValue(minutes // 60 if hours else minutes)

    def minutes(self) -> int:
        factor = 60 if self.unit.currentData() == HOURS else 1
        return self.value.value() * factor


class InboxSettingsDialog(QDialog):
    saved = Signal()

    def __init__(self, settings: InboxSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InboxSettingsDialog")
        self.resize(720, 480)
        self._settings = settings
        self._sla = settings.sla()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_times(), "")
        self.tabs.addTab(self._build_words(), "")
        self.canned = CannedRepliesPage(settings, self)
        self.tabs.addTab(self.canned, "")
        self.tabs.addTab(self._build_labels(), "")
        self.error = InlineMessage(self)
        self.error.setObjectName("settingsError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._load()

    # -- pages ------------------------------------------------------------------------------
    def _build_times(self) -> QWidget:
        page = QWidget(self)
        self.first_response = DurationEdit(page)
        self.resolution = DurationEdit(page)
        self.warn_before = QSpinBox(page)
        self.warn_before.setRange(0, 24 * 60)
        self.work_start = QTimeEdit(page)
        self.work_end = QTimeEdit(page)
        for edit in (self.work_start, self.work_end):
            edit.setDisplayFormat("HH:mm")
        self.days = [QCheckBox(page) for _ in range(7)]
        days_row = QHBoxLayout()
        for box in self.days:
            days_row.addWidget(box)
        days_row.addStretch(1)
        self.timezone = QLabel(page)
        self.time_labels = [QLabel(page) for _ in range(6)]
        form = QFormLayout(page)
        fields: tuple[QWidget | QHBoxLayout, ...] = (
            self.first_response,
            self.resolution,
            self.warn_before,
            self.work_start,
            self.work_end,
            days_row,
        )
        for label, field in zip(self.time_labels, fields, strict=True):
            form.addRow(label, field)
        form.addRow(self.timezone)
        return page

    def _build_words(self) -> QWidget:
        page = QWidget(self)
        self.words_hint = QLabel(page)
        self.words_hint.setWordWrap(True)
        self.words = QPlainTextEdit(page)
        self.words.setObjectName("bannedWords")
        self.defaults_button = QPushButton(page)
        self.defaults_button.clicked.connect(
            lambda: self.words.setPlainText("\n".join(DEFAULT_BANNED_WORDS))
        )
        layout = QVBoxLayout(page)
        layout.addWidget(self.words_hint)
        layout.addWidget(self.words, 1)
        row = QHBoxLayout()
        row.addWidget(self.defaults_button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_labels(self) -> QWidget:
        page = QWidget(self)
        self.labels_table = QTableWidget(0, 2, page)
        self.labels_table.setObjectName("labelsTable")
        self.labels_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.labels_table.verticalHeader().hide()
        self.labels_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.labels_table.itemChanged.connect(self._label_item_changed)
        self.add_label_button = QPushButton(page)
        self.add_label_button.clicked.connect(lambda: self.add_label("", "#888888"))
        self.color_button = QPushButton(page)
        self.color_button.clicked.connect(self.choose_color)
        self.remove_label_button = QPushButton(page)
        self.remove_label_button.clicked.connect(self.remove_label)
        row = QHBoxLayout()
        for b in (self.add_label_button, self.color_button, self.remove_label_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.labels_table, 1)
        layout.addLayout(row)
        return page

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inbox settings"))
        for i, text in enumerate(
            (self.tr("Reply times"), self.tr("Banned words"), self.tr("Canned replies"))
        ):
            self.tabs.setTabText(i, text)
        self.tabs.setTabText(3, self.tr("Labels"))
        texts = (
            self.tr("First response within:"),
            self.tr("Resolve within:"),
            self.tr("Warn this many minutes before:"),
            self.tr("Working hours start:"),
            self.tr("Working hours end:"),
            self.tr("Working days:"),
        )
        for label, text in zip(self.time_labels, texts, strict=True):
            label.setText(text)
        names = (
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        )
        for box, name in zip(self.days, names, strict=True):
            box.setText(name)
        self.timezone.setText(
            self.tr("Reply times count working time only, in the time zone %1.").replace(
                "%1", self._sla.timezone
            )
        )
        self.words_hint.setText(
            self.tr(
                "One word or phrase per line. A reply containing one shows a warning "
                "before it is sent."
            )
        )
        self.defaults_button.setText(self.tr("Restore the default list"))
        self.labels_table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Colour")])
        self.add_label_button.setText(self.tr("Add label"))
        self.color_button.setText(self.tr("Choose colour…"))
        self.remove_label_button.setText(self.tr("Remove label"))
        self.first_response.retranslate()
        self.resolution.retranslate()
        self.canned.retranslate()

    def _load(self) -> None:
        sla = self._sla
        self.first_response.set_minutes(sla.first_response_minutes)
        self.resolution.set_minutes(sla.resolution_minutes)
        self.warn_before.setValue(sla.warn_before_minutes)
        self.work_start.setTime(QTime.fromString(sla.work_start, "HH:mm"))
        self.work_end.setTime(QTime.fromString(sla.work_end, "HH:mm"))
        for i, box in enumerate(self.days):
            box.setChecked(i in sla.work_days)
        self.words.setPlainText("\n".join(self._settings.banned_words()))
        self.labels_table.setRowCount(0)
        for lb in self._settings.labels():
            self.add_label(lb.name, lb.color, lb.id)

    # -- labels -----------------------------------------------------------------------------
    def add_label(self, name: str, color: str, label_id: int | None = None) -> int:
        row = self.labels_table.rowCount()
        self.labels_table.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, label_id)
        self.labels_table.setItem(row, 0, item)
        self.labels_table.setItem(row, 1, QTableWidgetItem(color))
        if not name:
            self.labels_table.setCurrentCell(row, 0)
            self.labels_table.editItem(item)
        return row

    def _label_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:
            color = QColor(item.text().strip())
            self.labels_table.blockSignals(True)
            item.setBackground(color if color.isValid() else QColor(0, 0, 0, 0))
            self.labels_table.blockSignals(False)

    def choose_color(self) -> None:
        row = self.labels_table.currentRow()
        if row < 0:
            return
        dialog = QColorDialog(QColor(table_item(self.labels_table, row, 1).text()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.colorSelected.connect(
            lambda c: (
                table_item(self.labels_table, row, 1).setText(c.name())
                if row < self.labels_table.rowCount()
                else None
            )
        )
        dialog.open()

    def remove_label(self) -> None:
        row = self.labels_table.currentRow()
        if row >= 0:
            self.labels_table.removeRow(row)

    def label_rows(self) -> list[tuple[int | None, str, str]]:
        t = self.labels_table
        return [
            (
                table_item(t, r, 0).data(Qt.ItemDataRole.UserRole),
                table_item(t, r, 0).text(),
                table_item(t, r, 1).text(),
            )
            for r in range(t.rowCount())
        ]

    # -- saving -----------------------------------------------------------------------------
    def sla_settings(self) -> SlaSettings:
        return SlaSettings(
            self.first_response.minutes(),
            self.resolution.minutes(),
            self.warn_before.value(),
            self.work_start.time().toString("HH:mm"),
            self.work_end.time().toString("HH:mm"),
            tuple(i for i, box in enumerate(self.days) if box.isChecked()),
            self._sla.timezone,
        )

    def save(self) -> bool:
        self.error.clear_message()
        try:
            self._settings.save_sla(self.sla_settings())
        except ValueError as exc:
            self.tabs.setCurrentIndex(0)
            text = str(exc)
            if "days" in text:
                self.error.show_error(self.tr("Choose at least one working day."))
            elif "hours" in text:
                self.error.show_error(self.tr("Working hours must end after they start."))
            else:
                self.error.show_error(self.tr("Reply times must be longer than zero."))
            return False
        self._settings.save_banned_words(self.words.toPlainText().splitlines())
        try:
            self._settings.save_labels(self.label_rows())
        except LabelError as exc:
            self.tabs.setCurrentIndex(3)
            messages = {
                "name": self.tr("Every label needs a name of at most 40 characters."),
                "duplicate": self.tr("Two labels have the same name."),
                "color": self.tr("A colour must look like #3366cc."),
            }
            self.error.show_error(" ".join(messages[f] for f in exc.fields if f in messages))
            return False
        self.saved.emit()
        self.accept()
        return True
