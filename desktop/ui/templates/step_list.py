"""The journey's step list: reorder by drag and drop or Ctrl+Up/Down, never by accident.

Drops are handled here rather than by QTreeWidget's own move (which copies and deletes
items): the dragged step's id travels in the mime data, the drop names the target row,
and ``move_requested`` lets the tab store the new order and reload from the database.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem, QWidget

STEP_MIME = "application/x-shequn-welcome-step"
ID_ROLE = Qt.ItemDataRole.UserRole


class StepList(QTreeWidget):
    move_requested = Signal(int, int)  # step id, new row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def mimeTypes(self) -> list[str]:
        return [STEP_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if items:
            data.setData(STEP_MIME, QByteArray(str(int(items[0].data(0, ID_ROLE))).encode()))
        return data

    def _target_row(self, event: QDropEvent | QDragMoveEvent) -> int:
        pos = event.position().toPoint()
        item = self.itemAt(pos)
        if item is None:
            return self.topLevelItemCount() - 1
        row = self.indexOfTopLevelItem(item)
        rect = self.visualItemRect(item)
        return row + 1 if pos.y() > rect.center().y() and row < self.topLevelItemCount() else row

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(STEP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(STEP_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        raw = bytes(event.mimeData().data(STEP_MIME).data()).decode() if event.mimeData() else ""
        if not raw.isdigit():
            event.ignore()
            return
        step_id = int(raw)
        rows = [
            int(item.data(0, ID_ROLE))
            for i in range(self.topLevelItemCount())
            if (item := self.topLevelItem(i)) is not None
        ]
        target = self._target_row(event)
        if step_id in rows and rows.index(step_id) < target:
            target -= 1  # the dragged row leaves its place first
        event.setDropAction(Qt.DropAction.CopyAction)  # never let Qt delete the source item
        event.accept()
        if step_id in rows and rows.index(step_id) != target:
            self.move_requested.emit(step_id, max(0, min(target, len(rows) - 1)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        item = self.currentItem()
        if ctrl and item is not None and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            row = self.indexOfTopLevelItem(item) + (-1 if event.key() == Qt.Key.Key_Up else 1)
            if 0 <= row < self.topLevelItemCount():
                self.move_requested.emit(int(item.data(0, ID_ROLE)), row)
            event.accept()
            return
        super().keyPressEvent(event)
