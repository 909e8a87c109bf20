"""The thread's header: the conversation's title and its status, priority and assignee
choices. What a choice does is the thread view's (``ThreadView._status_chosen`` …).

The texts keep the thread view's translation context ("ThreadView"), where they were
written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from desktop.domain.enums import ConversationStatus, Priority
from desktop.services.inbox import ConversationRow
from desktop.ui.inbox.labels import priority_name, status_name


class ThreadHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operators: list[tuple[int, str]] = []  # who can be assigned, read with the thread
        self.title = QLabel()
        self.title.setObjectName("threadTitle")
        self.title.setStyleSheet("QLabel#threadTitle { font-size: 15px; font-weight: 600; }")
        self.title.setWordWrap(True)
        self.status_combo = QComboBox()
        for status in ConversationStatus:
            self.status_combo.addItem(status_name(status), status)
        self.priority_combo = QComboBox()
        # Both follow their longest item, in either language.
        for combo in (self.status_combo, self.priority_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for priority in Priority:
            self.priority_combo.addItem(priority_name(priority), priority)
        self.assign_combo = QComboBox()
        # "Unassigned" and teammates' names are read later: the box grows to the longest.
        self.assign_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.assign_combo.setObjectName("assignCombo")

        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        self.status_caption = QLabel()
        self.priority_caption = QLabel()
        header.addWidget(self.status_caption)
        header.addWidget(self.status_combo)
        header.addWidget(self.priority_caption)
        header.addWidget(self.priority_combo)
        self.assign_caption = QLabel()
        header.addWidget(self.assign_caption)
        header.addWidget(self.assign_combo)

    def retranslate(self) -> None:
        self.status_caption.setText(QCoreApplication.translate("ThreadView", "Status"))
        self.priority_caption.setText(QCoreApplication.translate("ThreadView", "Priority"))
        self.assign_caption.setText(QCoreApplication.translate("ThreadView", "Assignee"))
        for i in range(self.status_combo.count()):
            self.status_combo.setItemText(i, status_name(self.status_combo.itemData(i)))
        for i in range(self.priority_combo.count()):
            self.priority_combo.setItemText(i, priority_name(self.priority_combo.itemData(i)))

    def set_enabled(self, enabled: bool) -> None:
        for w in (self.status_combo, self.priority_combo, self.assign_combo):
            w.setEnabled(enabled)

    def show_row(self, row: ConversationRow) -> None:
        """The choices as stored for ``row``."""
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.priority_combo.setCurrentIndex(self.priority_combo.findData(row.priority))
        self.show_assignee(row.assignee_id)

    def show_assignee(self, current: int | None) -> None:
        """The assignee choice, from the teammates read with the last thread."""
        self.assign_combo.clear()
        self.assign_combo.addItem(QCoreApplication.translate("ThreadView", "Unassigned"), None)
        for op_id, name in self.operators:
            self.assign_combo.addItem(name, op_id)
        self.assign_combo.setCurrentIndex(max(0, self.assign_combo.findData(current)))
