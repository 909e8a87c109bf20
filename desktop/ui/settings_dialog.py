"""Workspace settings: name, brand keyword, time zone, calendar slots, UI language, holidays,
and the public address of the member pages."""

from __future__ import annotations

from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.calendar.week import format_slots, parse_slots
from desktop.services.member_pages import AddressProblem, PagesAddress
from desktop.services.workspace import SettingsError, WorkspaceService
from desktop.ui.common.forms import InlineMessage
from desktop.ui.holidays_dialog import HolidaysDialog
from desktop.ui.i18n import LANGUAGES, install_translator, normalize
from desktop.ui.ui_settings import UiSettings


class SettingsDialog(QDialog):
    saved = Signal()

    def __init__(
        self,
        service: WorkspaceService,
        ui_settings: UiSettings,
        parent: QWidget | None = None,
        pages: PagesAddress | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.pages = pages
        self.ui_settings = ui_settings
        self.setWindowTitle(self.tr("Workspace settings"))
        self.setMinimumWidth(480)
        current = service.settings()

        self.name_edit = QLineEdit(current.name)
        self.name_error = InlineMessage()
        self.brand_edit = QLineEdit(current.brand_keyword)
        self.brand_edit.setPlaceholderText(self.tr("e.g. 拾光 — every group name must contain it"))
        self.tz_combo = QComboBox()
        self.tz_combo.setEditable(True)
        self.tz_combo.addItems(sorted(available_timezones()))
        self.tz_combo.setCurrentText(current.timezone)
        self.tz_error = InlineMessage()
        self.slots_edit = QLineEdit(format_slots(current.slots))
        self.slots_edit.setToolTip(self.tr("Label=HH:MM, separated by commas"))
        self.slots_error = InlineMessage()
        self.lang_combo = QComboBox()
        for code, label in LANGUAGES:
            self.lang_combo.addItem(label, code)
        self.lang_combo.setCurrentIndex(
            max(0, self.lang_combo.findData(normalize(ui_settings.language())))
        )

        form = QFormLayout()
        form.addRow(self.tr("Workspace name"), self.name_edit)
        form.addRow("", self.name_error)
        form.addRow(self.tr("Brand keyword"), self.brand_edit)
        form.addRow(self.tr("Time zone"), self.tz_combo)
        form.addRow("", self.tz_error)
        form.addRow(self.tr("Calendar slots"), self.slots_edit)
        form.addRow("", self.slots_error)
        form.addRow(self.tr("Language"), self.lang_combo)
        self.holidays_button = QPushButton(self.tr("Holidays and make-up workdays…"))
        self.holidays_button.setToolTip(
            self.tr("What the calendar marks and when marketing waits; correct any date")
        )
        self.holidays_button.clicked.connect(self.open_holidays)
        form.addRow(self.tr("Holidays"), self.holidays_button)
        self.pages_edit = QLineEdit(pages.public() if pages else "")
        listening = pages.listening() if pages else ""
        self.pages_edit.setPlaceholderText(
            listening or self.tr("https://club.example.org (behind your HTTPS proxy)")
        )
        self.pages_edit.setToolTip(
            self.tr(
                "Where members open their personal center, preferences and unsubscribe "
                "links. Empty: the address the worker listens on."
            )
        )
        self.pages_error = InlineMessage()
        show, editable = pages.options() if pages else (True, True)
        self.show_activity = QCheckBox(self.tr("Members see their activity score"))
        self.show_activity.setChecked(show)
        self.profile_editable = QCheckBox(self.tr("Members may change their name and birthday"))
        self.profile_editable.setChecked(editable)
        if pages is not None:
            form.addRow(self.tr("Member pages address"), self.pages_edit)
            form.addRow("", self.pages_error)
            form.addRow(self.tr("Personal center"), self.show_activity)
            form.addRow("", self.profile_editable)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def open_holidays(self) -> HolidaysDialog:
        dialog = HolidaysDialog(self.service.holidays, self.service.today(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save(self) -> None:
        for msg in (self.name_error, self.tz_error, self.slots_error, self.pages_error):
            msg.clear_message()
        if self.pages is not None:
            try:
                self.pages.set_public(self.pages_edit.text())
            except AddressProblem:
                self.pages_error.show_error(
                    self.tr("Write the address as https://host (no ?query or #fragment).")
                )
                return
            self.pages.set_options(
                self.show_activity.isChecked(), self.profile_editable.isChecked()
            )
        try:
            slots = parse_slots(self.slots_edit.text())
        except ValueError:
            self.slots_error.show_error(
                self.tr("Write slots as Label=HH:MM separated by commas, e.g. 早=08:00, 中=12:00")
            )
            return
        try:
            self.service.update(
                name=self.name_edit.text(),
                brand_keyword=self.brand_edit.text(),
                timezone=self.tz_combo.currentText().strip(),
                slots=slots,
            )
        except SettingsError as exc:
            target = {"name": self.name_error, "timezone": self.tz_error}.get(
                exc.field_name, self.slots_error
            )
            messages = {
                "name": self.tr("The workspace needs a name."),
                "timezone": self.tr("Unknown time zone."),
            }
            target.show_error(messages.get(exc.field_name, str(exc)))
            return
        lang = self.lang_combo.currentData()
        if lang != normalize(self.ui_settings.language()):
            self.ui_settings.set_language(lang)
            app = QApplication.instance()
            if app is not None:
                install_translator(app, lang)
        self.saved.emit()
        self.accept()
