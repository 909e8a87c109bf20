"""The members table as a Qt model that reads MemberService page by page.

Rows arrive through ``fetchMore`` as the view scrolls (keyset pagination on member id),
so the whole table is never loaded and never counted.
"""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from desktop.domain.members.lifecycle import LifecycleRules
from desktop.domain.members.segments import SegmentFilter
from desktop.services.members import (
    PAGE_SIZE,
    MemberCursor,
    MemberRow,
    MemberService,
    MemberSort,
)
from desktop.ui.common.live_rows import Key, RowPatch
from desktop.ui.common.row_table_model import AnyIndex, RowTableModel
from desktop.ui.members.labels import activity_explanation, lifecycle_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class Column(IntEnum):
    NAME = 0
    EMAIL = 1
    LIFECYCLE = 2
    ACTIVITY = 3
    TAGS = 4


class MemberTableModel(RowTableModel[MemberRow]):
    column_count = len(Column)

    loaded = Signal()  # after a reset or a page: the status line may change

    def __init__(
        self, service: MemberService, page_size: int = PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._page_size = page_size
        self._query = ""
        self._filter: SegmentFilter | None = None
        self._sort = MemberSort.NEWEST
        self._cursor: MemberCursor | None = None
        self._more = False
        self._generation = 0  # bumped by every reset: a by-id read from before is stale
        self._patch = RowPatch[MemberRow](self, lambda m: m.id, self._key, len(Column))
        self.rules = LifecycleRules()  # the community's, for the activity tooltip
        self.tz: str | None = None  # the workspace's time zone, for dates

    # -- loading -----------------------------------------------------------------------------
    @property
    def query(self) -> str:
        return self._query

    @property
    def has_more(self) -> bool:
        return self._more

    @property
    def segment_filter(self) -> SegmentFilter | None:
        return self._filter

    @property
    def member_sort(self) -> MemberSort:
        return self._sort

    def reset(
        self,
        query: str = "",
        *,
        flt: SegmentFilter | None = None,
        sort: MemberSort | None = None,
        keep_filter: bool = False,
    ) -> None:
        """Start over with ``query`` (and a segment filter and order) and load page one."""
        self._generation += 1
        self.beginResetModel()
        self._query = query
        if not keep_filter:
            self._filter = flt
        if sort is not None:
            self._sort = sort
        self._rows = []
        self._cursor = None
        self._more = True
        self.endResetModel()
        self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._service.page(
            self._query, self._cursor, limit=self._page_size, flt=self._filter, sort=self._sort
        )
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.cursor
        self._more = page.cursor is not None
        self.loaded.emit()

    # -- live: rows teammates changed ---------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    def apply_rows(self, generation: int, asked: Collection[int], fresh: list[MemberRow]) -> None:
        """Patch in the members ``asked`` (``fresh``: those the search and filter still
        show) without a reset; dropped when the list was reloaded meanwhile."""
        if generation == self._generation:
            self._patch.apply(self._rows, asked, fresh, self._bound())

    def _key(self, m: MemberRow) -> Key:
        """The order ``MemberService.page`` gives, as an ascending key."""
        if self._sort == MemberSort.ACTIVITY:
            return (-m.activity_score, -m.id)
        if self._sort == MemberSort.NAME:
            return (m.name, m.id)
        return (-m.id,)

    def _bound(self) -> Key | None:
        cursor = self._cursor
        if not self._more or cursor is None:
            return None
        if isinstance(cursor, tuple):
            value, last = cursor
            return (-value, -last) if self._sort == MemberSort.ACTIVITY else (value, last)
        return (-cursor,)

    # -- rows --------------------------------------------------------------------------------
    def member_at(self, row: int) -> MemberRow:
        return self._rows[row]

    def row_of(self, member_id: int) -> int:
        return next((i for i, m in enumerate(self._rows) if m.id == member_id), -1)

    def replace_member(self, member: MemberRow) -> bool:
        """Show a member's edited row in place; False when it is not loaded."""
        row = self.row_of(member.id)
        if row < 0:
            return False
        self._rows[row] = member
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        return True

    def column_titles(self) -> dict[int, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.EMAIL: self.tr("Email"),
            Column.LIFECYCLE: self.tr("Lifecycle"),
            Column.ACTIVITY: self.tr("Activity"),
            Column.TAGS: self.tr("Tags"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        m = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if col == Column.NAME:
                return m.name
            if col == Column.EMAIL:
                return m.email
            if col == Column.LIFECYCLE:
                return lifecycle_label(m.lifecycle)
            if col == Column.ACTIVITY:
                return str(m.activity_score)
            return ", ".join(m.tags)
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.ACTIVITY, Column.LIFECYCLE):
            return activity_explanation(m.activity_score, m.last_interaction, self.rules, self.tz)
        if role == Qt.ItemDataRole.ToolTipRole and col in (Column.TAGS, Column.EMAIL):
            return ", ".join(m.tags) if col == Column.TAGS else m.email
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.ACTIVITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
