"""Settings → Holidays…: the year's holidays and make-up working days (调休) with where each
comes from, the operator's corrections per date, and whether marketing waits for the next
ordinary day. Years past the official data are marked as computed by rule until announced.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.workspace import (
    DayMark,
    HolidayError,
    HolidayPolicy,
    HolidayService,
    HolidayYear,
    OverrideKind,
)
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

_OVERRIDDEN = Qt.ItemDataRole.UserRole + 1  # the row is the operator's own correction


class HolidaysDialog(QDialog):
    def __init__(self, service: HolidayService, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.background = Background(self)
        self.setWindowTitle(self.tr("Holidays"))
        self.resize(640, 560)
        self.language = QLocale().name()  # the UI language (install_translator sets it)

        self.policy_combo = QComboBox()
        self.policy_combo.addItem(
            self.tr("Send marketing on holidays as usual"), HolidayPolicy.ALLOW
        )
        self.policy_combo.addItem(
            self.tr("Marketing waits for the next ordinary day"), HolidayPolicy.POSTPONE
        )
        self.year_spin = QSpinBox()
        self.year_spin.setRange(today.year - 1, today.year + 6)
        self.year_spin.setValue(today.year)
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Name"), self.tr("Kind"), self.tr("Source")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._pick_row)

        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Holiday"), OverrideKind.HOLIDAY.value)
        self.kind_combo.addItem(self.tr("Make-up workday (调休)"), OverrideKind.WORKDAY.value)
        self.kind_combo.addItem(self.tr("Ordinary day"), OverrideKind.ORDINARY.value)
        self.name_edit = QLineEdit()  # no maxLength: a long paste is reported, not cut
        self.name_edit.setPlaceholderText(self.tr("Name (optional), e.g. 店庆"))
        self.set_button = QPushButton(self.tr("Set for this date"))
        self.set_button.clicked.connect(self._set_override)
        self.remove_button = QPushButton(self.tr("Undo my change"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self._remove_override)
        self.message = InlineMessage()

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year_spin)
        top.addStretch(1)
        edit = QHBoxLayout()
        for w in (self.date_edit, self.kind_combo, self.name_edit, self.set_button):
            edit.addWidget(w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_combo)
        layout.addLayout(top)
        layout.addWidget(self.source_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(QLabel(self.tr("Correct one date (wins over the official data):")))
        layout.addLayout(edit)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(buttons)

        self.background.read(self.service.policy, self._show_policy)
        self.year_spin.valueChanged.connect(lambda _y: self.reload())
        self.reload()

    # -- reading ------------------------------------------------------------------------
    def reload(self) -> None:
        year = self.year_spin.value()
        self.background.read(lambda: self.service.year(year), self._show_year, self._failed)

    def _show_policy(self, policy: HolidayPolicy) -> None:
        self.policy_combo.setCurrentIndex(max(0, self.policy_combo.findData(policy.value)))
        self.policy_combo.currentIndexChanged.connect(self._save_policy)

    def _show_year(self, year: HolidayYear) -> None:
        if year.year != self.year_spin.value():
            return  # an older answer arriving after the user moved on
        if year.provisional:
            self.source_note.setText(
                self.tr(
                    "%1 is computed by rule (按规则推算，待国务院公布): the official dates and "
                    "make-up workdays are not announced yet. Correct any date below."
                ).replace("%1", str(year.year))
            )
        elif year.official_until is not None:
            self.source_note.setText(self.tr("Official dates announced by the State Council."))
        else:
            self.source_note.setText(self.tr("Public holidays of %1.").replace("%1", year.country))
        self.table.setRowCount(0)
        locale = QLocale()
        for day, mark in sorted(year.marks.items()):
            r = self.table.rowCount()
            self.table.insertRow(r)
            qday = QDate(day.year, day.month, day.day)
            when = QTableWidgetItem(
                f"{day:%Y-%m-%d} {locale.dayName(qday.dayOfWeek(), QLocale.FormatType.ShortFormat)}"
            )
            when.setData(Qt.ItemDataRole.UserRole, day)
            when.setData(_OVERRIDDEN, mark.overridden)
            self.table.setItem(r, 0, when)
            self.table.setItem(r, 1, QTableWidgetItem(mark.name_in(self.language)))
            self.table.setItem(r, 2, QTableWidgetItem(self._kind_text(mark)))
            self.table.setItem(r, 3, QTableWidgetItem(self._source_text(mark)))
        if not year.marks:
            self.message.show_info(self.tr("No holidays known for this year: add them below."))

    def _kind_text(self, mark: DayMark) -> str:
        return self.tr("Make-up workday") if mark.workday else self.tr("Holiday")

    def _source_text(self, mark: DayMark) -> str:
        if mark.overridden:
            return self.tr("Set by you")
        if mark.provisional:
            return self.tr("By rule, provisional")
        return self.tr("Official")

    def _pick_row(self) -> None:
        items = self.table.selectedItems()
        if not items:
            self.remove_button.setEnabled(False)
            return
        first = self.table.item(items[0].row(), 0)
        if first is None:
            return
        day: date = first.data(Qt.ItemDataRole.UserRole)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.remove_button.setEnabled(bool(first.data(_OVERRIDDEN)))

    # -- changing -----------------------------------------------------------------------
    def _selected_day(self) -> date:
        q = self.date_edit.date()
        return date(q.year(), q.month(), q.day())

    def _set_override(self) -> None:
        day, name = self._selected_day(), self.name_edit.text()
        kind = OverrideKind(self.kind_combo.currentData())
        self.background.change(
            lambda: self.service.set_override(day, kind, name),
            lambda _r: self._changed(self.tr("Saved for %1.").replace("%1", f"{day:%Y-%m-%d}")),
            self._failed,
        )

    def _remove_override(self) -> None:
        day = self._selected_day()
        self.background.change(
            lambda: self.service.remove_override(day),
            lambda _r: self._changed(
                self.tr("Back to the calendar's own data for %1.").replace("%1", f"{day:%Y-%m-%d}")
            ),
            self._failed,
        )

    def _save_policy(self) -> None:
        policy = HolidayPolicy(self.policy_combo.currentData())
        self.background.change(
            lambda: self.service.set_policy(policy),
            lambda _r: self.message.show_info(self.tr("Holiday rule saved.")),
            self._failed,
        )

    def _changed(self, text: str) -> None:
        self.name_edit.clear()
        if self._selected_day().year != self.year_spin.value():
            self.year_spin.setValue(self._selected_day().year)  # reloads
        else:
            self.reload()
        self.message.show_info(text)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, HolidayError):
            self.message.show_error(self.tr("The name is too long (at most 40 characters)."))
        else:
            self.message.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))
