"""The calendar tab's toolbar: two rows of buttons, their texts and keyboard shortcuts.

Week navigation, the group filter, undo/redo and new/edit/delete on the first row; schedule,
export and import on the second. It only says what was asked, through its signals; the
tab decides what that means. Undo and redo are the planner's stack's own actions.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.calendar.date_field import DateField
from desktop.ui.calendar.group_filter import GroupFilter


class CalendarToolbar(QWidget):
    previous_week = Signal()
    next_week = Signal()
    today = Signal()
    date_chosen = Signal(object)  # date
    filter_changed = Signal()
    new_post = Signal()
    edit_post = Signal()
    delete_posts = Signal()
    schedule_week = Signal()
    export_requested = Signal(str)  # "xlsx", "csv" or "ics"
    import_requested = Signal()

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prev_button = QPushButton()
        self.today_button = QPushButton()
        self.next_button = QPushButton()
        self.date_edit = DateField()
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        # The label may shrink (tooltip has it in full); it must never widen the window.
        self.week_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.week_label.setMinimumWidth(60)
        self.group_filter = GroupFilter()
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.delete_button = QPushButton()
        self.groups_caption = QLabel()
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        self.schedule_button = QPushButton()
        self.schedule_button.setObjectName("scheduleWeek")
        self.export_button = QToolButton()
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.import_button = QPushButton()

        self.undo_action = stack.createUndoAction(self)
        self.redo_action = stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self._shortcuts: list[tuple[QKeySequence, QAbstractButton]] = []

        self._layout()
        self._wire()
        self.retranslate()

    def shortcut_host(self, host: QWidget) -> None:
        """Make the keyboard shortcuts work anywhere in ``host`` (the whole tab), not only
        when the toolbar has focus."""
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            host.addAction(action)
        shortcuts = (
            (QKeySequence("Alt+Left"), self.previous_week, self.prev_button),
            (QKeySequence("Alt+Right"), self.next_week, self.next_button),
            (QKeySequence("Alt+Home"), self.today, self.today_button),
            (QKeySequence(QKeySequence.StandardKey.New), self.new_post, self.new_button),
            (QKeySequence("Ctrl+Shift+S"), self.schedule_week, self.schedule_button),
        )
        for sequence, signal, button in shortcuts:
            shortcut = QShortcut(sequence, host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(signal)
            self._shortcuts.append((sequence, button))
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.prev_button.setText(self.tr("◀ Previous week"))
        self.today_button.setText(self.tr("Today"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.date_edit.setToolTip(
            self.tr("Jump to the week of a date: type it (2027-01-01) and press Enter")
        )
        self.groups_caption.setText(self.tr("Groups:"))
        self.new_button.setText(self.tr("New post…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.undo_action.setToolTip(self.tr("Undo the last change (Ctrl+Z)"))
        self.redo_action.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        self.schedule_button.setText(self.tr("Schedule week"))
        self.schedule_button.setToolTip(
            self.tr("Turn this week's planned posts into outbox deliveries, one per group")
        )
        self.export_button.setText(self.tr("Export"))
        self.export_menu.clear()
        for text, fmt in (
            (self.tr("Excel push table…"), "xlsx"),
            (self.tr("CSV push table…"), "csv"),
            (self.tr("iCalendar…"), "ics"),
        ):
            self.export_menu.addAction(text, self._export_as(fmt))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import a push table from Excel as planned posts"))
        for sequence, button in self._shortcuts:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({text})")
        self.group_filter.retranslate()

    def set_status_widget(self, widget: QWidget) -> None:
        """The tab's status note, at the end of the actions row where there is room."""
        self._actions_row.insertWidget(self._actions_row.count() - 1, widget, 1)

    def show_week(self, day: date, label: str, tooltip: str) -> None:
        """Show the week of ``day`` without it counting as a new choice of date."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.week_label.setText(label)
        self.week_label.setToolTip(tooltip)

    def set_post_selected(self, selected: bool) -> None:
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _export_as(self, fmt: str) -> Callable[[], None]:
        return lambda: self.export_requested.emit(fmt)

    def _layout(self) -> None:
        nav = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            nav.addWidget(w)
        nav.addSpacing(8)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.groups_caption)
        nav.addWidget(self.group_filter)
        nav.addSpacing(8)
        for button in (self.undo_button, self.redo_button, self.new_button, self.edit_button):
            nav.addWidget(button)
        nav.addWidget(self.delete_button)
        actions = QHBoxLayout()
        actions.addWidget(self.schedule_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(0)
        self._actions_row = actions
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(nav)
        layout.addLayout(actions)

    def _wire(self) -> None:
        self.prev_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.today_button.clicked.connect(self.today)
        self.date_edit.dateChanged.connect(lambda d: self.date_chosen.emit(d.toPython()))
        self.group_filter.currentIndexChanged.connect(lambda _i: self.filter_changed.emit())
        self.new_button.clicked.connect(self.new_post)
        self.edit_button.clicked.connect(self.edit_post)
        self.delete_button.clicked.connect(self.delete_posts)
        self.schedule_button.clicked.connect(self.schedule_week)
        self.import_button.clicked.connect(self.import_requested)
