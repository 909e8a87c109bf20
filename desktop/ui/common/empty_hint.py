"""A note over an empty list or table: what belongs there and how to add it.

An empty view is otherwise a blank box; the note sits centred on the view's viewport
while its model has no rows, and lets clicks through to the view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel


class EmptyHint(QLabel):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyHint")
        self._view = view
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        palette = self.palette()
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
        )
        self.setPalette(palette)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.sync)
        self.sync()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.sync()

    def sync(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0 and bool(self.text())
        self.setGeometry(self._view.viewport().rect().adjusted(16, 16, -16, -16))
        self.setVisible(empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.sync()
        return False
