"""The inbox in the first hour: a reply that cannot leave says so, empty views say what
belongs there, and every time is the workspace's, whatever the computer's zone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import delete, select

from desktop.domain.enums import ChannelKind, ConversationStatus, MessageDirection
from desktop.services.container import Services
from desktop.services.sending import why_waiting
from desktop.store.models import CannedReply, ChannelAccount, Conversation, Delivery, Message
from desktop.ui.inbox.tab import InboxTab
from desktop.ui.inbox.unsent import UnsentBar


def _tab(services: Services, qtbot: QtBot) -> InboxTab:
    tab = InboxTab(services)
    qtbot.addWidget(tab)
    _settle(tab, qtbot)
    return tab


def _settle(tab: InboxTab, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not tab.calls.busy)


def _open_first(tab: InboxTab, qtbot: QtBot) -> int:
    tab.list_view.setCurrentIndex(tab.model.index(0))
    _settle(tab, qtbot)
    assert tab.thread_view.row is not None
    return tab.thread_view.row.id


def _reply(tab: InboxTab, qtbot: QtBot, text: str = "我们明天回复您") -> None:
    tab.thread_view.reply_box.editor.setPlainText(text)
    tab.thread_view.reply_box.send_button.click()
    _settle(tab, qtbot)


def _answer(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_a_reply_without_an_account_says_why_and_resolving_asks(
    demo_services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(demo_services, qtbot)
    conv_id = _open_first(tab, qtbot)
    demo_services.inbox.thread.set_status(conv_id, ConversationStatus.OPEN)
    _reply(tab, qtbot)

    bar = tab.thread_view.unsent_bar
    assert not bar.isHidden()
    assert "no enabled Email account" in bar.label.text()
    assert bar.button.text() == "Set up the mail account…"
    assert (
        "Not sent yet: waiting: no enabled Email account" in tab.thread_view.messages.toPlainText()
    )
    assert "Queued" not in tab.thread_view.messages.toPlainText()
    with qtbot.waitSignal(tab.accounts_wanted) as wanted:
        bar.button.click()
    assert wanted.args == ["email"]

    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    tab.resolve_current()  # what "e" does
    _settle(tab, qtbot)
    assert asked and "not been sent" in asked[0]
    assert demo_services.inbox.queue.row(conv_id).status == ConversationStatus.OPEN
    combo = tab.thread_view.status_combo  # the status choice asks the same
    combo.setCurrentIndex(combo.findData(ConversationStatus.RESOLVED))
    combo.activated.emit(combo.currentIndex())
    _settle(tab, qtbot)
    assert len(asked) == 2
    assert demo_services.inbox.queue.row(conv_id).status == ConversationStatus.OPEN
    assert combo.currentData() == ConversationStatus.OPEN

    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    tab.resolve_current()
    _settle(tab, qtbot)
    assert demo_services.inbox.queue.row(conv_id).status == ConversationStatus.RESOLVED


def test_each_waiting_reason_reaches_the_thread(
    demo_services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    tab = _tab(demo_services, qtbot)
    conv_id = _open_first(tab, qtbot)
    _reply(tab, qtbot)
    db = demo_services.db
    with db.write() as s:
        account = ChannelAccount(kind=ChannelKind.EMAIL, name="club", config={}, status="ok")
        s.add(account)
        s.flush()
        account_id = account.id
        delivery = s.scalar(select(Delivery).where(Delivery.conversation_id == conv_id))
        delivery.channel_account_id = account_id  # as if queued once the account existed
        delivery_id = delivery.id
    with db.read() as s:
        assert why_waiting(s, [delivery_id]) == {}  # an account that works: nothing waits

    cases = [
        ({"status": "auth_error"}, None, "sign-in was refused", True),
        ({"status": "needs_secret"}, None, "needs its password", True),
        ({"enabled": False}, None, "the account is disabled", True),
        (
            {"status": "ok"},
            "postponed — quiet_hours (22:00–08:00) until 2026-01-05 00:00Z",
            "postponed until 2026-01-05 08:00: quiet hours",
            False,
        ),
        ({"status": "ok"}, "postponed — daily_cap", "postponed: daily limit reached", False),
    ]
    for account_values, stored, expected, button in cases:
        with db.write() as s:
            acc = s.get(ChannelAccount, account_id)
            acc.enabled = account_values.get("enabled", True)
            acc.status = account_values.get("status", "ok")
            s.get(Delivery, delivery_id).status_reason = stored
        tab.thread_view.load(conv_id)
        _settle(tab, qtbot)
        bar = tab.thread_view.unsent_bar
        assert not bar.isHidden(), expected
        assert expected in bar.label.text()
        assert bar.button.isVisibleTo(bar) is button, expected


def test_a_matrix_reply_asks_for_the_matrix_account(demo_services: Services, qtbot: QtBot) -> None:
    db = demo_services.db
    with db.write() as s:
        conv = s.scalar(select(Conversation).limit(1))
        conv.channel = ChannelKind.MATRIX
        conv_id = conv.id
    demo_services.replies.send(conv_id, "收到", confirmed=True)
    rows = demo_services.inbox.thread.messages(conv_id, mark_read=False)
    last = rows[-1]
    assert last.waiting_channel == ChannelKind.MATRIX and last.waiting_for_account
    bar = UnsentBar()
    qtbot.addWidget(bar)
    bar.show_for(rows, "Asia/Shanghai")
    assert "no enabled Matrix account" in bar.label.text()
    assert bar.button.text() == "Set up the Matrix account…"
    with qtbot.waitSignal(bar.accounts_wanted) as wanted:
        bar.button.click()
    assert wanted.args == ["matrix"]


def test_empty_views_say_what_belongs_there(services: Services, qtbot: QtBot) -> None:
    tab = _tab(services, qtbot)
    assert not tab.queue_empty.isHidden()
    assert "No conversations yet" in tab.queue_empty.text()
    assert "Pick a conversation" in tab.thread_view.messages.toPlainText()
    tab.search.edit.setText("咖啡豆")
    tab.search.run()
    _settle(tab, qtbot)
    assert "No messages found" in tab.search.results.item(0).text()


def test_slash_with_no_canned_replies_gives_a_hint(demo_services: Services, qtbot: QtBot) -> None:
    with demo_services.db.write() as s:
        s.execute(delete(CannedReply))
    tab = _tab(demo_services, qtbot)
    _open_first(tab, qtbot)
    tab.canned_reply()  # what "/" does
    box = tab.thread_view.reply_box
    assert not box.canned_list.isVisible()
    assert not box.message.isHidden()
    assert "No canned replies yet" in box.message.text()
    assert "Settings" in box.message.text()


def test_an_empty_thread_says_how_it_fills(demo_services: Services, qtbot: QtBot) -> None:
    with demo_services.db.write() as s:
        conv = s.scalar(select(Conversation).order_by(Conversation.last_message_at.desc()))
        s.execute(delete(Message).where(Message.conversation_id == conv.id))
    tab = _tab(demo_services, qtbot)
    _open_first(tab, qtbot)
    assert "No messages yet" in tab.thread_view.messages.toPlainText()


@pytest.fixture
def new_york_24h(new_york: None) -> Iterator[None]:
    """New York's clock, and a 24-hour one whatever language an earlier test left ("10:43
    PM" in en)."""
    locale = QLocale()
    QLocale.setDefault(QLocale("zh_CN"))
    yield
    QLocale.setDefault(locale)


def test_times_are_the_workspaces_not_the_computers(
    demo_services: Services, qtbot: QtBot, new_york_24h: None
) -> None:
    at = datetime(2026, 1, 5, 14, 43, tzinfo=UTC)  # 22:43 in Asia/Shanghai
    with demo_services.db.write() as s:
        conv = s.scalar(select(Conversation).order_by(Conversation.last_message_at.desc()))
        s.add(
            Message(
                conversation_id=conv.id,
                direction=MessageDirection.NOTE,
                body_text="晚上十点四十三分的备注",
                sent_at=at,
            )
        )
        conv.last_message_at = datetime(2099, 1, 5, 14, 43, tzinfo=UTC)
    tab = _tab(demo_services, qtbot)
    assert tab.tz == "Asia/Shanghai"
    _open_first(tab, qtbot)
    text = tab.thread_view.messages.toPlainText()
    assert "22:43" in text and "09:43" not in text
    when = tab.delegate.texts(tab.model.row_at(0))[3]
    assert "22:43" in when
