"""What an empty queue says: what belongs there and how it fills, or that a filter hides it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.inbox import QueueFilter


class QueueEmptyNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueEmpty")
        self.setWordWrap(True)
        self.setStyleSheet("QLabel#queueEmpty { color: #5f6368; }")
        self.hide()

    def show_for(self, rows: int, flt: QueueFilter) -> None:
        if rows:
            self.hide()
            return
        filtered = (
            flt.status is not None
            or flt.assignee_id is not None
            or flt.unassigned
            or flt.urgent
            or flt.label_id is not None
            or flt.channel is not None
        )
        if filtered:
            text = self.tr("No conversations match these filters. Choose “All conversations”.")
        else:
            text = self.tr(
                "No conversations yet. Messages members send to your mail, Matrix or Telegram "
                "accounts arrive here; set them up under Sending → Channel accounts…"
            )
        self.setText(text)
        self.show()
