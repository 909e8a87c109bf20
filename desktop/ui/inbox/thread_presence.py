"""Presence for the open thread: this client says where it is (and whether it is typing),
shows who else is there, and knows which messages the operator has seen — so a reply sent
after a teammate's answer asks first (issue 18, part 3)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPlainTextEdit

from desktop.services.live import HEARTBEAT, OtherReply, PresenceService, Present
from desktop.ui.common.background import Background
from desktop.ui.inbox.presence_line import PresenceLine


class ThreadPresence(QObject):
    def __init__(
        self, line: PresenceLine, editor: QPlainTextEdit, calls: Background, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.line = line
        self.editor = editor
        self.calls = calls
        self.service: PresenceService | None = None
        self.operator_id: int | None = None
        self.conversation_id: int | None = None
        self.seen_message_id = 0  # the newest message the operator has had on screen
        self._typing = False
        self._beat = QTimer(self)
        self._beat.setInterval(int(HEARTBEAT.total_seconds() * 1000))
        self._beat.timeout.connect(self._announce)
        editor.textChanged.connect(self._text_changed)

    def attach(self, service: PresenceService, operator_id: int | None) -> None:
        self.service, self.operator_id = service, operator_id

    def show(self, conversation_id: int | None) -> None:
        if conversation_id == self.conversation_id:
            return
        service, old = self.service, self.conversation_id
        self.conversation_id, self._typing, self.seen_message_id = conversation_id, False, 0
        self.line.show_present([])
        if service is None:
            return
        if old is not None:
            self.calls.change(lambda: service.leave(old), lambda _: None, lambda _e: None)
        if conversation_id is None:
            self._beat.stop()
            return
        self._announce()
        self._beat.start()
        self.refresh()

    def _announce(self) -> None:
        service, conv, typing = self.service, self.conversation_id, self._typing
        if service is None or conv is None:
            return
        # Presence is a courtesy: failing to announce it must not bother the operator.
        self.calls.change(
            lambda: service.here(conv, typing=typing), lambda _: None, lambda _e: None
        )

    def _text_changed(self) -> None:
        typing = bool(self.editor.toPlainText().strip())
        if typing != self._typing:
            self._typing = typing
            self._announce()

    def refresh(self) -> None:
        """Read who else is here again (a presence change arrived, or the thread changed)."""
        service, conv = self.service, self.conversation_id
        if service is None or conv is None:
            return
        self.calls.read(lambda: service.others(conv), lambda got: self._shown(conv, got))

    def _shown(self, conv: int, present: list[Present]) -> None:
        if conv == self.conversation_id:
            self.line.show_present(present)

    def crossing(self, conversation_id: int) -> list[OtherReply]:
        """Teammates' replies in this thread the operator has not seen (blocking: call it
        off the UI thread)."""
        if self.service is None or conversation_id != self.conversation_id:
            return []
        return self.service.replies_since(conversation_id, self.seen_message_id, self.operator_id)
