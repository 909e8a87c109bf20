"""Open views follow a teammate's commits by re-reading just the rows named (issue 18).

Teammate A is a runtime without a window; teammate B runs the real ``MainWindow`` with its
live feed on the same PostgreSQL (LISTEN/NOTIFY), offscreen. What A commits must show in
B's inbox list and open thread, outbox window and groups list without a full reload:
no model reset, the rows A did not touch stay the very same objects, the list is not paged
again, the selection and the text being typed stay.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Coroutine, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from desktop.config import ENV_DATABASE_URL
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ConversationStatus,
    DeliveryKind,
    DeliveryStatus,
    MessageDirection,
)
from desktop.services.groups import GroupDraft
from desktop.services.inbox.conversation_state import touch
from desktop.services.live import FeedStatus
from desktop.services.members import MemberDraft
from desktop.services.runtime import Runtime
from desktop.services.sending.outbox import NewDelivery
from desktop.store.base import utcnow
from desktop.store.models import Conversation, Delivery, Member, Message
from desktop.ui.inbox.model import RowRole
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings

from .live_helpers import teammate_paths


@pytest.fixture
def pair(
    tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Runtime, Runtime]]:
    """A (no window) and B (whose window the tests build), one team database."""
    monkeypatch.setenv(ENV_DATABASE_URL, pg_url)
    a = Runtime.open(teammate_paths(tmp_path, "a"))
    b = Runtime.open(teammate_paths(tmp_path, "b"))
    before = set(QApplication.topLevelWidgets())
    try:
        yield a, b
    finally:
        # B's window and the windows it opened go with B's database: a closed but living
        # window would still answer a later test's language change by reading it.
        for widget in set(QApplication.topLevelWidgets()) - before:
            widget.close()
            widget.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        a.close()
        b.close()


def _run(qapp: QApplication, coro: Coroutine[Any, Any, None]) -> None:
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        runner.run(coro)


async def _until(condition: Callable[[], bool], timeout: float = 15) -> None:
    """Wait for what B shows; the bound only keeps a broken build from hanging."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "B's view did not follow A's change"
        await asyncio.sleep(0.02)


