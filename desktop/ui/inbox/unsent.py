"""The line above a thread whose newest reply cannot leave: why, and the way to fix it.

A reply queued while no account can send it must not look sent; the reason is the
outbox's own (the same words the outbox window shows).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.domain.enums import ChannelKind
from desktop.services.inbox import MessageRow
from desktop.ui.outbox.labels import reason_text, setup_account_text


class UnsentBar(QWidget):
    accounts_wanted = Signal(str)  # the channel (ChannelKind value) whose account to set up

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("unsentReply")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel#unsentReply { color: #b00020; }")
        self.button = QPushButton()
        self.button.setObjectName("setUpAccount")
        self.button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.channel: ChannelKind | None = None
        self.hide()

    def show_for(self, messages: list[MessageRow], tz: str | None) -> None:
        waiting = [m for m in messages if m.waiting_reason and m.unsent]
        if not waiting:
            self.channel = None
            self.hide()
            return
        last = waiting[-1]
        self.label.setText(
            self.tr("This reply has not been sent: %1").replace(
                "%1", reason_text(last.waiting_reason, tz)
            )
        )
        self.channel = last.waiting_channel if last.waiting_for_account else None
        if self.channel is not None:
            self.button.setText(setup_account_text(self.channel))
        self.button.setVisible(self.channel is not None)
        self.show()

    def _clicked(self) -> None:
        if self.channel is not None:
            self.accounts_wanted.emit(str(self.channel))
