"""The DM inbox tab: the queue (filters, sort), the thread with its reply box, the member panel.

Keyboard (when the list or the thread has focus, not while typing): j/k next/previous,
r reply, e resolve and move on, a assign, / canned reply, Ctrl+F search — ``InboxShortcuts``
maps the keys to this tab's actions. The member panel is ``InboxMemberPanel``, the filter
rows ``QueueFilterBar``, the dialogs and their buttons ``InboxDialogs``.

Nothing here waits on the database: pages, threads, the member panel, search and every
edit go through one ``Background`` (so they reach the database one at a time, in order),
and a failure is shown under the search line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConversationStatus
from desktop.services.container import Services
from desktop.services.inbox import ConversationRow, MemberPanel, QueueFilter
from desktop.services.live import Change
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.live import InboxLive
from desktop.ui.inbox.member_panel import InboxMemberPanel
from desktop.ui.inbox.model import ConversationListModel, RowRole
from desktop.ui.inbox.queue_empty import QueueEmptyNote
from desktop.ui.inbox.queue_filters import QueueFilterBar
from desktop.ui.inbox.reply_time import ReplyTimeWatch
from desktop.ui.inbox.search import InboxSearch
from desktop.ui.inbox.shortcuts import InboxShortcuts
from desktop.ui.inbox.tab_dialogs import InboxDialogs
from desktop.ui.inbox.thread_view import ThreadView


class InboxTab(QWidget):
    # For the main window: a status-bar text ("" when nothing is due) and, before a breach,
    # a desktop notification (title, text) — e.g. QSystemTrayIcon.showMessage.
    sla_status = Signal(str)
    notify = Signal(str, str)
    # A reply waits for an account of this channel (ChannelKind value): the main window
    # opens the accounts dialog (SendingController.open_accounts).
    accounts_wanted = Signal(str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, operator_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.inbox = services.inbox
        self.operator_id = operator_id
        self.calls = Background(self)
        self._keep_selection: int | None = None  # to select again once the list is re-read
        self._profile_member: int | None = None
        self._pending_step = 0  # a "next" pressed at the end of the loaded rows
        self.model = ConversationListModel(self.inbox.queue, self.calls, self)
        self.model.loaded.connect(self._page_loaded)
        self.model.load_failed.connect(self._read_failed)
        self.list_view = QListView()
        self.list_view.setObjectName("conversationList")
        self.list_view.setModel(self.model)
        self.tz: str | None = None
        self.delegate = ConversationDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        self.queue_empty = QueueEmptyNote()

        self.filters = QueueFilterBar()
        self.filters.changed.connect(self._filter_changed)
        # The filter and label choices, also by the tab's names for them.
        self.filter_combo = self.filters.filter_combo
        self.label_combo = self.filters.label_combo
        self.dialogs = InboxDialogs(self)  # settings, campaigns, 微信客服, team figures

        self.search = InboxSearch(services.inbox_search, self.calls, self)
        self.search.opened.connect(self.open_conversation)
        self.search.failed.connect(self._read_failed)
        self.error = InlineMessage()

        self.thread_view = ThreadView(
            self.inbox.thread,
            self,
            replies=services.replies,
            calls=self.calls,
            kf=services.wechat_kf_actions,
        )
        self.thread_view.reply_box.operator_id = operator_id
        if services.sqlite_path is None:  # team mode: teammates see each other in threads
            self.thread_view.presence.attach(services.presence, operator_id)
            self.thread_view.reply_box.crossing = self.thread_view.presence.crossing
        self.thread_view.changed.connect(self._conversation_changed)
        self.thread_view.accounts_wanted.connect(self.accounts_wanted)
        self.profile = InboxMemberPanel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The search line also carries the buttons, so the filter row keeps room for the
        # four choices (their texts are long in Chinese and English alike).
        top = QHBoxLayout()
        top.addWidget(self.search.edit, 1)
        for button in self.dialogs.buttons:
            top.addWidget(button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.error)
        left_layout.addWidget(self.search.results, 1)
        left_layout.addWidget(self.filters)
        left_layout.addWidget(self.queue_empty)
        left_layout.addWidget(self.list_view, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.thread_view)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([420, 620, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.shortcuts = InboxShortcuts(self, self, (self.list_view, self.thread_view.messages))
        self.reply_time = ReplyTimeWatch(self.inbox.figures, self.calls, self.model.rows, self)
        self.reply_time.status.connect(self.sla_status)
        self.reply_time.notify.connect(self.notify)
        self.live = InboxLive(self)
        self.retranslate()
        self._read_zone()
        self._fill_labels()
        self.model.reset()

    def _read_zone(self) -> None:
        self.calls.read(self.inbox.thread.timezone, self._set_zone, self._read_failed)

    def _set_zone(self, tz: str) -> None:
        """Every time in the tab is shown in the workspace's zone, not the computer's."""
        self.tz = tz
        self.thread_view.tz = tz
        self.search.tz = tz
        self.delegate.tz = tz
        self.profile.tz = tz
        self.list_view.viewport().update()
        if self.thread_view.row is not None:
            self.thread_view.load(self.thread_view.row.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filters.retranslate()
        self.search.retranslate()
        self.dialogs.retranslate()

    def _fill_labels(self) -> None:
        self.calls.read(self.inbox.thread.labels, self.filters.show_labels, self._read_failed)

    def _read_failed(self, exc: BaseException) -> None:
        self.error.show_error(self.tr("Could not read the inbox: %1").replace("%1", str(exc)))

    def _save_failed(self, exc: BaseException) -> None:
        self.error.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))

    def settings_saved(self) -> None:
        """The inbox settings were saved: zone, labels and the queue are read again."""
        self._read_zone()
        self._fill_labels()
        self.refresh()

    # -- the queue ----------------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        return self.filters.current_filter(self.operator_id)

    def refresh(self) -> None:
        current = self.thread_view.row.id if self.thread_view.row else None
        self.calls.change(
            self.inbox.thread.wake_snoozed, lambda _: self._reload(current), self._save_failed
        )
        self.refresh_sla()

    def apply_changes(self, changes: list[Change]) -> None:
        """Teammates' and the worker's commits: see ``ui/inbox/live.py``."""
        self.live.apply(changes)

    def _reload(self, keep: int | None) -> None:
        self.error.clear_message()
        self._keep_selection = keep
        self.model.reset()

    def _page_loaded(self, first: bool) -> None:
        if first:
            self.queue_empty.show_for(self.model.rowCount(), self.current_filter())
        if not first and self._pending_step:
            step, self._pending_step = self._pending_step, 0
            self.move_selection(step)
        elif first and self._keep_selection is not None:
            keep, self._keep_selection = self._keep_selection, None
            self._select_id(keep)
        elif first:
            self.thread_view.show_conversation(None)

    def _select_id(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            self.thread_view.show_conversation(None)
            return
        for i, row in enumerate(self.model.rows()):
            if row.id == conversation_id:
                self.list_view.setCurrentIndex(self.model.index(i))
                return
        self.thread_view.show_conversation(None)

    def _filter_changed(self) -> None:
        self._keep_selection = None
        self.model.set_filter(self.current_filter())
        self.thread_view.show_conversation(None)
        self._show_profile(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = indexes[0].data(RowRole)
        self.thread_view.show_conversation(row)  # marking it read is followed by thread.changed
        self._show_profile(row.member_id)

    def _conversation_changed(self, conversation_id: int) -> None:
        self.calls.read(
            lambda: self.inbox.queue.row(conversation_id),
            lambda fresh: self._replace_row(conversation_id, fresh),
            self._read_failed,
        )

    def _replace_row(self, conversation_id: int, fresh: ConversationRow | None) -> None:
        if fresh is None:
            return
        for i, row in enumerate(self.model.rows()):
            if row.id == conversation_id:
                self.model.replace_row(i, fresh)
                if self.thread_view.row is not None and self.thread_view.row.id == conversation_id:
                    self.thread_view.row = fresh
                break

    def _show_profile(self, member_id: int | None) -> None:
        self._profile_member = member_id
        if member_id is None:
            self.profile.show_member(None)
            return
        self.calls.read(
            lambda: self.inbox.panels.member_panel(member_id),
            lambda panel: self._profile_read(member_id, panel),
            self._read_failed,
        )

    def _profile_read(self, member_id: int, panel: MemberPanel) -> None:
        if member_id == self._profile_member:
            self.profile.show_member(panel)

    # -- keyboard actions (``InboxShortcuts``) -------------------------------------------------

    def move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        at_end = self.list_view.currentIndex().row() + step >= count
        if step > 0 and at_end and self.model.canFetchMore():
            self._pending_step = step  # the next page arrives later; the key moves on then
            self.model.fetchMore()
            return
        if not count:
            return
        current = self.list_view.currentIndex().row()
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        self.list_view.setCurrentIndex(self.model.index(target))

    def reply(self) -> None:
        self.thread_view.focus_reply()

    def resolve_current(self) -> None:
        row = self.thread_view.row
        if row is None or not self.thread_view.may_resolve():
            return
        self.calls.change(
            lambda: self.inbox.thread.set_status(row.id, ConversationStatus.RESOLVED),
            lambda _: self._resolved(row.id),
            self._save_failed,
        )

    def _resolved(self, conversation_id: int) -> None:
        self._conversation_changed(conversation_id)
        if self.thread_view.row is not None and self.thread_view.row.id == conversation_id:
            self.move_selection(1)

    def assign_current(self) -> None:
        row, me = self.thread_view.row, self.operator_id
        if row is None:
            return
        if me is None:
            self.thread_view.assign_combo.setFocus()
            self.thread_view.assign_combo.showPopup()
            return
        self.calls.change(
            lambda: self.inbox.thread.assign(row.id, me),
            lambda _: self._assigned(row.id, me),
            self._save_failed,
        )

    def _assigned(self, conversation_id: int, operator_id: int) -> None:
        self._conversation_changed(conversation_id)
        if self.thread_view.row is not None and self.thread_view.row.id == conversation_id:
            self.thread_view.show_assignee(operator_id)

    def canned_reply(self) -> None:
        if self.thread_view.row is None:
            return
        editor = self.thread_view.reply_box.editor
        editor.setFocus()
        editor.insertPlainText("/")

    def focus_search(self) -> None:
        self.search.focus()

    def open_conversation(self, conv_id: int) -> None:
        """Select it in the list, or show it beside the list when it is not loaded there."""
        for i, row in enumerate(self.model.rows()):
            if row.id == conv_id:
                self.list_view.setCurrentIndex(self.model.index(i))
                return
        self.calls.read(  # not loaded in the list: show it anyway
            lambda: self.inbox.queue.row(conv_id), self._show_unlisted, self._read_failed
        )

    def _show_unlisted(self, row: ConversationRow | None) -> None:
        self.list_view.clearSelection()
        self.thread_view.show_conversation(row)
        self._show_profile(row.member_id if row else None)

    def refresh_sla(self) -> None:
        self.reply_time.refresh()

    def prepare_screenshot(self) -> None:
        """Show a real thread rather than an empty pane when a screenshot is taken."""
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))
