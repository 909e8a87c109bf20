"""A tab page that builds its real content the first time it is needed.

Start-up only pays for the tab the user sees; the other four are built (and query the
database) when first shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(
        self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Shown while the workspace is still opening; replaced by the real content.
        self._placeholder = QLabel(self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setText(self.tr("Opening the workspace…"))
        layout.addWidget(self._placeholder)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._factory(self)
            layout = self.layout()
            assert layout is not None
            self._placeholder.hide()
            layout.addWidget(self._content)
        return self._content

    def refresh(self) -> None:
        if self._content is not None:
            self._content.refresh()  # type: ignore[attr-defined]
