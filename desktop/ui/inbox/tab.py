"""The DM inbox tab: the queue (filters, sort), the thread with its reply box, the member panel.

Keyboard (when the list or the thread has focus, not while typing): j/k next/previous,
r reply, e resolve and move on, a assign, / canned reply, Ctrl+F search — see ``InboxKeys``.
The member panel is ``InboxMemberPanel``.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ChannelKind, ConversationStatus
from desktop.domain.inbox import sla
from desktop.services.container import Services
from desktop.services.inbox import QueueFilter, QueueSort
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.labels import channel_name, status_name
from desktop.ui.inbox.member_panel import InboxMemberPanel
from desktop.ui.inbox.model import ConversationListModel, RowRole
from desktop.ui.inbox.tab_keys import InboxKeys
from desktop.ui.inbox.thread_view import ThreadView

SLA_REFRESH_MS = 60_000
_STATUSES = {str(s) for s in ConversationStatus}


class InboxTab(InboxKeys, QWidget):
    # For the main window: a status-bar text ("" when nothing is due) and, before a breach,
    # a desktop notification (title, text) — e.g. QSystemTrayIcon.showMessage.
    sla_status = Signal(str)
    notify = Signal(str, str)

    def __init__(
        self, services: Services, parent: QWidget | None = None, operator_id: int | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.operator_id = operator_id
        self.model = ConversationListModel(services.inbox, self)
        self.list_view = QListView()
        self.list_view.setObjectName("conversationList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ConversationDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)
        self.list_view.installEventFilter(self)

        self.filter_combo = QComboBox()
        self.filter_combo.addItem("", None)
        self.filter_combo.addItem("", "mine")
        self.filter_combo.addItem("", "unassigned")
        self.filter_combo.addItem("", "urgent")
        for status in ConversationStatus:
            self.filter_combo.addItem(status_name(status), status)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.label_combo = QComboBox()
        self.label_combo.currentIndexChanged.connect(self._filter_changed)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem("", None)
        for ch in ChannelKind:
            self.channel_combo.addItem(channel_name(ch), ch)
        self.channel_combo.currentIndexChanged.connect(self._filter_changed)
        self.sort_combo = QComboBox()
        for sort in QueueSort:
            self.sort_combo.addItem("", sort)
        self.sort_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_caption = QLabel()
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("inboxSettings")
        self.settings_button.clicked.connect(self.open_settings)
        self.team_button = QPushButton()
        self.team_button.setObjectName("inboxTeam")
        self.team_button.clicked.connect(self.open_team)
        self.campaigns_button = QPushButton()
        self.campaigns_button.setObjectName("inboxCampaigns")
        self.campaigns_button.clicked.connect(self.open_campaigns)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("inboxSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.returnPressed.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda t: self.search_results.setVisible(bool(t)))
        self.search_results = QListWidget()
        self.search_results.setObjectName("searchResults")
        self.search_results.hide()
        self.search_results.itemActivated.connect(self._open_hit)
        self.search_results.itemClicked.connect(self._open_hit)

        self.thread = ThreadView(services.inbox, self, replies=services.replies)
        self.thread.reply_box.operator_id = operator_id
        self.thread.changed.connect(self._conversation_changed)
        self.thread.messages.installEventFilter(self)
        self.profile = InboxMemberPanel()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # The search line also carries the buttons, so the filter row keeps room for the
        # four choices (their texts are long in Chinese and English alike).
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.settings_button)
        top.addWidget(self.campaigns_button)
        top.addWidget(self.team_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.search_results, 1)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_caption)
        filters.addWidget(self.filter_combo, 1)
        filters.addWidget(self.label_combo, 1)
        filters.addWidget(self.channel_combo, 1)
        filters.addWidget(self.sort_combo, 1)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 3)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.thread)
        splitter.addWidget(self.profile)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 1)
        splitter.setSizes([420, 620, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search)
        self._warned: set[int] = set()
        self.sla_timer = QTimer(self)
        self.sla_timer.setInterval(SLA_REFRESH_MS)
        self.sla_timer.timeout.connect(self.refresh_sla)
        self.sla_timer.start()
        self.retranslate()
        self._fill_labels()
        self.model.reset()

    def retranslate(self) -> None:
        self.filter_caption.setText(self.tr("Show"))
        self.filter_combo.setItemText(0, self.tr("All conversations"))
        self.filter_combo.setItemText(1, self.tr("Mine"))
        self.filter_combo.setItemText(2, self.tr("Unassigned"))
        self.filter_combo.setItemText(3, self.tr("Urgent"))
        self.channel_combo.setItemText(0, self.tr("All channels"))
        names = {
            QueueSort.RECENT: self.tr("Newest first"),
            QueueSort.WAITING: self.tr("Longest waiting"),
            QueueSort.PRIORITY: self.tr("Priority"),
        }
        for i in range(self.sort_combo.count()):
            self.sort_combo.setItemText(i, names[self.sort_combo.itemData(i)])
        if self.label_combo.count():
            self.label_combo.setItemText(0, self.tr("All labels"))
        self.search_edit.setPlaceholderText(self.tr("Search all messages (Ctrl+F)"))
        self.settings_button.setText(self.tr("Settings…"))
        self.team_button.setText(self.tr("Team…"))
        self.campaigns_button.setText(self.tr("Campaigns…"))
        self.campaigns_button.setToolTip(
            self.tr("Surveys, lotteries and collections members join by writing a keyword")
        )

    def _fill_labels(self) -> None:
        self.label_combo.blockSignals(True)
        self.label_combo.clear()
        self.label_combo.addItem(self.tr("All labels"), None)
        for lb in self.services.inbox.labels():
            self.label_combo.addItem(lb.name, lb.id)
        self.label_combo.blockSignals(False)

    def open_settings(self) -> QDialog:
        from desktop.services.inbox import InboxSettingsService
        from desktop.ui.inbox.settings_dialog import InboxSettingsDialog

        dialog = InboxSettingsDialog(InboxSettingsService(self.services.db), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._settings_saved)
        dialog.canned.changed.connect(lambda: self.thread.reply_box.canned_list.hide())
        dialog.open()
        return dialog

    def _settings_saved(self) -> None:
        self._fill_labels()
        self.refresh()

    def open_campaigns(self) -> QDialog:
        from desktop.ui.inbox.campaigns_dialog import CampaignsDialog

        dialog = CampaignsDialog(
            self.services.campaigns,
            self.services.campaign_entries,
            self.operator_id,
            self,
            invites=self.services.survey_invites,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _=0: self.refresh())  # answers went into threads
        dialog.open()
        return dialog

    def open_team(self) -> QDialog:
        from desktop.ui.inbox.team_dialog import TeamStatsDialog

        dialog = TeamStatsDialog(self.services.inbox, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the queue ----------------------------------------------------------------------------

    def current_filter(self) -> QueueFilter:
        choice = self.filter_combo.currentData()
        return QueueFilter(
            status=ConversationStatus(choice) if choice in _STATUSES else None,
            assignee_id=self.operator_id if choice == "mine" else None,
            unassigned=choice == "unassigned",
            urgent=choice == "urgent",
            label_id=self.label_combo.currentData(),
            channel=ChannelKind(ch) if (ch := self.channel_combo.currentData()) else None,
            sort=QueueSort(self.sort_combo.currentData() or QueueSort.RECENT),
        )

    def refresh(self) -> None:
        current = self.thread.row.id if self.thread.row else None
        self.services.inbox.wake_snoozed()
        self.model.reset()
        self._select_id(current)
        self.refresh_sla()

    def _select_id(self, conversation_id: int | None) -> None:
        if conversation_id is None:
            self.thread.show_conversation(None)
            return
        for i, row in enumerate(self.model.rows()):
            if row.id == conversation_id:
                self.list_view.setCurrentIndex(self.model.index(i))
                return
        self.thread.show_conversation(None)

    def _filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())
        self.thread.show_conversation(None)
        self._show_profile(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = indexes[0].data(RowRole)
        self.thread.show_conversation(row)
        self._show_profile(row.member_id)
        if row.unread:
            self._conversation_changed(row.id)

    def _conversation_changed(self, conversation_id: int) -> None:
        fresh = self.services.inbox.row(conversation_id)
        for i, row in enumerate(self.model.rows()):
            if row.id == conversation_id and fresh is not None:
                self.model.replace_row(i, fresh)
                self.thread.row = fresh
                break

    def _show_profile(self, member_id: int | None) -> None:
        panel = None if member_id is None else self.services.inbox.member_panel(member_id)
        self.profile.show_member(panel)

    # -- search -------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_results.clear()
        query = self.search_edit.text()
        hits = self.services.inbox_search.search(query) if query.strip() else []
        for h in hits:
            when = h.sent_at.astimezone().strftime("%Y-%m-%d")
            item = QListWidgetItem(f"{h.member_name} · {when} — {h.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, h.conversation_id)
            self.search_results.addItem(item)
        if not hits and query.strip():
            self.search_results.addItem(QListWidgetItem(self.tr("No messages found.")))
        self.search_results.setVisible(bool(query.strip()))

    def _open_hit(self, item: QListWidgetItem) -> None:
        conv_id = item.data(Qt.ItemDataRole.UserRole)
        if conv_id is None:
            return
        for i, row in enumerate(self.model.rows()):
            if row.id == conv_id:
                self.list_view.setCurrentIndex(self.model.index(i))
                return
        row = self.services.inbox.row(conv_id)  # not loaded in the list: show it anyway
        self.list_view.clearSelection()
        self.thread.show_conversation(row)
        self._show_profile(row.member_id if row else None)

    # -- reply-time standard ------------------------------------------------------------------

    def refresh_sla(self) -> sla.Summary:
        summary = self.services.inbox.sla_summary()
        self.sla_status.emit(self.sla_text(summary))
        due = [r for r in self.model.rows() if r.badge.state == sla.SlaState.DUE_SOON]
        fresh = [r for r in due if r.id not in self._warned]
        if fresh:
            self._warned.update(r.id for r in fresh)
            self.notify.emit(
                self.tr("Reply-time standard"),
                self.tr("%1 conversation(s) must be answered soon.").replace("%1", str(len(fresh))),
            )
        return summary

    def sla_text(self, summary: sla.Summary) -> str:
        if summary.quiet:
            return ""
        return (
            self.tr("Reply time: %1 overdue, %2 due soon")
            .replace("%1", str(summary.breached))
            .replace("%2", str(summary.due_soon))
        )

    def prepare_screenshot(self) -> None:
        """Show a real thread rather than an empty pane when a screenshot is taken."""
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))