def _window(b: Runtime, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window = MainWindow(b.services, UiSettings(tmp_path / "b-ui.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


async def _live(b: Runtime) -> None:
    b.services.live_feed.start()
    await _until(lambda: b.services.live_feed.status == FeedStatus.LIVE)


def _counted(obj: object, name: str) -> list[int]:
    """Count calls of ``obj.name`` from now on (the full-reload paths)."""
    calls: list[int] = []
    original = getattr(obj, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return original(*args, **kwargs)

    setattr(obj, name, wrapper)
    return calls


def _conversations(a: Runtime, names: list[str]) -> list[int]:
    """One conversation per member, older first, each with one inbound message."""
    ids = []
    start = utcnow() - timedelta(hours=len(names))
    with a.services.db.write() as s:
        for i, name in enumerate(names):
            member = Member(display_name=name)
            s.add(member)
            s.flush()
            conv = Conversation(member_id=member.id, channel=ChannelKind.EMAIL, subject=name)
            s.add(conv)
            s.flush()
            at = start + timedelta(hours=i)
            s.add(
                Message(
                    conversation_id=conv.id,
                    direction=MessageDirection.INBOUND,
                    body_text=f"{name} 的第一封信",
                    sent_at=at,
                )
            )
            touch(conv, f"{name} 的第一封信", at, inbound=True)
            ids.append(conv.id)
    return ids


def _mail_in(a: Runtime, conversation_id: int, text: str) -> None:
    """A stores an inbound message as the ingest does: the message and its conversation
    in one transaction."""
    with a.services.db.write() as s:
        conv = s.get(Conversation, conversation_id)
        assert conv is not None
        at = utcnow()
        s.add(
            Message(
                conversation_id=conv.id,
                direction=MessageDirection.INBOUND,
                body_text=text,
                sent_at=at,
            )
        )
        touch(conv, text, at, inbound=True)


def _reply(a: Runtime, conversation_id: int, text: str) -> int:
    """A's teammate answers: an outbound message whose delivery waits in the outbox."""
    did = a.services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=utcnow() + timedelta(days=1),
            idempotency_key=f"reply-{conversation_id}",
            subject="Re: 退款",
            body=text,
            purpose=ConsentPurpose.SERVICE,
            recipient="lilei@example.net",
        )
    )
    with a.services.db.write() as s:
        conv = s.get(Conversation, conversation_id)
        assert conv is not None
        at = utcnow()
        s.add(
            Message(
                conversation_id=conversation_id,
                direction=MessageDirection.OUTBOUND,
                body_text=text,
                sent_at=at,
                delivery_id=did,
            )
        )
        touch(conv, text, at, inbound=False)
    return did


def _sent(a: Runtime, delivery_id: int) -> None:
    """The worker sent it (as ``claims.record`` writes the outcome)."""
    with a.services.db.write() as s:
        s.execute(
            update(Delivery)
            .where(Delivery.id == delivery_id)
            .values(status=DeliveryStatus.SENT, sent_at=utcnow())
        )


def test_a_message_stored_by_a_appears_in_bs_list_and_open_thread_in_place(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    first, second, third = _conversations(a, ["王芳", "李雷", "韩梅梅"])
    window = _window(b, tmp_path, qtbot)
    window.tabs.setCurrentWidget(window.inbox_page)
    tab = window.inbox_tab

    async def scenario() -> None:
        await _live(b)
        await _until(lambda: tab.model.rowCount() == 3)
        assert [r.id for r in tab.model.rows()] == [third, second, first]  # newest first
        tab.open_conversation(second)
        await _until(lambda: len(tab.thread_view._messages) == 1)
        tab.thread_view.reply_box.editor.setPlainText("您好，我们正在")  # B is typing
        untouched = {r.id: r for r in tab.model.rows() if r.id != second}
        resets = []
        tab.model.modelAboutToBeReset.connect(lambda: resets.append(1))
        pages = _counted(b.services.inbox.queue, "page")
        threads = _counted(b.services.inbox.thread, "messages")

        await asyncio.to_thread(_mail_in, a, second, "请问退款到账了吗？")
        await _until(
            lambda: [m.body_text for m in tab.thread_view._messages][-1:] == ["请问退款到账了吗？"]
        )
        await _until(lambda: tab.model.row_at(0).id == second)
        row = tab.model.row_at(0)
        assert row.last_preview == "请问退款到账了吗？"
        assert [r.id for r in tab.model.rows()] == [second, third, first]  # moved, not re-read
        assert all(r is untouched[r.id] for r in tab.model.rows() if r.id != second)
        assert resets == [] and pages == [] and threads == []  # no full reload anywhere
        assert tab.list_view.currentIndex().data(RowRole).id == second  # still selected
        assert tab.thread_view.reply_box.editor.toPlainText() == "您好，我们正在"
        assert "请问退款到账了吗？" in tab.thread_view.messages.toPlainText()
        await _until(lambda: tab.model.row_at(0).unread == 0)  # B has the thread open: read

        # A's teammate replies, the worker sends it: the open thread shows both in place.
        did = await asyncio.to_thread(_reply, a, second, "已经退款，请查收。")
        await _until(lambda: tab.thread_view._messages[-1].body_text == "已经退款，请查收。")
        assert tab.thread_view._messages[-1].delivery_status == DeliveryStatus.PENDING
        await asyncio.to_thread(_sent, a, did)
        await _until(lambda: tab.thread_view._messages[-1].delivery_status == DeliveryStatus.SENT)
        assert "Sent" in tab.thread_view.messages.toPlainText()
        assert threads == [] and tab.thread_view.reply_box.editor.toPlainText() == "您好，我们正在"

        # A resolves another conversation while B shows the open ones: it leaves B's list.
        tab.filter_combo.setCurrentIndex(tab.filter_combo.findData(ConversationStatus.OPEN))
        await _until(lambda: tab.model.rowCount() == 3 and not tab.model.loading)
        tab.open_conversation(second)  # a new filter starts with nothing selected
        resets.clear()
        pages.clear()
        await asyncio.to_thread(
            a.services.inbox.thread.set_status, third, ConversationStatus.RESOLVED
        )
        await _until(lambda: [r.id for r in tab.model.rows()] == [second, first])
        # Someone new writes: the conversation comes in at its place, the top.
        (newcomer,) = await asyncio.to_thread(_conversations, a, ["新会员"])
        await _until(lambda: [r.id for r in tab.model.rows()] == [newcomer, second, first])
        assert resets == [] and pages == []
        assert tab.list_view.currentIndex().data(RowRole).id == second
        await b.services.live_feed.stop()

    _run(qapp, scenario())


def _delivery(key: str) -> NewDelivery:
    return NewDelivery(
        kind=DeliveryKind.POST,
        channel=ChannelKind.EMAIL,
        due_at=utcnow() + timedelta(days=1),  # not due: nobody sends it meanwhile
        idempotency_key=key,
        subject=f"周五读书会 {key}",
        body="本周五晚八点，三楼咖啡区。",
        purpose=ConsentPurpose.SERVICE,
        recipient=f"{key}@example.net",
    )


def test_a_delivery_cancelled_by_a_shows_cancelled_in_bs_outbox_window(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    ids = a.services.outbox.enqueue_many([_delivery(f"d{i}") for i in range(5)])
    target = ids[2]
    window = _window(b, tmp_path, qtbot)

    async def scenario() -> None:
        await _live(b)
        outbox = window.sending.open_outbox()
        assert outbox is not None
        model = outbox.model
        await _until(lambda: model.rowCount() == 5 and not model.loading)
        outbox.select_ids([target])
        untouched = {r.id: r for r in model.rows() if r.id != target}
        resets = []
        model.modelAboutToBeReset.connect(lambda: resets.append(1))
        pages = _counted(b.services.outbox, "page")

        assert await asyncio.to_thread(a.services.outbox.cancel, [target]) == 1
        await _until(lambda: model.row_at(model.row_of(target)).status == DeliveryStatus.CANCELLED)
        assert resets == [] and pages == []
        assert all(r is untouched[r.id] for r in model.rows() if r.id != target)
        assert [r.id for r in outbox.selected_rows()] == [target]  # the selection stayed
        assert outbox.details.toPlainText().startswith("Status: Cancelled")
        assert not outbox.cancel_button.isEnabled()  # the actions follow the new status
        # A bulk INSERT names no ids: the rows shown are read again, still without a reset.
        (later,) = await asyncio.to_thread(a.services.outbox.enqueue_many, [_delivery("d9")])
        await _until(lambda: model.rowCount() == 6)
        assert model.row_at(0).id == later  # due last: first in the newest-first table
        assert resets == [] and [r.id for r in outbox.selected_rows()] == [target]
        await b.services.live_feed.stop()

    _run(qapp, scenario())


def test_a_group_renamed_by_a_shows_in_bs_groups_list_in_place(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    groups = a.services.groups
    ids = [groups.save(GroupDraft(name=name)) for name in ("读书会1群", "读书会2群", "跑步群")]
    window = _window(b, tmp_path, qtbot)
    window.tabs.setCurrentWidget(window.groups_page)
    tab = window.groups_tab

    async def scenario() -> None:
        await _live(b)
        assert tab.model.rowCount() == 3
        assert tab.select_group(ids[1])
        untouched = {g.id: g for g in tab.model.rows() if g.id != ids[1]}
        resets = []
        tab.model.modelAboutToBeReset.connect(lambda: resets.append(1))
        lists = _counted(b.services.groups, "list")

        draft = groups.get(ids[1])
        draft.name = "读书会二群"
        await asyncio.to_thread(groups.save, draft)
        await _until(lambda: tab.model.group_at(tab.model.row_of(ids[1])).name == "读书会二群")
        assert resets == [] and lists == []
        assert all(g is untouched[g.id] for g in tab.model.rows() if g.id != ids[1])
        assert tab.current_group_id() == ids[1]  # still selected, and the form follows
        assert tab.form.draft(ids[1]).name == "读书会二群"
        await b.services.live_feed.stop()

    _run(qapp, scenario())


def test_members_a_renames_or_adds_show_in_bs_members_list_in_place(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    members = a.services.members
    ids = [members.save(MemberDraft(name=name)) for name in ("王芳", "李雷", "韩梅梅")]
    window = _window(b, tmp_path, qtbot)
    window.tabs.setCurrentWidget(window.members_page)
    tab = window.members_tab

    async def scenario() -> None:
        await _live(b)
        assert [m.id for m in tab.model._rows] == ids[::-1]  # newest first
        assert tab.select_member(ids[0])
        tab.profile.notes_edit.setPlainText("周三回访")  # B is editing 王芳's profile
        untouched = {m.id: m for m in tab.model._rows if m.id != ids[1]}
        resets = []
        tab.model.modelAboutToBeReset.connect(lambda: resets.append(1))
        pages = _counted(b.services.members, "page")

        draft = members.profile(ids[1]).draft
        draft.name = "李雷（老会员）"
        await asyncio.to_thread(members.save, draft)
        await _until(lambda: tab.model.member_at(tab.model.row_of(ids[1])).name == "李雷（老会员）")
        newcomer = await asyncio.to_thread(members.save, MemberDraft(name="新朋友"))
        await _until(lambda: tab.model.rowCount() == 4)
        assert [m.id for m in tab.model._rows] == [newcomer, ids[2], ids[1], ids[0]]
        assert resets == [] and pages == []
        assert all(m is untouched[m.id] for m in tab.model._rows if m.id in untouched)
        assert tab.current_member_id() == ids[0]  # still selected, the edit kept
        assert tab.profile.notes_edit.toPlainText() == "周三回访"
        await b.services.live_feed.stop()

    _run(qapp, scenario())


def test_the_member_b_shows_follows_a_rename_out_of_the_search_and_an_erasure(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    members = a.services.members
    ids = [members.save(MemberDraft(name=name)) for name in ("王芳", "李雷")]
    window = _window(b, tmp_path, qtbot)
    window.tabs.setCurrentWidget(window.members_page)
    tab = window.members_tab
    ui_thread_reads: list[int] = []
    original_row = b.services.members.row

    def row(member_id: int) -> object:
        if threading.current_thread() is threading.main_thread():
            ui_thread_reads.append(member_id)
        return original_row(member_id)

    async def scenario() -> None:
        await _live(b)
        tab.search_edit.setText("李")
        tab.apply_search()
        assert [m.id for m in tab.model._rows] == [ids[1]]
        assert tab.select_member(ids[1])  # B looks at 李雷, no edits
        b.services.members.row = row  # type: ignore[method-assign]
        draft = members.profile(ids[1]).draft
        draft.name = "Leo"  # no longer matches B's search: leaves the list, still exists
        await asyncio.to_thread(members.save, draft)
        await _until(lambda: tab.model.row_of(ids[1]) == -1)
        await _until(lambda: tab.profile.name_edit.text() == "Leo")
        assert tab.current_member_id() == ids[1]
        # Whether it still exists was asked with the rows, off the UI thread.
        assert ui_thread_reads == []
        await asyncio.to_thread(a.services.privacy.erase, ids[1], "Leo")
        # Erased: the profile moves on instead of showing a member who is gone.
        await _until(lambda: tab.current_member_id() != ids[1])
        await b.services.live_feed.stop()

    _run(qapp, scenario())


def test_a_todo_a_posted_leaves_bs_dock_and_the_current_one_stays(
    pair: tuple[Runtime, Runtime], tmp_path: Path, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    ids = a.services.outbox.enqueue_many(
        [
            NewDelivery(
                kind=DeliveryKind.POST,
                channel=ChannelKind.MANUAL,
                due_at=utcnow() - timedelta(minutes=10 - i),
                idempotency_key=f"todo-{i}",
                body=f"第 {i} 条：本周六下午三点，读书会见！",
                recipient=f"读书会{i}群",
            )
            for i in range(3)
        ]
    )
    with a.services.db.write() as s:  # as the dispatcher hands them to a person
        s.execute(
            update(Delivery).where(Delivery.id.in_(ids)).values(status=DeliveryStatus.MANUAL_TODO)
        )
    window = _window(b, tmp_path, qtbot)
    window.sending.attach(b.services)
    panel = window.sending.todo_panel
    assert panel is not None

    async def scenario() -> None:
        await _live(b)
        await _until(lambda: [i.id for i in panel.items()] == ids)
        panel.list.setCurrentRow(2)
        whole: list[int] = []
        original = b.services.outbox.todo_items

        def counted(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("ids") is None:
                whole.append(1)
            return original(*args, **kwargs)

        b.services.outbox.todo_items = counted  # type: ignore[method-assign]
        assert await asyncio.to_thread(a.services.outbox.mark_posted, ids[0], operator_id=None)
        await _until(lambda: [i.id for i in panel.items()] == ids[1:])
        assert whole == []  # only the changed delivery was read
        current = panel.current_item()
        assert current is not None and current.id == ids[2]
        await b.services.live_feed.stop()

    _run(qapp, scenario())
