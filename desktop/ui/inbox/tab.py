"""The DM inbox tab: a lazily paged conversation list beside the selected thread."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConversationStatus
from desktop.services.container import Services
from desktop.ui.inbox.delegate import ConversationDelegate
from desktop.ui.inbox.labels import status_name
from desktop.ui.inbox.model import ConversationListModel, RowRole
from desktop.ui.inbox.thread_view import ThreadView


class InboxTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.model = ConversationListModel(services.inbox, self)
        self.list_view = QListView()
        self.list_view.setObjectName("conversationList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(ConversationDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list_view.selectionModel().selectionChanged.connect(self._selected)

        self.filter_combo = QComboBox()
        self.filter_combo.addItem("", None)
        for status in ConversationStatus:
            self.filter_combo.addItem(status_name(status), status)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.filter_caption = QLabel()

        self.thread = ThreadView(services.inbox, self)
        self.thread.changed.connect(self._conversation_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_caption)
        filters.addWidget(self.filter_combo, 1)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_view, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.thread)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.retranslate()
        self.model.reset()

    def retranslate(self) -> None:
        self.filter_caption.setText(self.tr("Show"))
        self.filter_combo.setItemText(0, self.tr("All conversations"))

    def refresh(self) -> None:
        current = self.thread.row.id if self.thread.row else None
        self.model.reset()
        self._select_id(current)

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
        self.model.set_status_filter(self.filter_combo.currentData())
        self.thread.show_conversation(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = indexes[0].data(RowRole)
        self.thread.show_conversation(row)
        if row.unread:
            self._conversation_changed(row.id)

    def _conversation_changed(self, conversation_id: int) -> None:
        fresh = self.services.inbox.row(conversation_id)
        for i, row in enumerate(self.model.rows()):
            if row.id == conversation_id and fresh is not None:
                self.model.replace_row(i, fresh)
                self.thread.row = fresh
                break

    def prepare_screenshot(self) -> None:
        """Show a real thread rather than an empty pane when a screenshot is taken."""
        if self.model.rowCount() and not self.list_view.currentIndex().isValid():
            self.list_view.setCurrentIndex(self.model.index(0))
