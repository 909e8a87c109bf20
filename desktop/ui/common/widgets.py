"""Small widgets the forms share: an optional date field, fixed-height text boxes, dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QPlainTextEdit,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# QDateEdit cannot be empty; its minimum date shown as special text stands for "no date".
NO_DATE = QDate(1900, 1, 1)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def locale_date_format() -> str:
    """The locale's short date format, but with a four-digit year (en's "M/d/yy" misleads)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def format_date(value: date | None) -> str:
    return "" if value is None else QLocale().toString(to_qdate(value), locale_date_format())


def text_box(lines: int) -> QPlainTextEdit:
    """A multi-line field of fixed height, so long forms keep their shape; it scrolls inside."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * (lines + 1) + 8)
    return box


def scroll_column(*widgets: QWidget) -> QScrollArea:
    """Widgets stacked top to bottom in a frameless area that scrolls vertically, so a tall
    form never forces the window taller than the screen."""
    body = QWidget()
    layout = QVBoxLayout(body)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


class OptionalDateEdit(QWidget):
    """A date field that may be empty, with a button to empty it again."""

    changed = Signal()

    def __init__(
        self, popup_page: Callable[[], date] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._popup_page = popup_page or date.today
        self.edit = QDateEdit(self)
        self.edit.setCalendarPopup(True)
        self.edit.setMinimumDate(NO_DATE)
        self.edit.setMaximumDate(QDate(2199, 12, 31))
        self.edit.setDisplayFormat(locale_date_format())
        self.edit.setDate(NO_DATE)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        self.clear_button.clicked.connect(lambda: self.set_value(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self.edit.dateChanged.connect(self._on_changed)
        self.edit.calendarWidget().installEventFilter(self)
        self._sync_clear_button()

    def value(self) -> date | None:
        d = self.edit.date()
        return None if d == NO_DATE else date(d.year(), d.month(), d.day())

    def set_value(self, value: date | None) -> None:
        self.edit.setDate(NO_DATE if value is None else to_qdate(value))

    def set_texts(self, empty_text: str, clear_tooltip: str) -> None:
        self.edit.setSpecialValueText(empty_text)
        self.clear_button.setToolTip(clear_tooltip)
        self.clear_button.setAccessibleName(clear_tooltip)

    def _on_changed(self) -> None:
        self._sync_clear_button()
        self.changed.emit()

    def _sync_clear_button(self) -> None:
        self.clear_button.setEnabled(self.isEnabled() and self.value() is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.EnabledChange:
            self._sync_clear_button()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty field would open the popup in January 1900; open it somewhere useful.
        if event.type() == QEvent.Type.Show and self.value() is None:
            page = self._popup_page()
            self.edit.calendarWidget().setCurrentPage(page.year, page.month)
        return False
