"""The content calendar tab (C1–C6): the week's push table with its backlog beside it.

Every change goes through the ``Planner`` (saved at once, on the undo stack) and is
followed by ``reload()``. Drops, keyboard moves, scheduling and files live in
``TabActions``; the post dialog in ``PostEditing``; the toolbar rows in ``TabToolbar``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ContentType
from desktop.services.calendar import Week
from desktop.services.container import Services
from desktop.services.workspace import SettingsData
from desktop.ui.calendar.backlog import BacklogPanel
from desktop.ui.calendar.labels import TYPE_COLOURS, type_label
from desktop.ui.calendar.model import WeekModel, conflict_text
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.tab_actions import TabActions
from desktop.ui.calendar.tab_editing import PostEditing
from desktop.ui.calendar.tab_toolbar import TabToolbar
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.calendar.view import WeekView
from desktop.ui.common.forms import InlineMessage


class CalendarTab(TabActions, PostEditing, TabToolbar, QWidget):
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

        self._build_toolbar()

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

        self._layout()
        self._wire()
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self._retranslate_toolbar()
        self.view.setToolTip(
            self.tr(
                "Drag cards to move them, Ctrl+drag to copy, Ctrl+click to select several.\n"
                "Keyboard: arrows move between cells and cards; Ctrl+Alt+Up/Down (or "
                "Alt+Shift+Up/Down) moves the selection to the previous/next slot, "
                "Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day."
            )
        )
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
        nav, actions = self._toolbar_rows()
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
        self._wire_toolbar()
        self.view.post_activated.connect(self.edit_post)
        self.view.empty_activated.connect(self.new_post)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.post_selected.connect(self._update_buttons)
        self.view.drop_requested.connect(self.handle_drop)
        self.view.shift_requested.connect(self.shift_selected)
        self.backlog.plan_requested.connect(self.plan_into_current)
        self.planner.changed.connect(self._after_change)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read settings (slots may have changed), groups and sets, then the shown week."""
        self._settings = self.services.workspace.settings()
        self._today = self.services.calendar.today()
        self.group_filter.reload()
        self.backlog.reload()
        self.reload()

    def filter_group_id(self) -> int | None:
        """The one group shown, or None for all groups or a set."""
        return self.group_filter.group_id()

    def filter_group_ids(self) -> list[int] | None:
        """The groups shown: None for all, a set's groups, or the one group."""
        return self.group_filter.group_ids()

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

    # -- deleting -----------------------------------------------------------------------
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
