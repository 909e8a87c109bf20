"""The thread header's presence line: who else has this conversation open, who is typing.

"陈可乐 正在回复…" when a teammate types a reply (shown first: it is the collision about to
happen), "王小明 也在看" when they only look; empty and hidden when nobody else is here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.live import Present


class PresenceLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenceLine")
        self.setWordWrap(True)
        self._present: list[Present] = []
        self.hide()

    def show_present(self, present: Sequence[Present]) -> None:
        self._present = list(present)
        self.retranslate()

    def retranslate(self) -> None:
        typing = [p.name for p in self._present if p.typing]
        viewing = [p.name for p in self._present if not p.typing]
        parts = []
        if typing:
            parts.append(self.tr("%1 is replying…").replace("%1", self._names(typing)))
        if viewing:
            parts.append(self.tr("%1 is also viewing").replace("%1", self._names(viewing)))
        text = self.tr("; ").join(parts)
        self.setText(text)
        # Typing is a warning (two replies about to cross); viewing is only information.
        self.setStyleSheet("color: #b45309; font-weight: bold;" if typing else "color: #555;")
        self.setVisible(bool(text))

    def _names(self, names: list[str]) -> str:
        return self.tr(", ").join(names)
