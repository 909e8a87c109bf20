"""The members table view: single-row selection, sorted by the service, columns sized once.

The model pages rows in as the view scrolls, so nothing here may measure every row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.domain.enums import Lifecycle
from desktop.ui.members.labels import lifecycle_label
from desktop.ui.members.model import Column, MemberTableModel


class MemberTable(QTableView):
    def __init__(self, model: MemberTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("membersTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        # Rows all have one height; telling the view so avoids measuring every row.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        # Sorting is done by the service (keyset pages), not by a proxy over loaded rows.
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.DescendingOrder)

    def size_columns(self) -> None:
        # Fixed widths from the texts they show: measuring every loaded row would defeat paging.
        metrics = self.fontMetrics()
        pad = metrics.horizontalAdvance("MM")
        lifecycle = max(metrics.horizontalAdvance(lifecycle_label(v)) for v in Lifecycle)
        header = self.horizontalHeader().fontMetrics()
        for column, width in (
            (Column.NAME, metrics.horizontalAdvance("欧阳晓明明") + pad),
            (Column.EMAIL, metrics.horizontalAdvance("m" * 20) + pad),
            (
                Column.LIFECYCLE,
                max(lifecycle, header.horizontalAdvance(self._title(Column.LIFECYCLE))) + pad,
            ),
            (Column.ACTIVITY, header.horizontalAdvance(self._title(Column.ACTIVITY)) + pad),
        ):
            self.setColumnWidth(column, width)

    def _title(self, column: Column) -> str:
        return str(self.model().headerData(column, Qt.Orientation.Horizontal))
