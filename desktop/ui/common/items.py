"""Cells of item widgets that the code filled itself, typed as present.

``QTableWidget.item`` and friends answer ``None`` for an empty cell. Where every cell was
filled when the row was added, an empty one is a bug, so it fails loudly here instead of
as an ``AttributeError`` further on.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QTreeWidgetItem


def table_item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    if item is None:
        raise LookupError(f"no item at row {row}, column {column}")
    return item


def tree_child(parent: QTreeWidgetItem, index: int) -> QTreeWidgetItem:
    child = parent.child(index)
    if child is None:
        raise LookupError(f"no child {index}")
    return child
