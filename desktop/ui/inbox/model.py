"""The conversation list: paged from InboxService, newest activity first."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from desktop.domain.enums import ConversationStatus
from desktop.services.inbox import (
    ConversationCursor,
    ConversationRow,
    InboxService,
    QueueFilter,
)
from desktop.ui.common.paged_model import PagedListModel

RowRole = Qt.ItemDataRole.UserRole + 1


class ConversationListModel(PagedListModel[ConversationRow, ConversationCursor]):
    def __init__(self, service: InboxService, parent: object | None = None) -> None:
        self._service = service
        self._filter = QueueFilter()
        super().__init__(self._fetch_page, parent)

    def _fetch_page(
        self, cursor: ConversationCursor | None
    ) -> tuple[list[ConversationRow], ConversationCursor | None]:
        page = self._service.page(cursor, flt=self._filter)
        return page.rows, page.cursor

    def set_filter(self, flt: QueueFilter) -> None:
        self._filter = flt
        self.reset()

    def set_status_filter(self, status: ConversationStatus | None) -> None:
        self.set_filter(QueueFilter(status=status))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.member_name} — {row.last_preview}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.subject
        if role == RowRole:
            return row
        return None
