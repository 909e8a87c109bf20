"""The thread's internal-note box: a note for teammates, never sent to the member.

The note is stored off the UI thread through the thread's ``Background``; the texts keep the
thread view's translation context ("ThreadView"), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.services.inbox import ThreadService
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class NoteBox(QWidget):
    added = Signal(int)  # conversation id: its note is stored and still shown

    def __init__(
        self, service: ThreadService, calls: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._calls = calls
        self.conversation_id: int | None = None
        self.note_caption = QLabel()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setMaximumHeight(80)
        self.note_error = InlineMessage()
        self.note_button = QPushButton()
        self.note_button.clicked.connect(self.add_note)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note_caption)
        layout.addLayout(note_row)
        layout.addWidget(self.note_error)

    def retranslate(self) -> None:
        self.note_caption.setText(
            QCoreApplication.translate("ThreadView", "Internal note (not sent to the member)")
        )
        self.note_button.setText(QCoreApplication.translate("ThreadView", "Add note"))
        self.note_edit.setPlaceholderText(
            QCoreApplication.translate("ThreadView", "Write a note for your teammates…")
        )

    def set_conversation(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        for w in (self.note_edit, self.note_button):
            w.setEnabled(conversation_id is not None)
        self.note_error.clear_message()

    def add_note(self) -> None:
        if self.conversation_id is None:
            return
        text = self.note_edit.toPlainText()
        if not text.strip():
            self.note_error.show_error(
                QCoreApplication.translate("ThreadView", "The note is empty.")
            )
            return
        conv_id, service = self.conversation_id, self._service
        self.note_button.setEnabled(False)
        self._calls.change(
            lambda: service.add_note(conv_id, text),
            lambda _: self._note_added(conv_id),
            self._note_failed,
        )

    def _note_added(self, conversation_id: int) -> None:
        self.note_button.setEnabled(self.conversation_id is not None)
        if self.conversation_id != conversation_id:
            return
        self.note_edit.clear()
        self.note_error.clear_message()
        self.added.emit(conversation_id)

    def _note_failed(self, exc: BaseException) -> None:
        self.note_button.setEnabled(self.conversation_id is not None)
        self.note_error.show_error(
            QCoreApplication.translate("ThreadView", "Could not save: %1").replace("%1", str(exc))
        )
