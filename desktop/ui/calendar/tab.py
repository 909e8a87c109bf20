"""The content calendar tab (C1, C3): one week of days × slots with its planned posts.

Every change goes through ``services.calendar`` and is followed by ``reload()``; the
later drag-and-drop/undo issue can wrap the same calls in QUndoCommands.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ContentType, PostStatus
from desktop.services.calendar import PostCard, PostDraft, Week
from desktop.services.container import Services
from desktop.services.workspace import SettingsData
from desktop.ui.calendar.labels import TYPE_COLOURS, type_label
from desktop.ui.calendar.model import WeekModel
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.view import WeekView
from desktop.ui.common.forms import InlineMessage

ALL_GROUPS = -1


class CalendarTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("calendarTab")
        self._settings: SettingsData = services.workspace.settings()
        self._today: date = services.calendar.today()
        self._anchor: date = self._today
        self.dialog: PostDialog | None = None
        self._confirm: QMessageBox | None = None

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

        self.model = WeekModel(self)
        self.view = WeekView(self)
        self.view.setModel(self.model)

        self.mix_label = QLabel()
        self.mix_label.setObjectName("mixLabel")
        self.mix_label.setTextFormat(Qt.TextFormat.RichText)
        self.mix_warning = InlineMessage()
        self.mix_warning.setObjectName("mixWarning")

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
        for sequence, button in self._shortcuts:
            text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{button.text()} ({text})")
        if self.group_filter.count():
            self.group_filter.setItemText(0, self.tr("All groups"))
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
        nav.addWidget(self.prev_button)
        nav.addWidget(self.today_button)
        nav.addWidget(self.next_button)
        nav.addWidget(self.date_edit)
        nav.addSpacing(8)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.groups_caption)
        nav.addWidget(self.group_filter)
        nav.addSpacing(8)
        nav.addWidget(self.new_button)
        nav.addWidget(self.edit_button)
        nav.addWidget(self.delete_button)
        footer = QHBoxLayout()
        footer.addWidget(self.mix_label)
        footer.addWidget(self.mix_warning, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.view, 1)
        layout.addLayout(footer)

    def _wire(self) -> None:
        self.prev_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.today_button.clicked.connect(self.go_today)
        self.date_edit.dateChanged.connect(lambda d: self.show_week(d.toPython()))
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.new_button.clicked.connect(self._new_in_current_cell)
        self.edit_button.clicked.connect(self._edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.view.post_activated.connect(self.edit_post)
        self.view.empty_activated.connect(self.new_post)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.post_selected.connect(self._update_buttons)
        shortcuts = (
            (QKeySequence("Alt+Left"), self.previous_week, self.prev_button),
            (QKeySequence("Alt+Right"), self.next_week, self.next_button),
            (QKeySequence("Alt+Home"), self.go_today, self.today_button),
            (
                QKeySequence(QKeySequence.StandardKey.New),
                self._new_in_current_cell,
                self.new_button,
            ),
        )
        for sequence, slot, button in shortcuts:
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self._shortcuts.append((sequence, button))

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read settings (slots may have changed) and groups, then the shown week."""
        self._settings = self.services.workspace.settings()
        self._today = self.services.calendar.today()
        chosen = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), ALL_GROUPS)
        for group_id, name in self.services.calendar.group_choices():
            self.group_filter.addItem(name, group_id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(chosen)))
        self.group_filter.blockSignals(False)
        self.reload()

    def filter_group_id(self) -> int | None:
        data = self.group_filter.currentData()
        return None if data in (None, ALL_GROUPS) else int(data)

    def reload(self, select_post: int | None = None) -> None:
        keep = select_post if select_post is not None else self.view.selected_post_id()
        group_id = self.filter_group_id()
        week = self.services.calendar.week(
            self._anchor, self._settings.slots, None if group_id is None else [group_id]
        )
        self.model.set_week(week, self._settings.slots, self._today)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(self._anchor.year, self._anchor.month, self._anchor.day))
        self.date_edit.blockSignals(False)
        self._update_week_label(week)
        self._update_mix(week)
        self.view.select_post(keep)
        self._update_buttons()

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
        group_id = self.filter_group_id()
        draft = PostDraft(title="", when=when, target_ids=[] if group_id is None else [group_id])
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
        week = self.model.week
        return next((c for c in week.cards if c.id == post_id), None) if week else None

    def _open_dialog(self, draft: PostDraft, status: PostStatus | None) -> PostDialog:
        if self.dialog is not None:
            self.dialog.close()
        dialog = PostDialog(self.services.calendar, self._settings.tz, draft, status, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_save)
        dialog.destroyed.connect(lambda *_: self._forget_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget_dialog(self, dialog: PostDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _after_save(self, post_id: int) -> None:
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
        post_id = self.view.selected_post_id()
        if post_id is None:
            return
        card = self._card(post_id)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete post"),
            self.tr("Delete “%1”? This cannot be undone.").replace(
                "%1", card.title if card else str(post_id)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda _result: self._delete_answered(post_id, box.standardButton(box.clickedButton()))
        )
        self._confirm = box
        box.open()

    def _delete_answered(self, post_id: int, answer: QMessageBox.StandardButton) -> None:
        self._confirm = None
        if answer == QMessageBox.StandardButton.Yes:
            self.services.calendar.delete(post_id)
            self.reload()
