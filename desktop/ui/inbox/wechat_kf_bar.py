"""The 微信客服 line of a WeChat thread: who it is with, the reply window and the session
actions.

The WeChat user's name and picture come from what the sync stored; the picture itself is
read from WeChat through the tab's ``Background`` (an async call, never on the UI thread) and
appears when it arrives, or not at all when it cannot be had.

The window (time left of the 48 hours, messages left of the 5) is read through the tab's
``Background``; when it is closed the line says why and that nothing at all can be sent
until the user writes again (a canned "please message us again" included), and the reply
box's Send is disabled. 人工接待 and "End session" call WeCom (async, never on the UI
thread) and read the window again.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QPushButton, QWidget

from desktop.services.wechat_kf import Closed, KfActions, KfProfile, ReplyWindow
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

AVATAR_PX = 32


def closed_reason(window: ReplyWindow) -> str:
    reason = {
        Closed.NO_MESSAGE: QCoreApplication.translate(
            "KfBar", "The WeChat user has not written yet."
        ),
        Closed.EXPIRED: QCoreApplication.translate(
            "KfBar", "More than 48 hours have passed since the user's last message."
        ),
        Closed.USED_UP: QCoreApplication.translate(
            "KfBar", "All 5 messages allowed since the user's last message are used."
        ),
        Closed.STATE: QCoreApplication.translate(
            "KfBar",
            "The session is with reception staff or has ended: WeCom lets the app send only "
            "to sessions that are unhandled or with the assistant.",
        ),
    }.get(window.closed or Closed.NO_MESSAGE, "")
    return (
        reason
        + " "
        + QCoreApplication.translate(
            "KfBar",
            "Nothing can be sent until the user writes again — not even a canned "
            "“please message us again”.",
        )
    )


def window_text(window: ReplyWindow, now: datetime) -> str:
    if window.closed is not None:
        return QCoreApplication.translate("KfBar", "Reply window closed. %1").replace(
            "%1", closed_reason(window)
        )
    left = window.time_left(now)
    hours, rest = divmod(int(left.total_seconds()), 3600)
    return (
        QCoreApplication.translate(
            "KfBar", "Reply window: %1 h %2 min left · %3 of 5 messages left"
        )
        .replace("%1", str(hours))
        .replace("%2", str(rest // 60))
        .replace("%3", str(window.messages_left))
    )


class KfSessionBar(QWidget):
    window_changed = Signal(object)  # ReplyWindow | None
    session_changed = Signal(int)  # conversation id

    def __init__(self, actions: KfActions | None, calls: Background, parent: QWidget | None = None):
        super().__init__(parent)
        self.kf_actions = actions
        self.calls = calls
        self.conversation_id: int | None = None
        self.reply_window: ReplyWindow | None = None
        self.profile: KfProfile | None = None
        self.avatar = QLabel()
        self.avatar.setObjectName("kfAvatar")
        self.avatar.setFixedSize(AVATAR_PX, AVATAR_PX)
        self.avatar.hide()
        self.who = QLabel()
        self.who.setObjectName("kfUser")
        self.label = QLabel()
        self.label.setObjectName("kfWindow")
        self.label.setWordWrap(True)
        self.human_button = QPushButton()
        self.human_button.setObjectName("kfToHuman")
        self.human_button.clicked.connect(self.to_human)
        self.end_button = QPushButton()
        self.end_button.setObjectName("kfEnd")
        self.end_button.clicked.connect(self.end)
        self.message = InlineMessage()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.avatar)
        row.addWidget(self.who)
        row.addWidget(self.label, 1)
        row.addWidget(self.human_button)
        row.addWidget(self.end_button)
        row.addWidget(self.message)
        self.retranslate()
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.human_button.setText(self.tr("Hand to reception staff (人工接待)"))
        self.end_button.setText(self.tr("End session"))
        if self.reply_window is not None:
            self.label.setText(window_text(self.reply_window, datetime.now(UTC)))
        if self.profile is not None:
            self.who.setText(self.tr("WeChat user: %1").replace("%1", self.profile.name))

    def set_conversation(self, conversation_id: int | None) -> None:
        """A 微信客服 conversation's id shows the bar; None hides it."""
        self.conversation_id = conversation_id
        self.message.clear_message()
        self._show_profile(conversation_id, None)
        actions = self.kf_actions
        if conversation_id is None or actions is None:
            self.reply_window = None
            self.hide()
            self.window_changed.emit(None)
            return
        self.show()
        self.refresh()
        self.calls.read(
            lambda: actions.profile(conversation_id),
            lambda p: self._show_profile(conversation_id, p),
        )

    def _show_profile(self, conversation_id: int | None, profile: KfProfile | None) -> None:
        if conversation_id != self.conversation_id:
            return
        self.profile = profile
        self.avatar.clear()
        self.avatar.hide()
        self.who.setToolTip("" if profile is None else profile.external_userid)
        self.who.setText(
            "" if profile is None else self.tr("WeChat user: %1").replace("%1", profile.name)
        )
        actions = self.kf_actions
        if profile is None or not profile.avatar_url or actions is None:
            return
        url = profile.avatar_url
        self.calls.call(
            lambda: actions.avatar(url), lambda data: self._show_avatar(conversation_id, data)
        )

    def _show_avatar(self, conversation_id: int | None, data: bytes | None) -> None:
        pixmap = QPixmap()
        if conversation_id != self.conversation_id or not data or not pixmap.loadFromData(data):
            return
        self.avatar.setPixmap(
            pixmap.scaled(
                AVATAR_PX,
                AVATAR_PX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.avatar.show()

    def refresh(self) -> None:
        conv, actions = self.conversation_id, self.kf_actions
        if conv is None or actions is None:
            return
        self.calls.read(lambda: actions.window(conv), lambda w: self._show(conv, w))

    def _show(self, conversation_id: int, window: ReplyWindow | None) -> None:
        if conversation_id != self.conversation_id:
            return
        self.reply_window = window
        self.label.setText("" if window is None else window_text(window, datetime.now(UTC)))
        self.window_changed.emit(window)

    def to_human(self) -> None:
        conv, actions = self.conversation_id, self.kf_actions
        if conv is None or actions is None:
            return
        userid, ok = QInputDialog.getText(
            self,
            self.tr("Hand to reception staff"),
            self.tr("WeCom user ID of the reception staff member (they must be on duty):"),
        )
        if not ok or not userid.strip():
            return
        self.calls.call(
            lambda: actions.to_human(conv, userid.strip()),
            lambda _r: self._done(conv, self.tr("Handed to %1.").replace("%1", userid.strip())),
            self._failed,
        )

    def end(self) -> None:
        conv, actions = self.conversation_id, self.kf_actions
        if conv is None or actions is None:
            return
        self.calls.call(
            lambda: actions.end(conv),
            lambda sent: self._done(
                conv,
                self.tr("Session ended; closing words sent.")
                if sent
                else self.tr("Session ended."),
            ),
            self._failed,
        )

    def _done(self, conversation_id: int, text: str) -> None:
        if conversation_id == self.conversation_id:
            self.message.show_info(text)
            self.refresh()
        self.session_changed.emit(conversation_id)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(self.tr("WeCom refused: %1").replace("%1", str(exc)))


__all__ = ["KfSessionBar", "closed_reason", "window_text"]
