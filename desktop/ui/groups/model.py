"""The groups list as a Qt table model over GroupService rows."""

from __future__ import annotations

from collections.abc import Collection
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.domain.groups.capacity import CapacityLevel
from desktop.services.groups import GroupRow
from desktop.ui.common.live_rows import RowPatch
from desktop.ui.common.row_table_model import AnyIndex, RowTableModel
from desktop.ui.common.widgets import format_date
from desktop.ui.groups.labels import (
    capacity_advice,
    capacity_label,
    group_type_label,
    platform_label,
)

# Sorting compares raw values, not display text ("Full (500)" must sort after "OK").
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

_CAPACITY_ORDER = {
    CapacityLevel.OK: 0,
    CapacityLevel.ABOVE_QUALITY: 1,
    CapacityLevel.ABOVE_RECOMMENDED: 2,
    CapacityLevel.FULL: 3,
}
_WARN = QColor("#8a6d00")
_ERROR = QColor("#b00020")
_MUTED = QColor("#888888")


class Column(IntEnum):
    NAME = 0
    PLATFORM = 1
    TYPE = 2
    CAMPAIGN_END = 3
    MEMBERS = 4
    CAPACITY = 5


class GroupTableModel(RowTableModel[GroupRow]):
    column_count = len(Column)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        # The proxy sorts the view; the source keeps the service's order (name, id).
        self._patch = RowPatch[GroupRow](
            self, lambda g: g.id, lambda g: (g.name, g.id), len(Column)
        )

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[GroupRow]) -> None:
        self.generation += 1  # a by-id read started before this one is stale
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def apply_rows(self, generation: int, asked: Collection[int], fresh: list[GroupRow]) -> None:
        """Patch in the groups ``asked`` after teammates changed them (``fresh``: those
        still listed); untouched rows stay, so the selection and scroll do too. Dropped
        when the list was read again meanwhile."""
        if generation == self.generation:
            self._patch.apply(self._rows, asked, fresh)

    def rows(self) -> list[GroupRow]:
        return list(self._rows)

    def group_at(self, row: int) -> GroupRow:
        return self._rows[row]

    def row_of(self, group_id: int) -> int:
        return next((i for i, g in enumerate(self._rows) if g.id == group_id), -1)

    def column_titles(self) -> dict[int, str]:
        return {
            Column.NAME: self.tr("Name"),
            Column.PLATFORM: self.tr("Platform"),
            Column.TYPE: self.tr("Type"),
            Column.CAMPAIGN_END: self.tr("Campaign ends"),
            Column.MEMBERS: self.tr("Members"),
            Column.CAPACITY: self.tr("Capacity"),
        }

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        g = self._rows[index.row()]
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(g, col)
        if role == SORT_ROLE:
            return self._sort_key(g, col)
        if role == ID_ROLE:
            return g.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.CAPACITY:
                return capacity_advice(g.capacity) or self._display(g, col)
            if col == Column.NAME and g.purpose:
                return g.purpose
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if g.archived:
                return QBrush(_MUTED)
            if col == Column.CAPACITY and g.capacity.level == CapacityLevel.FULL:
                return QBrush(_ERROR)
            if col == Column.CAPACITY and g.capacity.level == CapacityLevel.ABOVE_RECOMMENDED:
                return QBrush(_WARN)
            return None
        if role == Qt.ItemDataRole.FontRole and g.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == Column.MEMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, g: GroupRow, col: Column) -> str:
        if col == Column.NAME:
            return self.tr("%1 (archived)").replace("%1", g.name) if g.archived else g.name
        if col == Column.PLATFORM:
            return platform_label(g.platform)
        if col == Column.TYPE:
            return group_type_label(g.group_type)
        if col == Column.CAMPAIGN_END:
            return format_date(g.campaign_end)
        if col == Column.MEMBERS:
            return str(g.members)
        return capacity_label(g.capacity)

    @staticmethod
    def _sort_key(g: GroupRow, col: Column) -> Any:
        if col == Column.NAME:
            return g.name
        if col == Column.PLATFORM:
            return str(g.platform)
        if col == Column.TYPE:
            return str(g.group_type)
        if col == Column.CAMPAIGN_END:
            return g.campaign_end.isoformat() if g.campaign_end else ""
        if col == Column.MEMBERS:
            return g.members
        return _CAPACITY_ORDER[g.capacity.level] * 1_000_000 + g.members
