"""The reply box under a thread: canned replies on "/", the banned-word warning, sending.

Sending (the checks and the queued delivery) runs through ``Background``; the canned list
and filling one in stay on the UI thread: a few short rows read per key typed.
"""

from __future__ import annotations

from collections.abc import Callable

import regex
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.sending.consent import ConsentVerdict
from desktop.services.inbox import CannedRow, ReplyBlocked, ReplyCheck, ReplyService
from desktop.services.live import OtherReply
from desktop.services.wechat_kf import ReplyWindow
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.inbox.wechat_kf_bar import closed_reason

# "/" at the start of the text or after white space, then the letters typed so far.
_SLASH = regex.compile(r"(?:^|(?<=\s))/([\p{L}\p{N}_-]*)$")


class ReplyBox(QWidget):
    sent = Signal(int)  # conversation id

    def __init__(
        self,
        replies: ReplyService | None,
        parent: QWidget | None = None,
        calls: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.replies = replies
        self.calls = calls if calls is not None else Background(self)
        self.conversation_id: int | None = None
        self.operator_id: int | None = None
        self._confirming: ReplyCheck | None = None
        # Replies teammates sent in the thread since the operator read it (blocking); set
        # in team mode. ``_crossed`` holds the ones already shown: the next click sends.
        self.crossing: Callable[[int], list[OtherReply]] | None = None
        self._crossed: list[OtherReply] = []
        self._sending = False
        self._canned_hint = False  # the message line shows the "no canned replies" hint
        self._window: ReplyWindow | None = None  # 微信客服: closed → nothing can be sent

        self.editor = QPlainTextEdit()
        self.editor.setObjectName("replyEditor")
        self.editor.setMaximumHeight(110)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.installEventFilter(self)
        self.canned_list = QListWidget()
        self.canned_list.setObjectName("cannedList")
        self.canned_list.setMaximumHeight(120)
        self.canned_list.hide()
        self.canned_list.itemActivated.connect(
            lambda item: self.insert_canned(item.data(Qt.ItemDataRole.UserRole))
        )
        self.canned_list.itemClicked.connect(
            lambda item: self.insert_canned(item.data(Qt.ItemDataRole.UserRole))
        )
        self.marketing = QCheckBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendReply")
        self.send_button.clicked.connect(self.send)
        self.message = InlineMessage()

        row = QHBoxLayout()
        row.addWidget(self.marketing)
        row.addStretch(1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canned_list)
        layout.addWidget(self.editor)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.editor.setPlaceholderText(
            self.tr("Write a reply… type / and a few letters for a canned reply")
        )
        self.marketing.setText(self.tr("Marketing message"))
        self._set_button()

    def _set_button(self) -> None:
        anyway = self._confirming is not None or bool(self._crossed)
        self.send_button.setText(self.tr("Send anyway") if anyway else self.tr("Send"))

    def set_window(self, window: ReplyWindow | None) -> None:
        """A 微信客服 thread's reply window: Send waits for the user when it is closed."""
        self._window = window
        self._set_sending(self._sending)
        if window is not None and window.closed is not None:
            self.message.show_error(closed_reason(window))
        elif not self._canned_hint:
            self.message.clear_message()

    def set_conversation(self, conversation_id: int | None) -> None:
        self.conversation_id = conversation_id
        self._window = None
        self.editor.clear()
        self._reset_warning()
        enabled = conversation_id is not None and self.replies is not None
        for w in (self.editor, self.marketing):
            w.setEnabled(enabled)
        self.send_button.setEnabled(enabled and not self._sending)

    def _reset_warning(self) -> None:
        self._confirming = None
        self._crossed = []
        self.message.clear_message()
        self._set_button()

    # -- canned replies -----------------------------------------------------------------------

    def _slash_prefix(self) -> str | None:
        cursor = self.editor.textCursor()
        before = self.editor.toPlainText()[: cursor.position()]
        m = _SLASH.search(before)
        return m.group(1) if m else None

    def _text_changed(self) -> None:
        if self._confirming is not None:
            self._reset_warning()
        prefix = self._slash_prefix()
        if prefix is None or self.replies is None:
            if self.canned_list.isVisible() or self._canned_hint:
                self._canned_hint = False
                self.message.clear_message()
            self.canned_list.hide()
            return
        self.show_canned(prefix)

    def show_canned(self, prefix: str = "") -> None:
        if self.replies is None:
            return
        self.canned_list.clear()
        for row in self.replies.canned(prefix):
            item = QListWidgetItem(f"/{row.shortcut}  {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(row.body)
            self.canned_list.addItem(item)
        if self.canned_list.count():
            self.canned_list.setCurrentRow(0)
            self.canned_list.show()
            if self._canned_hint:
                self._canned_hint = False
                self.message.clear_message()
            return
        self.canned_list.hide()
        # "/" that finds nothing says why, so the operator is not left guessing.
        self._canned_hint = True
        if not prefix or not self.replies.canned(""):
            self.message.show_info(
                self.tr("No canned replies yet: add them under Inbox → Settings…")
            )
        else:
            self.message.show_info(
                self.tr("No canned reply starts with “/%1”.").replace("%1", prefix)
            )

    def insert_canned(self, row: CannedRow | None = None) -> None:
        """Replace "/letters" before the cursor with the filled canned reply."""
        if row is None:
            item = self.canned_list.currentItem()
            if item is None:
                return
            row = item.data(Qt.ItemDataRole.UserRole)
        if self.replies is None or self.conversation_id is None or row is None:
            return
        text = self.replies.fill(row.body, self.conversation_id, self.operator_id)
        cursor = self.editor.textCursor()
        prefix = self._slash_prefix()
        if prefix is not None:
            cursor.movePosition(
                QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(prefix) + 1
            )
        cursor.insertText(text)
        self.editor.setTextCursor(cursor)
        if row.is_marketing:
            self.marketing.setChecked(True)
        self.canned_list.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if self.canned_list.isVisible():
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab):
                    self.insert_canned()
                    return True
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                    step = 1 if key == Qt.Key.Key_Down else -1
                    row = max(
                        0, min(self.canned_list.count() - 1, self.canned_list.currentRow() + step)
                    )
                    self.canned_list.setCurrentRow(row)
                    return True
                if key == Qt.Key.Key_Escape:
                    self.canned_list.hide()
                    return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.send()
                return True
        return False

    # -- sending ------------------------------------------------------------------------------

    def send(self) -> None:
        if self.replies is None or self.conversation_id is None or self._sending:
            return
        conv_id = self.conversation_id
        if self.crossing is not None and not self._crossed:
            crossing = self.crossing
            self._set_sending(True)
            self.calls.read(
                lambda: crossing(conv_id),
                lambda got: self._check_crossed(conv_id, got),
                lambda exc: self._send_failed(conv_id, exc),
            )
            return
        self._send_now()

    def _check_crossed(self, conversation_id: int, replies: list[OtherReply]) -> None:
        """A teammate answered meanwhile: show their reply and ask before sending."""
        self._set_sending(False)
        if self.conversation_id != conversation_id:
            return
        if not replies:
            self._send_now()
            return
        self._crossed = replies
        last = replies[-1]
        self.message.show_warning(
            self.tr("%1 replied meanwhile: “%2”. Send yours too?")
            .replace("%1", last.author or self.tr("A teammate"))
            .replace("%2", last.body[:200])
        )
        self._set_button()

    def _send_now(self) -> None:
        if self.replies is None or self.conversation_id is None:
            return
        replies, conv_id, operator_id = self.replies, self.conversation_id, self.operator_id
        text = self.editor.toPlainText()
        marketing = self.marketing.isChecked()
        confirmed = self._confirming is not None
        self._crossed = []
        self._set_sending(True)
        self.calls.change(
            lambda: replies.send(
                conv_id, text, operator_id=operator_id, marketing=marketing, confirmed=confirmed
            ),
            lambda _: self._sent(conv_id),
            lambda exc: self._send_failed(conv_id, exc),
        )

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        closed = self._window is not None and self._window.closed is not None
        self.send_button.setEnabled(not sending and self.conversation_id is not None and not closed)

    def _sent(self, conversation_id: int) -> None:
        self._set_sending(False)
        if self.conversation_id == conversation_id:
            self.editor.clear()
            self._reset_warning()
        self.sent.emit(conversation_id)

    def _send_failed(self, conversation_id: int, exc: BaseException) -> None:
        self._set_sending(False)
        if self.conversation_id != conversation_id:
            return  # the operator moved on; the text they typed there is gone anyway
        if isinstance(exc, ReplyBlocked):
            self._explain(exc.check)
        else:
            self.message.show_error(self.tr("Could not send: %1").replace("%1", str(exc)))

    def _explain(self, check: ReplyCheck) -> None:
        if check.empty:
            self.message.show_error(self.tr("The reply is empty."))
            return
        if check.window_closed and self._window is not None:
            self.message.show_error(closed_reason(self._window))
            return
        if check.window_closed:
            self.message.show_error(
                self.tr("The WeChat reply window is closed: wait for the user to write again.")
            )
            return
        if check.consent != ConsentVerdict.ALLOWED:
            reason = {
                ConsentVerdict.UNSUBSCRIBED: self.tr("the member unsubscribed"),
                ConsentVerdict.NO_CONSENT: self.tr("the member has not agreed to marketing"),
                ConsentVerdict.WITHDRAWN: self.tr("the member withdrew consent"),
            }.get(check.consent, str(check.consent))
            self.message.show_error(
                self.tr("This marketing message cannot be sent: %1.").replace("%1", reason)
            )
            return
        parts = []
        if check.banned:
            words = "、".join(dict.fromkeys(h.word for h in check.banned))
            parts.append(self.tr("Banned or sensitive words: %1").replace("%1", words))
        if check.too_frequent:
            parts.append(
                self.tr("The member already got a marketing message within their chosen period.")
            )
        parts.append(self.tr("Edit the text, or press \u201cSend anyway\u201d."))
        self._confirming = check
        self.message.show_warning("\n".join(parts))
        self._set_button()
