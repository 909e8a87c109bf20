"""The toolbar's go-to-date box: type a date in any year, or pick one from a calendar.

A ``QDateEdit`` edits section by section: typing "2027/1/1" over a selected date leaves
the year alone (the keystrokes do not fit the year section's rules) and lands on
2026/1/1. This field is a plain line edit that reads a whole typed date when Enter is
pressed or focus leaves it, with a calendar behind its button for the mouse.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QMenu, QStyle, QWidget, QWidgetAction

DISPLAY_FORMAT = "yyyy-MM-dd"
# 2027-01-01, 2027/1/1, 2027.1.1, 2027年1月1日, 20270101
_TYPED = re.compile(
    r"^\s*(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?|(\d{2})(\d{2}))\s*$"
)


def parse_date(text: str) -> QDate | None:
    """A typed date (year first, four digits), or None when it is not a real date."""
    match = _TYPED.match(text)
    if match is None:
        return None
    year, month, day = int(match[1]), int(match[2] or match[4]), int(match[3] or match[5])
    value = QDate(year, month, day)
    return value if value.isValid() else None


class DateField(QLineEdit):
    dateChanged = Signal(QDate)  # a new date, typed (and confirmed) or picked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("goToDate")
        self._date = QDate.currentDate()
        self.setText(self._date.toString(DISPLAY_FORMAT))
        self.setMaxLength(16)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("2026-12-31") + 48)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self._menu = QMenu(self)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.popup_action = QAction(icon, "", self)
        self.addAction(self.popup_action, QLineEdit.ActionPosition.TrailingPosition)
        self.popup_action.triggered.connect(self._show_calendar)
        self.calendar.clicked.connect(self._picked)
        self.returnPressed.connect(self.commit)
        self.editingFinished.connect(self.commit)

    def date(self) -> QDate:
        return QDate(self._date)

    def setDate(self, value: QDate) -> None:
        changed = value != self._date
        self._date = QDate(value)
        self.setText(value.toString(DISPLAY_FORMAT))
        self.setStyleSheet("")
        if changed:
            self.dateChanged.emit(QDate(value))

    def commit(self) -> None:
        """Take the typed date; text that is not a date is put back as it was."""
        value = parse_date(self.text())
        if value is None:
            self.setDate(self._date)
            return
        self.setDate(value)

    def _show_calendar(self) -> None:
        self.calendar.setSelectedDate(self._date)
        self._menu.popup(self.mapToGlobal(self.rect().bottomLeft()))

    def _picked(self, value: QDate) -> None:
        self._menu.hide()
        self.setDate(value)
