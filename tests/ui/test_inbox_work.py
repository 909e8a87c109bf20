"""Working the inbox with the keyboard: j/k/r/e, canned replies on "/", the banned-word warning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.domain.enums import ConversationStatus, DeliveryStatus, MessageDirection
from desktop.domain.inbox import sla
from desktop.services.container import Services
from desktop.store.models import Delivery
from desktop.ui.inbox.tab import InboxTab


def _tab(services: Services, qtbot: QtBot) -> InboxTab:
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    tab.show()
    _settle(tab, qtbot)
    return tab


def _settle(tab: InboxTab, qtbot: QtBot) -> None:
    """Every read and write the tab started has come back."""
    qtbot.waitUntil(lambda: not tab.calls.busy)


def _key(tab: InboxTab, qtbot: QtBot, key: Qt.Key) -> None:
    qtbot.keyClick(tab.list_view, key)
    _settle(tab, qtbot)


def test_keyboard_flow_j_k_r_e(demo_services: Services, qtbot: QtBot) -> None:
    tab = _tab(demo_services, qtbot)
    rows = tab.model.rows()
    _key(tab, qtbot, Qt.Key.Key_J)
    assert tab.thread_view.row is not None and tab.thread_view.row.id == rows[0].id
    _key(tab, qtbot, Qt.Key.Key_J)
    _key(tab, qtbot, Qt.Key.Key_J)
    assert tab.thread_view.row.id == rows[2].id
    _key(tab, qtbot, Qt.Key.Key_K)
    assert tab.thread_view.row.id == rows[1].id
    target = rows[1].id
    _key(tab, qtbot, Qt.Key.Key_E)  # resolve and move on
    assert demo_services.inbox.queue.row(target).status == ConversationStatus.RESOLVED
    assert tab.thread_view.row.id == rows[2].id
    qtbot.keyClick(tab.list_view, Qt.Key.Key_R)
    qtbot.waitUntil(
        lambda: tab.thread_view.reply_box.editor.hasFocus() or tab.focusWidget() is None
    )
    # "j" typed in the reply box is text, not "next conversation".
    qtbot.keyClicks(tab.thread_view.reply_box.editor, "jk")
    assert tab.thread_view.reply_box.editor.toPlainText() == "jk"
    assert tab.thread_view.row.id == rows[2].id


def test_canned_reply_is_inserted_with_the_members_name(
    demo_services: Services, qtbot: QtBot
) -> None:
    demo_services.replies.save_canned("tk", "Refund", "{name}, your refund is on its way.")
    demo_services.replies.save_canned("fp", "Invoice", "{name}, the invoice was sent.")
    tab = _tab(demo_services, qtbot)
    _key(tab, qtbot, Qt.Key.Key_J)
    name = tab.thread_view.row.member_name
    qtbot.keyClick(tab.list_view, Qt.Key.Key_Slash)  # "/" opens the canned list
    box = tab.thread_view.reply_box
    assert box.editor.toPlainText() == "/"
    library = demo_services.replies.canned("")  # the demo's own and the two above
    assert box.canned_list.isVisible() and box.canned_list.count() == len(library)
    box.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box.editor, "t")
    assert box.canned_list.count() == 1
    qtbot.keyClick(box.editor, Qt.Key.Key_Return)
    assert box.editor.toPlainText() == f"{name}, your refund is on its way."
    assert not box.canned_list.isVisible()


def test_banned_word_warning_before_sending(demo_services: Services, qtbot: QtBot) -> None:
    demo_services.replies.set_banned_words(["guaranteed", "第一"])
    tab = _tab(demo_services, qtbot)
    _key(tab, qtbot, Qt.Key.Key_J)
    conv_id = tab.thread_view.row.id
    box = tab.thread_view.reply_box
    box.editor.setPlainText("Our beans are GUARANTEED the best")
    box.send_button.click()
    _settle(tab, qtbot)
    assert not box.message.isHidden() and "guaranteed" in box.message.text()
    assert box.send_button.text() == "Send anyway"
    with demo_services.db.read() as s:
        assert s.scalar(select(Delivery).where(Delivery.conversation_id == conv_id)) is None
    box.send_button.click()  # the operator confirms
    _settle(tab, qtbot)
    assert box.editor.toPlainText() == ""
    msgs = demo_services.inbox.thread.messages(conv_id, mark_read=False)
    assert msgs[-1].direction == MessageDirection.OUTBOUND
    assert msgs[-1].delivery_status == DeliveryStatus.PENDING
    # The demo workspace has no account to send with: the reply says so, it never looks sent.
    assert "Not sent yet" in tab.thread_view.messages.toPlainText()
    row = demo_services.inbox.queue.row(conv_id)
    assert row.badge.state == sla.SlaState.NONE  # answered: nothing waits any more


def test_search_box_finds_and_opens_a_conversation(demo_services: Services, qtbot: QtBot) -> None:
    tab = _tab(demo_services, qtbot)
    first = tab.model.rows()[0]
    text = demo_services.inbox.thread.messages(first.id, mark_read=False)[0].body_text
    word = text.strip()[:2]
    qtbot.keyClick(tab.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    tab.search.edit.setText(word)
    tab.search.run()
    _settle(tab, qtbot)
    assert tab.search.results.count() >= 1
    ids = [
        tab.search.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(tab.search.results.count())
    ]
    assert first.id in ids
    tab.search.open_hit(tab.search.results.item(ids.index(first.id)))
    _settle(tab, qtbot)
    assert tab.thread_view.row is not None and tab.thread_view.row.id == first.id
