"""The calendar tab's toolbar: two rows of buttons, their texts and keyboard shortcuts.

Week navigation, the group filter, undo/redo and new/edit/delete on the first row; schedule,
export and import on the second. A mixin of ``CalendarTab``: the buttons stay attributes of
the tab, and are connected to its slots here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
)

from desktop.ui.calendar.group_filter import GroupFilter
from desktop.ui.i18n import MixinTr

if TYPE_CHECKING:
    from desktop.ui.calendar.tab import CalendarTab

    _Base = CalendarTab
else:
    _Base = MixinTr  # self.tr finds this mixin's strings, plural ones too


class TabToolbar(_Base):
    def _build_toolbar(self) -> None:
        """Create the buttons; needs the tab's ``planner`` (for undo/redo) and ``services``."""
        self.prev_button = QPushButton()
        self.today_button = QPushButton()
        self.next_button = QPushButton()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.week_label = QLabel()
        self.week_label.setObjectName("weekLabel")
        # The label may shrink (tooltip has it in full); it must never widen the window.
        self.week_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.week_label.setMinimumWidth(60)
        self.group_filter = GroupFilter(self.services)
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

        self.undo_action = self.planner.stack.createUndoAction(self)
        self.redo_action = self.planner.stack.createRedoAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)
        self._shortcuts: list[tuple[QKeySequence, QPushButton]] = []

    def _retranslate_toolbar(self) -> None:
        self.prev_button.setText(self.tr("◀ Previous week"))
        self.today_button.setText(self.tr("Today"))
        self.next_button.setText(self.tr("Next week ▶"))
        self.date_edit.setToolTip(self.tr("Jump to the week of a date"))
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
        self.export_menu.addAction(self.tr("Excel push table…"), lambda: self.choose_export("xlsx"))
        self.export_menu.addAction(self.tr("CSV push table…"), lambda: self.choose_export("csv"))
        self.export_menu.addAction(self.tr("iCalendar…"), lambda: self.choose_export("ics"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import a push table from Excel as planned posts"))
        for sequence, button in self._shortcuts:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({text})")
        self.group_filter.retranslate()

    def _toolbar_rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The navigation row, and the actions row that ends with the tab's status note."""
        nav = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            nav.addWidget(w)
        nav.addSpacing(8)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.groups_caption)
        nav.addWidget(self.group_filter)
        nav.addSpacing(8)
        for w in (self.undo_button, self.redo_button, self.new_button, self.edit_button):
            nav.addWidget(w)
        nav.addWidget(self.delete_button)
        actions = QHBoxLayout()
        actions.addWidget(self.schedule_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.status_note, 1)
        actions.addStretch(0)
        return nav, actions

    def _wire_toolbar(self) -> None:
        self.prev_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(lambda d: self.show_week(d.toPython()))
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self._new_in_current_cell)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.schedule_button.clicked.connect(self.schedule_week)
        self.import_button.clicked.connect(self.choose_import)
        shortcuts = (
            (QKeySequence("Alt+Left"), self.previous_week, self.prev_button),
            (QKeySequence("Alt+Right"), self.next_week, self.next_button),
            (QKeySequence("Alt+Home"), self.go_today, self.today_button),
            (
                QKeySequence(QKeySequence.StandardKey.New),
                self._new_in_current_cell,
                self.new_button,
            ),
            (QKeySequence("Ctrl+Shift+S"), self.schedule_week, self.schedule_button),
        )
        for sequence, slot, button in shortcuts:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append((sequence, button))
