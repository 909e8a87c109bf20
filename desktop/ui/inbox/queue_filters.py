"""The inbox queue's filter rows: which conversations (all, mine, unassigned, urgent, a
status), a label, a channel, and the order.

The texts keep the tab's translation context ("InboxTab"), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from desktop.domain.enums import ChannelKind, ConversationStatus
from desktop.services.inbox import LabelRow, QueueFilter, QueueSort
from desktop.ui.inbox.labels import channel_name, status_name

_STATUSES = {str(s) for s in ConversationStatus}


class QueueFilterBar(QWidget):
    changed = Signal()  # any choice changed: the queue is read again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_combo = QComboBox()
        self.filter_combo.addItem("", None)
        self.filter_combo.addItem("", "mine")
        self.filter_combo.addItem("", "unassigned")
        self.filter_combo.addItem("", "urgent")
        for status in ConversationStatus:
            self.filter_combo.addItem(status_name(status), status)
        self.label_combo = QComboBox()
        self.label_combo.setObjectName("inboxLabels")  # the workspace's labels: data
        self.channel_combo = QComboBox()
        self.channel_combo.addItem("", None)
        for ch in ChannelKind:
            self.channel_combo.addItem(channel_name(ch), ch)
        self.sort_combo = QComboBox()
        for sort in QueueSort:
            self.sort_combo.addItem("", sort)
        for combo in (self.filter_combo, self.label_combo, self.channel_combo, self.sort_combo):
            combo.currentIndexChanged.connect(self.changed)
        self.filter_caption = QLabel()

        # Two rows: four combos side by side cut their English off in a narrow list pane.
        filters = QGridLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.filter_caption, 0, 0)
        filters.addWidget(self.filter_combo, 0, 1)
        filters.addWidget(self.label_combo, 0, 2)
        filters.addWidget(self.channel_combo, 1, 1)
        filters.addWidget(self.sort_combo, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(2, 1)
        for combo in (self.filter_combo, self.channel_combo, self.sort_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

    def retranslate(self) -> None:
        self.filter_caption.setText(QCoreApplication.translate("InboxTab", "Show"))
        self.filter_combo.setItemText(
            0, QCoreApplication.translate("InboxTab", "All conversations")
        )
        self.filter_combo.setItemText(1, QCoreApplication.translate("InboxTab", "Mine"))
        self.filter_combo.setItemText(2, QCoreApplication.translate("InboxTab", "Unassigned"))
        self.filter_combo.setItemText(3, QCoreApplication.translate("InboxTab", "Urgent"))
        self.channel_combo.setItemText(0, QCoreApplication.translate("InboxTab", "All channels"))
        for i in range(1, self.channel_combo.count()):
            self.channel_combo.setItemText(i, channel_name(self.channel_combo.itemData(i)))
        for i in range(4, self.filter_combo.count()):
            self.filter_combo.setItemText(i, status_name(self.filter_combo.itemData(i)))
        names = {
            QueueSort.RECENT: QCoreApplication.translate("InboxTab", "Newest first"),
            QueueSort.WAITING: QCoreApplication.translate("InboxTab", "Longest waiting"),
            QueueSort.PRIORITY: QCoreApplication.translate("InboxTab", "Priority"),
        }
        for i in range(self.sort_combo.count()):
            self.sort_combo.setItemText(i, names[self.sort_combo.itemData(i)])
        if self.label_combo.count():
            self.label_combo.setItemText(0, QCoreApplication.translate("InboxTab", "All labels"))

    def show_labels(self, labels: list[LabelRow]) -> None:
        """The workspace's labels, keeping the one chosen (without a ``changed``)."""
        chosen = self.label_combo.currentData()
        self.label_combo.blockSignals(True)
        self.label_combo.clear()
        self.label_combo.addItem(QCoreApplication.translate("InboxTab", "All labels"), None)
        for lb in labels:
            self.label_combo.addItem(lb.name, lb.id)
        self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(chosen)))
        self.label_combo.blockSignals(False)

    def current_filter(self, operator_id: int | None) -> QueueFilter:
        """The choices as a queue filter; "mine" means ``operator_id``'s conversations."""
        choice = self.filter_combo.currentData()
        return QueueFilter(
            status=ConversationStatus(choice) if choice in _STATUSES else None,
            assignee_id=operator_id if choice == "mine" else None,
            unassigned=choice == "unassigned",
            urgent=choice == "urgent",
            label_id=self.label_combo.currentData(),
            channel=ChannelKind(ch) if (ch := self.channel_combo.currentData()) else None,
            sort=QueueSort(self.sort_combo.currentData() or QueueSort.RECENT),
        )
