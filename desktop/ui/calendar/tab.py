"""The content calendar tab (C1–C6): the week's push table with its backlog beside it.

Every change goes through the ``Planner`` (saved at once, on the undo stack) and is
followed by ``reload()``. Drops, keyboard moves, scheduling and files live in
``TabActions``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ContentType, PostStatus
from desktop.services.calendar import PostCard, PostDraft, Week
from desktop.services.container import Services
from desktop.services.workspace import SettingsData
from desktop.ui.calendar.backlog import BacklogPanel
from desktop.ui.calendar.labels import TYPE_COLOURS, type_label
from desktop.ui.calendar.model import WeekModel, conflict_text
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.tab_actions import TabActions
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.calendar.view import WeekView
from desktop.ui.common.forms import InlineMessage

ALL_GROUPS = -1
SET_PREFIX = "set:"


class CalendarTab(TabActions, QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("calendarTab")
        self._settings: SettingsData = services.workspace.settings()
        self._today: date = services.calendar.today()
        self._anchor: date = self._today
        self.dialog: PostDialog | None = None
        self._confirm: QMessageBox | None = None
        self._file_dialog: QFileDialog | None = None
        self.planner = Planner(services, self)

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
        self.group_filter = QComboBox()
        self.group_filter.setObjectName("groupFilter")
        self.group_filter.setMinimumContentsLength(12)
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

        self.model = WeekModel(self)
        self.view = WeekView(self)
        self.view.setModel(self.model)
        self.backlog = BacklogPanel(services.materials, self)

        self.mix_label = QLabel()
        self.mix_label.setObjectName("mixLabel")
        self.mix_label.setTextFormat(Qt.TextFormat.RichText)
        self.mix_warning = InlineMessage()
        self.mix_warning.setObjectName("mixWarning")
        self.conflict_note = InlineMessage()
        self.conflict_note.setObjectName("conflictNote")
        self.status_note = InlineMessage()
        self.status_note.setObjectName("statusNote")

        self._shortcuts: list[tuple[QKeySequence, QPushButton]] = []
        self._layout()
        self._wire()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
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
        self.view.setToolTip(
            self.tr(
                "Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.\n"
                "Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or "
                "Alt+Shift+Up/Down) moves the selection to the previous/next slot, "
                "Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day."
            )
        )
        for sequence, button in self._shortcuts:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({text})")
        if self.group_filter.count():
            self.group_filter.setItemText(0, self.tr("All groups"))
        self.backlog.retranslate()
        week = self.model.week
        if week is not None:
            self._update_week_label(week)
            self._update_mix(week)
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- construction -------------------------------------------------------------------
    def _layout(self) -> None:
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
        footer = QHBoxLayout()
        footer.addWidget(self.mix_label)
        footer.addWidget(self.mix_warning, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.backlog)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 1000])
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        layout.addLayout(footer)
        layout.addWidget(self.conflict_note)

    def _wire(self) -> None:
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
        self.view.post_activated.connect(self.edit_post)
        self.view.empty_activated.connect(self.new_post)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.post_selected.connect(self._update_buttons)
        self.view.drop_requested.connect(self.handle_drop)
        self.view.shift_requested.connect(self.shift_selected)
        self.backlog.plan_requested.connect(self.plan_into_current)
        self.planner.changed.connect(self._after_change)
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

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read settings (slots may have changed), groups and sets, then the shown week."""
        self._settings = self.services.workspace.settings()
        self._today = self.services.calendar.today()
        chosen = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), ALL_GROUPS)
        for info in self.services.group_sets.all():
            self.group_filter.addItem(f"▣ {info.name}", f"{SET_PREFIX}{info.id}")
        for group_id, name in self.services.calendar.group_choices():
            self.group_filter.addItem(name, group_id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(chosen)))
        self.group_filter.blockSignals(False)
        self.backlog.reload()
        self.reload()

    def filter_group_id(self) -> int | None:
        """The one group shown, or None for all groups or a set."""
        data = self.group_filter.currentData()
        return int(data) if isinstance(data, int) and data != ALL_GROUPS else None

    def filter_group_ids(self) -> list[int] | None:
        """The groups shown: None for all, a set's groups, or the one group."""
        data = self.group_filter.currentData()
        if isinstance(data, str) and data.startswith(SET_PREFIX):
            info = self.services.group_sets.get(int(data[len(SET_PREFIX) :]))
            return list(info.group_ids) if info else []
        single = self.filter_group_id()
        return None if single is None else [single]

    def reload(self, select_post: int | None = None, select: Sequence[int] = ()) -> None:
        keep = [select_post] if select_post is not None else list(select)
        keep = keep or self.view.selected_ids()
        week = self.services.calendar.week(
            self._anchor, self._settings.slots, self.filter_group_ids()
        )
        self.model.set_week(
            week, self._settings.slots, self._today, self._settings.marketing_share_limit
        )
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._anchor.year, self._anchor.month, self._anchor.day))
        self.date_edit.blockSignals(False)
        self._update_week_label(week)
        self._update_mix(week)
        self._update_conflicts(week)
        self.view.select_posts(keep)
        self._update_buttons()

    def _after_change(self, ids: list[int]) -> None:
        self.reload(select=ids)
        self.backlog.reload()

    def show_week(self, day: date) -> None:
        self._anchor = day
        self.reload()

    def previous_week(self) -> None:
        self.show_week(self._anchor - timedelta(days=7))

    def next_week(self) -> None:
        self.show_week(self._anchor + timedelta(days=7))

    def go_today(self) -> None:
        self._today = self.services.calendar.today()
        self.show_week(self._today)

    def shown_week(self) -> Week | None:
        return self.model.week

    def _update_week_label(self, week: Week) -> None:
        locale = QLocale()
        first, last = week.days[0], week.days[-1]

        def text(fmt: QLocale.FormatType) -> str:
            return (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", locale.toString(QDate(first.year, first.month, first.day), fmt))
                .replace("%3", locale.toString(QDate(last.year, last.month, last.day), fmt))
            )

        self.week_label.setText(text(QLocale.FormatType.ShortFormat))
        self.week_label.setToolTip(text(QLocale.FormatType.LongFormat))

    def _update_mix(self, week: Week) -> None:
        mix = week.mix()
        parts = [
            f'<span style="color:{TYPE_COLOURS[t]}">■</span> {type_label(t)} {mix[t]}'
            for t in ContentType
        ]
        total = self.tr("%n post(s) this week", None, len(week.cards))
        self.mix_label.setText(f"{total}: " + " &nbsp; ".join(parts))
        limit = self._settings.marketing_share_limit
        share = week.marketing_share()
        if share > limit:
            self.mix_warning.show_warning(
                self.tr("Marketing is %1% of this week's posts, above the %2% limit.")
                .replace("%1", f"{share:.0f}")
                .replace("%2", str(limit))
            )
        else:
            self.mix_warning.clear_message()

    def _update_conflicts(self, week: Week) -> None:
        lines = []
        for card in week.cards:
            for conflict in card.conflicts:
                lines.append(
                    f"{card.title} ({card.local_time:%m-%d %H:%M}): {conflict_text(conflict, card)}"
                )
        if not lines:
            self.conflict_note.clear_message()
            return
        head = self.tr(
            "⚠ %n conflict(s) this week (cards marked ⚠; hover for details):", None, len(lines)
        )
        shown = lines[:2] + (["…"] if len(lines) > 2 else [])
        self.conflict_note.show_warning("  ".join([head, *shown]))
        self.conflict_note.setToolTip("\n".join(lines[:50]))

    def _update_buttons(self, *_args: object) -> None:
        has_post = self.view.selected_post_id() is not None
        self.edit_button.setEnabled(has_post)
        self.delete_button.setEnabled(has_post)

    # -- editing ------------------------------------------------------------------------
    def new_post(self, slot_row: int, day_column: int) -> PostDialog:
        """Open the dialog for a new post pre-set to that day and slot."""
        day = self.model.day(day_column)
        slot = self.model.slot(slot_row)
        when = datetime.combine(day, slot.at, self._settings.tz)
        draft = PostDraft(title="", when=when, target_ids=self.filter_group_ids() or [])
        return self._open_dialog(draft, None)

    def edit_post(self, post_id: int) -> PostDialog | None:
        try:
            draft = self.services.calendar.get(post_id)
        except KeyError:
            self.reload()  # deleted elsewhere; show what is there now
            return None
        card = self._card(post_id)
        return self._open_dialog(draft, card.status if card else None)

    def _card(self, post_id: int) -> PostCard | None:
        return self.model.first_card(post_id)

    def _open_dialog(self, draft: PostDraft, status: PostStatus | None) -> PostDialog:
        if self.dialog is not None:
            self.dialog.close()
        before = self.services.planning.snapshots([draft.id]) if draft.id is not None else []
        dialog = PostDialog(
            self.services.calendar, self._settings.tz, draft, status, self, self.services
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda post_id: self._after_save(post_id, before))
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: PostDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _after_save(self, post_id: int, before: list) -> None:
        if before:
            self.planner.edited(before, self.tr("Edit post"))
        else:
            self.planner.created([post_id], self.tr("New post"))
        self.reload(select_post=post_id)

    def _new_in_current_cell(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.new_post(index.row(), index.column())
            return
        column = self.model.today_column()
        self.new_post(0, 0 if column is None else column)

    def _edit_selected(self) -> None:
        post_id = self.view.selected_post_id()
        if post_id is not None:
            self.edit_post(post_id)

    def delete_selected(self) -> None:
        ids = self.view.selected_ids()
        if not ids:
            return
        card = self._card(ids[-1])
        if len(ids) == 1:
            question = self.tr("Delete “%1”? Ctrl+Z brings it back.").replace(
                "%1", card.title if card else str(ids[0])
            )
        else:
            question = self.tr("Delete %n posts? Ctrl+Z brings them back.", None, len(ids))
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete post"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._delete_answered(ids, box.standardButton(box.clickedButton()))
        )
        self._confirm = box
        box.open()

    def _delete_answered(self, ids: list[int], answer: QMessageBox.StandardButton) -> None:
        self._confirm = None
        if answer == QMessageBox.StandardButton.Yes:
            self.planner.delete(ids, self.tr("Delete %n post(s)", None, len(ids)))
