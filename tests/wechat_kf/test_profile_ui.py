"""A WeChat thread says who it is with: the nickname and the picture from kf/customer/batchget."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import KfSession
from desktop.ui.inbox.tab import InboxTab
from desktop.ui.inbox.wechat_kf_bar import AVATAR_PX

from .conftest import KfEnv

RED = "#c0392b"


def png(color: str) -> bytes:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def open_thread(kf_env: KfEnv, qtbot: QtBot, user: str) -> InboxTab:
    with kf_env.services.db.read() as s:
        conv = s.scalar(select(KfSession.conversation_id).where(KfSession.external_userid == user))
    assert conv is not None
    tab = InboxTab(kf_env.services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.calls.busy)
    row = kf_env.services.inbox.queue.row(conv)
    assert row is not None
    tab.thread_view.show_conversation(row)
    qtbot.waitUntil(lambda: not tab.calls.busy)
    return tab


def test_the_thread_shows_the_wechat_nickname_and_picture(kf_env: KfEnv, qtbot: QtBot) -> None:
    kf_env.kf.nicknames["wmAlice"] = "小爱"
    kf_env.kf.avatars["wmAlice"] = (png(RED), "image/png")
    kf_env.user_says("wmAlice", "你好，想问问会员卡")
    kf_env.sync()

    tab = open_thread(kf_env, qtbot, "wmAlice")

    bar = tab.thread_view.kf_bar
    assert bar.who.text() == "WeChat user: 小爱"
    assert bar.who.toolTip() == "wmAlice"
    assert bar.avatar.isVisible()
    picture = bar.avatar.pixmap().toImage()
    assert (picture.width(), picture.height()) == (AVATAR_PX, AVATAR_PX)
    assert picture.pixelColor(AVATAR_PX // 2, AVATAR_PX // 2) == QColor(RED)

    # Back to the same thread: the picture WeChat gave is not asked for again.
    row = kf_env.services.inbox.queue.row(bar.conversation_id or 0)
    assert row is not None
    tab.thread_view.show_conversation(row)
    qtbot.waitUntil(lambda: not tab.calls.busy)
    assert bar.avatar.isVisible()
    assert kf_env.kf.avatar_reads == 1


def test_without_a_picture_the_thread_shows_the_name_alone(kf_env: KfEnv, qtbot: QtBot) -> None:
    kf_env.kf.nicknames["wmBo"] = "阿博"  # WeChat gives an address, but no picture behind it
    kf_env.user_says("wmBo", "在吗")
    kf_env.sync()

    tab = open_thread(kf_env, qtbot, "wmBo")

    bar = tab.thread_view.kf_bar
    assert bar.who.text() == "WeChat user: 阿博"
    assert kf_env.kf.avatar_reads == 1
    assert not bar.avatar.isVisible() and bar.avatar.pixmap().isNull()
