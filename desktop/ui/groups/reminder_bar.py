"""The G2 reminder: campaign groups whose archive is due, with a one-click archive."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.services.groups import CampaignReminder


class CampaignReminderBar(QFrame):
    archive_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("campaignReminders")
        self.setStyleSheet("#campaignReminders { background: #fff4d6; border-radius: 4px; }")
        self.due: list[CampaignReminder] = []
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archiveDue")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.archive_button)
        self.archive_button.clicked.connect(self.archive_requested)
        self.hide()

    def show_due(self, due: list[CampaignReminder], days: int = 3) -> None:
        self.due = due
        if not due:
            self.hide()
            return
        names = "、".join(r.name for r in due[:5]) + ("…" if len(due) > 5 else "")
        self.label.setText(
            self.tr("%1 campaign group(s) ended 3 or more days ago and should be archived: %2")
            .replace("%1", str(len(due)))
            .replace("%2", names)
        )
        self.archive_button.setText(self.tr("Archive now"))
        self.show()
