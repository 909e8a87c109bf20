"""The week grid: a table view that knows which card is under the pointer.

Selection is per post (a cell can hold several), kept here by id so it survives reloads.
Drag-and-drop will start from ``card_at`` in a later issue.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.services.calendar import PostCard
from desktop.ui.calendar.delegate import MIN_CELL_WIDTH, CardDelegate
from desktop.ui.calendar.model import WeekModel


class WeekView(QTableView):
    post_activated = Signal(int)  # post id: double-click or Enter on a card
    empty_activated = Signal(int, int)  # slot row, day column: double-click or Enter elsewhere
    post_selected = Signal(object)  # post id or None
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: int | None = None
        self.card_delegate = CardDelegate(self.is_post_selected, self)
        self.setItemDelegate(self.card_delegate)
        self.setObjectName("weekView")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)  # makes Qt pass the column width to the delegate's sizeHint
        self.setMouseTracking(True)
        self.setCornerButtonEnabled(False)
        self.setStyleSheet("QTableView::item:selected { background: transparent; }")
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(MIN_CELL_WIDTH)
        header.setSectionsClickable(False)
        self.verticalHeader().setSectionsClickable(False)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        header.sectionResized.connect(lambda *_: self._fit_timer.start())

    def week_model(self) -> WeekModel:
        model = self.model()
        assert isinstance(model, WeekModel)
        return model

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.modelReset.connect(self._after_reset)

    def fit_rows(self) -> None:
        """Grow each slot row to show every card in it; wrapped titles change with width.

        Rows that need less than the visible height share the spare room, so a quiet week
        still fills the view with cells large enough to double-click.
        """
        self.resizeRowsToContents()
        rows = self.model().rowCount() if self.model() is not None else 0
        if rows == 0:
            return
        spare = self.viewport().height() - sum(self.rowHeight(r) for r in range(rows))
        if spare > rows:
            for r in range(rows):
                self.setRowHeight(r, self.rowHeight(r) + spare // rows)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def _after_reset(self) -> None:
        self.fit_rows()
        if (
            self._selected is not None
            and not self.week_model().index_of_post(self._selected).isValid()
        ):
            self._set_selected(None)
        self.viewport().update()

    # -- selection ----------------------------------------------------------------------
    def is_post_selected(self, post_id: int) -> bool:
        return post_id == self._selected

    def selected_post_id(self) -> int | None:
        return self._selected

    def select_post(self, post_id: int | None) -> None:
        if post_id is not None:
            index = self.week_model().index_of_post(post_id)
            if not index.isValid():
                post_id = None
            else:
                self._selected = post_id  # so currentChanged keeps it
                self.setCurrentIndex(index)
                self.scrollTo(index)
        self._set_selected(post_id)

    def _set_selected(self, post_id: int | None) -> None:
        changed = post_id != self._selected
        self._selected = post_id
        self.viewport().update()
        if changed or post_id is not None:
            self.post_selected.emit(post_id)

    def card_at(self, pos: QPoint) -> tuple[QModelIndex, PostCard | None]:
        index = self.indexAt(pos)
        if not index.isValid():
            return index, None
        cards = self.week_model().cards(index.row(), index.column())
        layout = self.card_delegate.card_layout(self.font())
        return index, layout.card_at(self.visualRect(index), cards, pos)

    def card_center(self, post_id: int) -> QPoint | None:
        """Where a post's card is drawn (viewport coordinates); for keyboard-less callers."""
        index = self.week_model().index_of_post(post_id)
        if not index.isValid():
            return None
        cards = self.week_model().cards(index.row(), index.column())
        layout = self.card_delegate.card_layout(self.font())
        for geometry in layout.layout(self.visualRect(index), cards):
            if geometry.card.id == post_id:
                return geometry.rect.center()
        return None

    # -- events -------------------------------------------------------------------------
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if not current.isValid():
            return
        cards = self.week_model().cards(current.row(), current.column())
        if not any(c.id == self._selected for c in cards):
            # Keyboard users land on a cell; its first card becomes the one Enter/Delete act on.
            self._set_selected(cards[0].id if cards else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        _index, card = self.card_at(event.position().toPoint())
        self._set_selected(card.id if card else None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        index, card = self.card_at(event.position().toPoint())
        if not index.isValid():
            return
        event.accept()
        if card is not None:
            self.post_activated.emit(card.id)
        else:
            self.empty_activated.emit(index.row(), index.column())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        current = self.currentIndex()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            if self._selected is not None:
                self.post_activated.emit(self._selected)
            else:
                self.empty_activated.emit(current.row(), current.column())
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected is not None:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)
