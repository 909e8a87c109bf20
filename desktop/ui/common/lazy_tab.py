"""A tab page that builds its real content the first time it is needed.

Start-up only pays for the tab the user sees; the other four are built (and query the
database) when first shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(
        self, factory: Callable[[QWidget], QWidget], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._factory = factory
        self._content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    def content(self) -> QWidget:
        if self._content is None:
            self._content = self._factory(self)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._content)
        return self._content

    def refresh(self) -> None:
        if self._content is not None:
            self._content.refresh()  # type: ignore[attr-defined]
