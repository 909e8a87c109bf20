"""The content calendar tab (C1–C6): the week's push table with its backlog beside it.

The tab composes its parts and wires them: the ``CalendarToolbar`` says what was asked,
``CalendarActions`` does drops, moves, deleting, scheduling and files, ``PostEditing`` the
post dialog. Every change goes through the ``Planner`` (saved at once, on the undo stack)
and is followed by ``reload()``. Reads and writes run on one ``Background`` worker, in
the order they were asked, so a reload after a change sees it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain.calendar.rules import Shift
from desktop.domain.enums import ContentType
from desktop.services.calendar import GroupSetInfo, OverMonthlyCap, Week
from desktop.services.container import Services
from desktop.services.workspace import SettingsData
from desktop.ui.calendar.actions import CalendarActions
from desktop.ui.calendar.backlog import BacklogPanel
from desktop.ui.calendar.dnd import DragKind, DropTarget, Payload
from desktop.ui.calendar.editing import PostEditing
from desktop.ui.calendar.labels import TYPE_COLOURS, over_cap_text, type_label
from desktop.ui.calendar.model import WeekModel, conflict_text
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.shown import Shown
from desktop.ui.calendar.toolbar import CalendarToolbar
from desktop.ui.calendar.undo_commands import Planner
from desktop.ui.calendar.view import WeekView
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

# What a refresh reads: settings, today, group sets, group choices.
_Loaded = tuple[SettingsData, date, list[GroupSetInfo], list[tuple[int, str]]]


class CalendarTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("calendarTab")
        self._settings: SettingsData | None = None
        self._today: date | None = None
        self._anchor: date | None = None
        self._generation = 0  # only the newest week read is shown

        self.background = Background(self)
        self.planner = Planner(
            services.planning, services.calendar, services.schedule, self.background, self
        )
        self.toolbar = CalendarToolbar(self.planner.stack)
        self.model = WeekModel(self)
        self.view = WeekView(self)
        self.view.setModel(self.model)
        self.backlog = BacklogPanel(services.materials, self, self.background)
        self.post_actions = CalendarActions(
            self.planner,
            services.schedule,
            services.push_tables,
            self.background,
            self.model,
            self.shown,
            self,
        )
        self.editing = PostEditing(
            services.calendar,
            self.planner,
            self.background,
            self,
            # Built on first use: the robots feature is not imported for a tab's first paint.
            robot_preview=lambda *post, **extra: services.robot_links.previews(*post, **extra),
        )

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

    @property
    def busy(self) -> bool:
        """A read or write of this tab is still running (tests wait for this)."""
        return self.background.busy

    @property
    def dialog(self) -> PostDialog | None:
        return self.editing.dialog

    def retranslate(self) -> None:
        self.toolbar.retranslate()
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
            self._show_week_label(week)
            self._update_mix(week)
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
            self.view.viewport().update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- construction -------------------------------------------------------------------
    def _layout(self) -> None:
        self.toolbar.set_status_widget(self.status_note)
        footer = QHBoxLayout()
        footer.addWidget(self.mix_label)
        footer.addWidget(self.mix_warning, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.backlog)
        split.addWidget(self.view)
        split.setStretchFactor(1, 1)
        split.setSizes([220, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(split, 1)
        layout.addLayout(footer)
        layout.addWidget(self.conflict_note)

    def _wire(self) -> None:
        bar = self.toolbar
        bar.shortcut_host(self)
        bar.previous_week.connect(self.previous_week)
        bar.next_week.connect(self.next_week)
        bar.today.connect(self.go_today)
        bar.date_chosen.connect(self.show_week)
        bar.filter_changed.connect(self.reload)
        bar.new_post.connect(self._new_in_current_cell)
        bar.edit_post.connect(self._edit_selected)
        bar.delete_posts.connect(self.delete_selected)
        bar.schedule_week.connect(self._schedule_week)
        bar.export_requested.connect(self._export)
        bar.import_requested.connect(self.post_actions.files.choose_import)
        self.view.post_activated.connect(self.edit_post)
        self.view.empty_activated.connect(self.new_post)
        self.view.delete_requested.connect(self.delete_selected)
        self.view.post_selected.connect(self._update_buttons)
        self.view.drop_requested.connect(self.post_actions.handle_drop)
        self.view.shift_requested.connect(self.shift_selected)
        self.view.drag_refused.connect(lambda _id: self.post_actions.refuse_sent())
        self.backlog.plan_requested.connect(self.plan_into_current)
        self.planner.changed.connect(self._after_change)
        self.planner.failed.connect(self._change_failed)
        self.post_actions.message.connect(self._show_message)
        self.post_actions.cleared.connect(self.status_note.clear_message)
        self.post_actions.stale.connect(self.reload)
        self.editing.post_gone.connect(lambda _id: self.reload())
        self.editing.failed.connect(self.status_note.show_error)

    # -- loading ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read settings (slots may have changed), groups and sets, then the shown week."""
        services = self.services

        def read() -> _Loaded:
            return (
                services.workspace.settings(),
                services.calendar.today(),
                services.group_sets.all(),
                services.calendar.group_choices(),
            )

        self.background.read(read, self._refreshed, self._read_failed)
        self.backlog.reload()

    def _refreshed(self, got: _Loaded) -> None:
        self._settings, self._today, sets, groups = got
        if self._anchor is None:
            self._anchor = self._today
        self.editing.tz = self._settings.tz
        self.editing.group_sets = sets
        self.toolbar.group_filter.set_choices(sets, groups)
        self.reload()

    def filter_group_id(self) -> int | None:
        """The one group shown, or None for all groups or a set."""
        return self.toolbar.group_filter.group_id()

    def filter_group_ids(self) -> list[int] | None:
        """The groups shown: None for all, a set's groups, or the one group."""
        return self.toolbar.group_filter.group_ids()

    def shown(self) -> Shown:
        assert self._settings is not None and self._anchor is not None
        return Shown(self._anchor, self._settings.tz, self._settings.slots, self.filter_group_ids())

    def reload(self, select_post: int | None = None, select: Sequence[int] = ()) -> None:
        """Read the shown week off the UI thread and show it (and select those posts)."""
        if self._settings is None or self._anchor is None:
            return  # the first refresh is still reading; it reloads when done
        keep = [select_post] if select_post is not None else list(select)
        keep = keep or self.view.selected_ids()
        self._generation += 1
        generation, settings, anchor = self._generation, self._settings, self._anchor
        group_ids = self.filter_group_ids()
        calendar = self.services.calendar

        def shown(week: Week) -> None:
            if generation == self._generation:
                self._show(week, settings, keep)

        self.background.read(
            lambda: calendar.week(anchor, settings.slots, group_ids), shown, self._read_failed
        )

    def _show(self, week: Week, settings: SettingsData, keep: list[int]) -> None:
        assert self._today is not None
        self.model.set_week(week, settings.slots, self._today, settings.marketing_share_limit)
        self._show_week_label(week)
        self._update_mix(week)
        self._update_conflicts(week)
        self.view.select_posts(keep)
        self._update_buttons()

    def _read_failed(self, exc: BaseException) -> None:
        self.status_note.show_error(
            self.tr("The calendar could not be read: %1").replace("%1", str(exc))
        )

    def _change_failed(self, exc: BaseException) -> None:
        if isinstance(exc, OverMonthlyCap):  # an undo or redo into a month now full
            self.status_note.show_error(over_cap_text(exc.problem))
        else:
            text = self.tr("The change was not saved: %1").replace("%1", str(exc))
            self.status_note.show_error(text)
        self.reload()  # show what the database holds

    def _show_message(self, text: str, error: bool) -> None:
        if error:
            self.status_note.show_error(text)
        else:
            self.status_note.show_warning(text)

    def _after_change(self, ids: list[int]) -> None:
        self.reload(select=ids)
        self.backlog.reload()

    def show_week(self, day: date) -> None:
        self._anchor = day
        self.reload()

    def previous_week(self) -> None:
        if self._anchor is not None:
            self.show_week(self._anchor - timedelta(days=7))

    def next_week(self) -> None:
        if self._anchor is not None:
            self.show_week(self._anchor + timedelta(days=7))

    def go_today(self) -> None:
        def today(day: date) -> None:
            self._today = day
            self.show_week(day)

        self.background.read(self.services.calendar.today, today, self._read_failed)

    def shown_week(self) -> Week | None:
        return self.model.week

    def _show_week_label(self, week: Week) -> None:
        locale = QLocale()
        first, last = week.days[0], week.days[-1]

        def text(fmt: QLocale.FormatType) -> str:
            return (
                self.tr("Week %1: %2 – %3")
                .replace("%1", str(first.isocalendar().week))
                .replace("%2", locale.toString(QDate(first.year, first.month, first.day), fmt))
                .replace("%3", locale.toString(QDate(last.year, last.month, last.day), fmt))
            )

        assert self._anchor is not None
        self.toolbar.show_week(
            self._anchor, text(QLocale.FormatType.ShortFormat), text(QLocale.FormatType.LongFormat)
        )

    def _update_mix(self, week: Week) -> None:
        mix = week.mix()
        parts = [
            f'<span style="color:{TYPE_COLOURS[t]}">■</span> {type_label(t)} {mix[t]}'
            for t in ContentType
        ]
        total = self.tr("%n post(s) this week", None, len(week.cards))
        self.mix_label.setText(f"{total}: " + " &nbsp; ".join(parts))
        assert self._settings is not None
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
        self.toolbar.set_post_selected(self.view.selected_post_id() is not None)

    # -- what the grid asks for ---------------------------------------------------------
    def new_post(self, slot_row: int, day_column: int) -> None:
        """Open the dialog for a new post pre-set to that day and slot (``self.dialog``)."""
        assert self._settings is not None
        day, slot = self.model.day(day_column), self.model.slot(slot_row)
        when = datetime.combine(day, slot.at, self._settings.tz)
        self.editing.new_post(when, self.filter_group_ids() or [])

    def edit_post(self, post_id: int) -> None:
        card = self.model.first_card(post_id)
        self.editing.edit_post(post_id, card.status if card else None)

    def _new_in_current_cell(self) -> None:
        """The current cell if it is still ahead, else the next free slot from now."""
        if self.model.week is None or self._settings is None:
            return
        settings, calendar = self._settings, self.services.calendar
        groups = self.filter_group_ids() or []
        index = self.view.currentIndex()
        chosen = None
        if index.isValid():
            day, slot = self.model.day(index.column()), self.model.slot(index.row())
            chosen = datetime.combine(day, slot.at, settings.tz)

        def read() -> datetime:
            if chosen is not None and chosen > calendar.now():
                return chosen
            return calendar.next_free_slot(settings.slots, groups)

        self.background.read(
            read, lambda when: self.editing.new_post(when, groups), self._read_failed
        )

    def _edit_selected(self) -> None:
        post_id = self.view.selected_post_id()
        if post_id is not None:
            self.edit_post(post_id)

    # Both need the shown week: nothing to do until the first read is in.
    def _schedule_week(self) -> None:
        if self.model.week is not None:
            self.post_actions.schedule_week()

    def _export(self, fmt: str) -> None:
        if self.model.week is not None:
            self.post_actions.files.choose_export(fmt)

    def delete_selected(self) -> None:
        self.post_actions.delete(self.view.selected_ids())

    def shift_selected(self, shift: Shift) -> None:
        ids = self.view.selected_ids()
        pairs = [(pid, card.occurrence) for pid in ids if (card := self.model.first_card(pid))]
        self.post_actions.shift_posts(pairs, shift, copy=False)

    def plan_into_current(self, kind: DragKind, ids: list[int]) -> None:
        """Keyboard planning from the backlog into the grid's current cell."""
        if self.model.week is None:
            return
        index = self.view.currentIndex()
        column = index.column() if index.isValid() else (self.model.today_column() or 0)
        row = index.row() if index.isValid() else 0
        self.post_actions.handle_drop(Payload(kind, tuple(ids)), DropTarget(column, row), False)
