"""A list model that pulls rows page by page from a service (canFetchMore/fetchMore).

Big tables (members, conversations) are never loaded whole: the view asks for more as
the user scrolls, and each page is one keyset query.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex

Row = TypeVar("Row")
Cursor = TypeVar("Cursor")

Index = QModelIndex | QPersistentModelIndex

# fetch(cursor) → (rows, next cursor or None when that was the last page)
Fetcher = Callable[[Cursor | None], tuple[list[Row], Cursor | None]]


class PagedListModel(QAbstractListModel, Generic[Row, Cursor]):
    def __init__(self, fetch: Fetcher, parent: object | None = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._fetch = fetch
        self._rows: list[Row] = []
        self._cursor: Cursor | None = None
        self._exhausted = False

    def reset(self, fetch: Fetcher | None = None) -> None:
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = []
        self._cursor = None
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore():
            self.fetchMore()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        rows, cursor = self._fetch(self._cursor)
        self._cursor = cursor
        self._exhausted = cursor is None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_at(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def replace_row(self, index: int, row: Row) -> None:
        self._rows[index] = row
        idx = self.index(index, 0)
        self.dataChanged.emit(idx, idx)
