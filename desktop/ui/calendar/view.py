"""The week grid: cards under the pointer, multi-selection, drag-and-drop and keys (C2).

Selection is per post (a cell can hold several), kept here by id so it survives reloads;
Ctrl+click adds or removes a post. Dragging a card drags every selected post; the view
only works out *where* things were dropped and emits ``drop_requested`` — the tab decides
what that means and saves it. The day headers take drops too: keep the time, change the day.

Keys: arrows move between cells (Up/Down first walk the cards inside a cell);
Ctrl+Alt+Up/Down (or Alt+Shift+Up/Down) move the selected posts to the previous/next
slot, Ctrl+Alt+Left/Right (or Alt+Shift+Left/Right) to the previous/next day.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget
from shiboken6 import isValid

from desktop.domain.calendar.rules import Shift
from desktop.services.calendar import PostCard
from desktop.ui.calendar.delegate import MIN_CELL_WIDTH, CardDelegate, day_header_width
from desktop.ui.calendar.dnd import DragKind, DropTarget, Payload, from_mime, to_mime
from desktop.ui.calendar.model import WeekModel

_MOVE_KEYS = {
    Qt.Key.Key_Up: Shift(slots=-1),
    Qt.Key.Key_Down: Shift(slots=1),
    Qt.Key.Key_Left: Shift(days=-1),
    Qt.Key.Key_Right: Shift(days=1),
}
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
_ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
_HEADER_DROP_EVENTS = (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop)


class WeekView(QTableView):
    post_activated = Signal(int)  # post id: double-click or Enter on a card
    empty_activated = Signal(int, int)  # slot row, day column: double-click or Enter elsewhere
    post_selected = Signal(object)  # post id or None
    delete_requested = Signal()
    drop_requested = Signal(object, object, bool)  # Payload, DropTarget, copy?
    shift_requested = Signal(object)  # Shift: keyboard move of the selected posts
    drag_refused = Signal(int)  # post id: a sent card was dragged; it stays

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected: int | None = None  # the primary (last clicked) post
        self._selection: list[int] = []
        self._press: tuple[QPoint, PostCard] | None = None
        self._keep_selection = False
        self.drop_index: QModelIndex | None = None
        self.card_delegate = CardDelegate(self.is_post_selected, self)
        self.card_delegate.is_drop_target = self.is_drop_target
        self.setItemDelegate(self.card_delegate)
        self.setObjectName("weekView")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)  # makes Qt pass the column width to the delegate's sizeHint
        self.setMouseTracking(True)
        self.setCornerButtonEnabled(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setStyleSheet("QTableView::item:selected { background: transparent; }")
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(MIN_CELL_WIDTH)
        header.setSectionsClickable(False)
        header.setAcceptDrops(True)
        header.viewport().setAcceptDrops(True)
        header.viewport().installEventFilter(self)
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
            model.headerDataChanged.connect(lambda *_: self.fit_header())

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

    def fit_header(self) -> None:
        """Day columns at least as wide as their headers' longest line, so no holiday
        name is cut off (the header grows to its lines by itself)."""
        header = self.horizontalHeader()
        if self.model() is not None:
            header.setMinimumSectionSize(day_header_width(self.week_model(), header.font()))
            header.resizeSections(QHeaderView.ResizeMode.Stretch)
            self.updateGeometries()

    def _after_reset(self) -> None:
        self.fit_header()
        self.fit_rows()
        model = self.week_model()
        self._selection = [p for p in self._selection if model.index_of_post(p).isValid()]
        if self._selected is not None and self._selected not in self._selection:
            self._set_selected(self._selection[-1] if self._selection else None)
        self.viewport().update()

    # -- selection ----------------------------------------------------------------------
    def is_post_selected(self, post_id: int) -> bool:
        return post_id in self._selection

    def selected_post_id(self) -> int | None:
        return self._selected

    def selected_ids(self) -> list[int]:
        return list(self._selection)

    def select_post(self, post_id: int | None) -> None:
        if post_id is not None:
            index = self.week_model().index_of_post(post_id)
            if not index.isValid():
                post_id = None
            else:
                self._selected = post_id  # so currentChanged keeps it
                self._selection = [post_id]
                self.setCurrentIndex(index)
                self.scrollTo(index)
        self._set_selected(post_id)

    def select_posts(self, post_ids: list[int]) -> None:
        """Select several posts (after a multi-move or copy); the last one is primary."""
        model = self.week_model()
        shown = [p for p in post_ids if model.index_of_post(p).isValid()]
        if not shown:
            self._selection = []
            self._set_selected(None)
            return
        self.select_post(shown[-1])
        self._selection = shown
        self.viewport().update()

    def toggle_post(self, post_id: int) -> None:
        if post_id in self._selection:
            self._selection.remove(post_id)
            self._set_selected(self._selection[-1] if self._selection else None, keep=True)
        else:
            self._selection.append(post_id)
            self._set_selected(post_id, keep=True)

    def _set_selected(self, post_id: int | None, keep: bool = False) -> None:
        changed = post_id != self._selected
        self._selected = post_id
        if not keep:
            self._selection = [] if post_id is None else [post_id]
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

    # -- drag ---------------------------------------------------------------------------
    def drag_payload(self, grabbed: PostCard) -> Payload:
        """The selected posts (the grabbed one first), each with its shown occurrence."""
        model = self.week_model()
        ids = [grabbed.id] + [p for p in self._selection if p != grabbed.id]
        occurrences = []
        for pid in ids:
            card = grabbed if pid == grabbed.id else model.first_card(pid)
            occurrences.append(card.occurrence if card else 0)
        return Payload(
            DragKind.POSTS, tuple(ids), (grabbed.id, grabbed.occurrence), tuple(occurrences)
        )

    def _start_drag(self, card: PostCard) -> None:
        if card.id not in self._selection:
            self._set_selected(card.id)
        drag = QDrag(self)
        drag.setMimeData(to_mime(self.drag_payload(card)))
        pixmap = self._card_pixmap(card)
        if pixmap is not None:
            drag.setPixmap(pixmap)
        drag.exec(Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, Qt.DropAction.MoveAction)
        self._clear_drop_index()

    def _card_pixmap(self, card: PostCard) -> QPixmap | None:
        index = self.week_model().index_of_post(card.id)
        cards = self.week_model().cards(index.row(), index.column())
        layout = self.card_delegate.card_layout(self.font())
        for g in layout.layout(self.visualRect(index), cards):
            if g.card.id == card.id and g.rect.isValid():
                return self.viewport().grab(g.rect)
        return None

    # -- drop ---------------------------------------------------------------------------
    def is_drop_target(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return self.drop_index is not None and self.drop_index == index

    def _clear_drop_index(self) -> None:
        self.drop_index = None
        self.viewport().update()

    def _accept(self, event: QDragMoveEvent | QDropEvent, ok: bool) -> bool:
        if not ok:
            event.ignore()
            return False
        copy = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        event.setDropAction(Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction)
        event.accept()
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._accept(event, from_mime(event.mimeData()) is not None)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        ok = index.isValid() and from_mime(event.mimeData()) is not None
        if self._accept(event, ok):
            self.drop_index = index
            self.viewport().update()

    def dragLeaveEvent(self, event: QEvent) -> None:
        self._clear_drop_index()

    def dropEvent(self, event: QDropEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        self._finish_drop(
            event, DropTarget(index.column(), index.row()) if index.isValid() else None
        )

    def _finish_drop(self, event: QDropEvent, target: DropTarget | None) -> None:
        self._clear_drop_index()
        payload = from_mime(event.mimeData())
        if payload is None or target is None or not self._accept(event, True):
            event.ignore()
            return
        copy = event.dropAction() == Qt.DropAction.CopyAction
        # Emitted after the drag returns: the tab may open a confirmation box.
        QTimer.singleShot(0, lambda: self.drop_requested.emit(payload, target, copy))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A wrapper whose widget is already gone (the view being torn down) must not reach Qt.
        if not isValid(watched):
            return False
        kind = event.type()
        header = self.horizontalHeader()
        if kind in _HEADER_DROP_EVENTS and watched is header.viewport():
            if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
                ok = from_mime(event.mimeData()) is not None  # type: ignore[attr-defined]
                self._accept(event, ok)  # type: ignore[arg-type]
                return True
            if kind == QEvent.Type.Drop:
                column = header.logicalIndexAt(event.position().toPoint())  # type: ignore[attr-defined]
                target = DropTarget(column, None) if column >= 0 else None
                self._finish_drop(event, target)  # type: ignore[arg-type]
                return True
        return super().eventFilter(watched, event)

    # -- events -------------------------------------------------------------------------
    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().currentChanged(current, previous)
        if not current.isValid():
            return
        cards = self.week_model().cards(current.row(), current.column())
        if self._keep_selection:
            return
        if not any(c.id == self._selected for c in cards):
            # Keyboard users land on a cell; its first card becomes the one Enter/Delete act on.
            self._set_selected(cards[0].id if cards else None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        _index, card = self.card_at(event.position().toPoint())
        self._press = None
        if card is not None and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._keep_selection = True  # moving the current cell must not reset it
            try:
                super().mousePressEvent(event)
            finally:
                self._keep_selection = False
            self.toggle_post(card.id)
            return
        super().mousePressEvent(event)
        if card is not None and card.id in self._selection and len(self._selection) > 1:
            self._selected = card.id  # keep the group for a drag; primary changes
        else:
            self._set_selected(card.id if card else None)
        if card is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = (event.position().toPoint(), card)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            start, card = self._press
            distance = (event.position().toPoint() - start).manhattanLength()
            if distance >= QApplication.startDragDistance():
                self._press = None
                if card.movable:
                    self._start_drag(card)
                else:
                    self.drag_refused.emit(card.id)  # say why nothing moves
                return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

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
        key = Qt.Key(event.key())
        mods = event.modifiers() & (_CTRL_ALT | Qt.KeyboardModifier.ShiftModifier)
        current = self.currentIndex()
        if key in _MOVE_KEYS and mods in (_CTRL_ALT, _ALT_SHIFT):
            if self._selection:
                self.shift_requested.emit(_MOVE_KEYS[key])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.isValid():
            if self._selected is not None:
                self.post_activated.emit(self._selected)
            else:
                self.empty_activated.emit(current.row(), current.column())
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected is not None:
            self.delete_requested.emit()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods and self._step_in_cell(key):
            return
        super().keyPressEvent(event)

    def _step_in_cell(self, key: Qt.Key) -> bool:
        """Up/Down walk the cards of the current cell before leaving it."""
        current = self.currentIndex()
        if not current.isValid():
            return False
        ids = [c.id for c in self.week_model().cards(current.row(), current.column())]
        if self._selected not in ids:
            return False
        i = ids.index(self._selected) + (1 if key == Qt.Key.Key_Down else -1)
        if 0 <= i < len(ids):
            self._set_selected(ids[i])
            return True
        return False
