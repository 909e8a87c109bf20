"""The conversation list: keyset pages from ``QueueService``, read off the UI thread.

``fetchMore`` only starts a query; the page arrives through ``Background`` and is appended
then (every page, not only the first: the "longest waiting" and "priority" orders sort on
expressions no index covers). A filter change bumps a generation number so a late page of
the old filter is dropped instead of mixed in.

What teammates change arrives as rows re-read by id (``QueueService.rows_by_ids`` with
the filter shown) and is patched in by ``apply_rows``: untouched rows stay the same
objects, a changed one moves to its place, one that left the filter goes, a new one
comes in where the order puts it (see ``ui/common/live_rows.py``).
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.services.inbox import (
    PAGE_SIZE,
    ConversationCursor,
    ConversationPage,
    ConversationRow,
    QueueFilter,
    QueueService,
    cursor_key,
    queue_key,
)
from desktop.ui.common.background import Background
from desktop.ui.common.live_rows import Key, RowPatch

RowRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ConversationListModel(QAbstractListModel):
    loaded = Signal(bool)  # a page arrived; True when it was the first of a (re)load
    load_failed = Signal(object)  # the exception

    def __init__(
        self, queue: QueueService, calls: Background, parent: object | None = None
    ) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._queue = queue
        self._calls = calls
        self._filter = QueueFilter()
        self._rows: list[ConversationRow] = []
        self._cursor: ConversationCursor | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self.page_size = PAGE_SIZE
        self._patch = RowPatch[ConversationRow](
            self, lambda r: r.id, lambda r: queue_key(r, self._filter.sort)
        )

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def generation(self) -> int:
        """Changes with every (re)load: a by-id read started before one is stale."""
        return self._generation

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    def apply_rows(
        self, generation: int, asked: Collection[int], fresh: list[ConversationRow]
    ) -> None:
        """Patch in the conversations ``asked`` after a teammate changed them; ``fresh``
        are those the filter still shows. Dropped when the list was reloaded meanwhile."""
        if generation != self._generation:
            return
        self._patch.apply(self._rows, asked, fresh, self._bound())

    def _bound(self) -> Key | None:
        """The key of the last row loaded, while more pages remain."""
        if self._cursor is None or self._exhausted:
            return None
        return cursor_key(self._cursor, self._filter.sort)

    def set_filter(self, flt: QueueFilter) -> None:
        self._filter = flt
        self.reset()

    def reset(self) -> None:
        """Start again from the first page."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted, self._loading = [], None, False, False
        self.endResetModel()
        self.fetchMore()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, flt, cursor, limit = (
            self._generation,
            self._filter,
            self._cursor,
            self.page_size,
        )
        self._loading = True
        self._calls.read(
            lambda: self._queue.page(cursor, limit=limit, flt=flt),
            lambda page: self._append(generation, page, first=cursor is None),
            lambda exc: self._failed(generation, exc),
        )

    def _append(self, generation: int, page: ConversationPage, *, first: bool) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._cursor = page.cursor
        self._exhausted = page.cursor is None
        if page.rows:
            at = len(self._rows)
            self.beginInsertRows(QModelIndex(), at, at + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(first)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self.load_failed.emit(exc)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def row_at(self, index: int) -> ConversationRow:
        return self._rows[index]

    def rows(self) -> list[ConversationRow]:
        return list(self._rows)

    def replace_row(self, index: int, row: ConversationRow) -> None:
        """Show a row re-read after an edit; a new message moves it to its place."""
        self._patch.place(self._rows, index, row)

    def data(self, index: Index, role: int = 0) -> object:
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
