"""The reply box of a WeChat thread shows the window and refuses once it is closed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.store.models import KfSession
from desktop.ui.inbox.labels import channel_name
from desktop.ui.inbox.tab import InboxTab

from .conftest import KfEnv


def test_reply_box_shows_time_and_messages_left_then_the_closed_reason(
    kf_env: KfEnv, qtbot: QtBot
) -> None:
    kf_env.user_says("wmLiu", "能开发票吗？")
    kf_env.sync()
    services = kf_env.services
    with services.db.read() as s:
        conv = s.scalar(select(KfSession.conversation_id))
    assert conv is not None
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not tab.calls.busy)
    row = services.inbox.queue.row(conv)
    assert row is not None and channel_name(row.channel) == "WeChat"  # the channel badge
    tab.thread_view.show_conversation(row)
    qtbot.waitUntil(lambda: not tab.calls.busy)
    bar, box = tab.thread_view.kf_bar, tab.thread_view.reply_box
    assert bar.isVisible()
    assert "47 h" in bar.label.text() and "5 of 5 messages left" in bar.label.text()
    assert box.send_button.isEnabled()

    for i in range(5):
        services.replies.send(conv, f"可以的 {i}")
    bar.refresh()
    qtbot.waitUntil(lambda: not tab.calls.busy)
    assert "Reply window closed" in bar.label.text()
    assert not box.send_button.isEnabled()
    assert "please message us again" in box.message.text()
