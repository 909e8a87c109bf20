"""Two teammates answering the same member (issue 18): B typed a reply while A's teammate
answered in the same thread, and B's window has not shown that answer yet. B's Send shows
the other reply with who wrote it and asks first; nothing goes until B sends again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import MessageDirection
from desktop.services.runtime import Runtime
from desktop.services.team import TeammateService
from desktop.store.models import Message
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings

from .test_live_views import _conversations, pair

__all__ = ["pair"]  # the fixture


def _outbound(b: Runtime, conversation_id: int) -> list[str]:
    with b.services.db.read() as s:
        return list(
            s.scalars(
                select(Message.body_text)
                .where(
                    Message.conversation_id == conversation_id,
                    Message.direction == MessageDirection.OUTBOUND,
                )
                .order_by(Message.id)
            )
        )


def test_sending_after_a_teammate_replied_shows_their_reply_and_asks_first(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    (conv,) = _conversations(a, ["李雷"])
    team = TeammateService(a.services.db)
    keke, ming = team.add("陈可乐"), team.add("王小明")
    settings = UiSettings(tmp_path / "b-ui.ini")
    settings.set_value("operator/id", keke)  # 陈可乐 uses B's computer
    window = MainWindow(b.services, settings)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.inbox_page)
    tab = window.inbox_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.open_conversation(conv)
    qtbot.waitUntil(lambda: len(tab.thread_view._messages) == 1)
    box = tab.thread_view.reply_box
    box.editor.setPlainText("您好，退款今天会到账。")

    # Meanwhile 王小明 answers from another computer (B's window has not read it).
    with a.services.db.write() as s:
        s.add(
            Message(
                conversation_id=conv,
                direction=MessageDirection.OUTBOUND,
                author_operator_id=ming,
                body_text="已经帮您退款了，请查收。",
            )
        )

    box.send()
    qtbot.waitUntil(lambda: "replied meanwhile" in box.message.text())
    assert "王小明" in box.message.text() and "已经帮您退款了，请查收。" in box.message.text()
    assert _outbound(b, conv) == ["已经帮您退款了，请查收。"]  # B's reply has not gone
    assert box.editor.toPlainText() == "您好，退款今天会到账。"

    box.send()  # B decides to send theirs too
    qtbot.waitUntil(lambda: len(_outbound(b, conv)) == 2)
    assert _outbound(b, conv)[-1] == "您好，退款今天会到账。"
