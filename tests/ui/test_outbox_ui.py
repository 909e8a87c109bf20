"""The outbox window, the "to post now" panel and the worker status, on real services and
a real SMTP server; and the whole window sending while its UI keeps running."""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.config import Paths
from desktop.domain.enums import AttachmentKind, ChannelKind, DeliveryKind, DeliveryStatus
from desktop.services.container import Services
from desktop.services.sending.dispatcher import Dispatcher
from desktop.services.sending.outbox import NewDelivery
from desktop.store.models import Member, MemberContact, Operator, Post, PostAttachment
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox.labels import reason_text
from desktop.ui.outbox.model import COLUMNS
from desktop.ui.outbox.todo_panel import ManualTodoPanel, TodoNotifier
from desktop.ui.outbox.window import OutboxWindow
from desktop.ui.outbox.worker_status import DispatcherBridge, WorkerStatus
from desktop.ui.ui_settings import UiSettings
from tests.sending.conftest import (  # noqa: F401  (fixtures)
    MemoryKeyring,
    SmtpServer,
    memory_keyring,
    smtp_server,
)
from tests.sending.helpers import add_account, fast_config, run_dispatcher

NOW = datetime.now(UTC)


def _mail(key: str, to: str, *, due: datetime | None = None, subject: str = "周报") -> NewDelivery:
    return NewDelivery(
        kind=DeliveryKind.DM,
        channel=ChannelKind.EMAIL,
        due_at=due or datetime.now(UTC) - timedelta(seconds=1),
        idempotency_key=key,
        subject=subject,
        body="你好，本周活动在北京朝阳。",
        recipient=to,
    )


def _reason_of(window: OutboxWindow, row: int) -> str:
    return str(window.model.index(row, COLUMNS.index("reason")).data())


def _open(services: Services, qtbot: QtBot) -> OutboxWindow:
    window = OutboxWindow(services.outbox)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.model.loading and not window.calls.busy)
    return window


def _select(window: OutboxWindow, *ids: int) -> None:
    window.select_ids(ids)
    assert {r.id for r in window.selected_rows()} == set(ids)


def test_failed_delivery_shows_the_server_reason_and_retry_requeues_it(
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    server = smtp_server()
    server.handler.reject["nobody@example.net"] = "550 5.1.1 <nobody@example.net>: no such user"
    add_account(services.db, services.secrets, server.port)
    bad = services.outbox.enqueue(_mail("bad", "nobody@example.net"))
    good = services.outbox.enqueue(_mail("good", "m1@example.net"))
    run_dispatcher(services.db, services.secrets, config=fast_config())
    assert services.outbox.get(bad).status == DeliveryStatus.FAILED  # type: ignore[union-attr]

    window = _open(services, qtbot)
    assert window.model.rowCount() == 2
    row = window.model.row_of(bad)
    assert window.model.index(row, COLUMNS.index("status")).data() == "Failed"
    assert "550 5.1.1 <nobody@example.net>: no such user" in _reason_of(window, row)
    sent_row = window.model.row_of(good)
    assert window.model.index(sent_row, COLUMNS.index("status")).data() == "Sent"
    qtbot.waitUntil(lambda: "1 failed" in window.counts_label.text())

    _select(window, bad)
    assert "no such user" in window.details.toPlainText()
    assert window.retry_button.isEnabled() and not window.send_now_button.isEnabled()
    window.retry_button.click()
    qtbot.waitUntil(lambda: "queued again" in window.feedback.text())
    fresh = services.outbox.get(bad)
    assert fresh is not None and fresh.status == DeliveryStatus.PENDING and fresh.attempts == 0
    qtbot.waitUntil(
        lambda: window.model.row_at(window.model.row_of(bad)).status == DeliveryStatus.PENDING
    )
    # The selection survives the refresh, so the next action applies to the same row.
    assert [r.id for r in window.selected_rows()] == [bad]


def test_cancel_and_send_now_on_the_selection(services: Services, qtbot: QtBot) -> None:
    later = NOW + timedelta(days=2)
    a = services.outbox.enqueue(_mail("a", "a@example.net", due=later))
    b = services.outbox.enqueue(_mail("b", "b@example.net", due=later))
    window = _open(services, qtbot)

    _select(window, a)
    window.cancel_button.click()
    qtbot.waitUntil(lambda: "1 delivery(ies) cancelled." in window.feedback.text())
    row = services.outbox.get(a)
    assert row is not None and row.status == DeliveryStatus.CANCELLED
    assert reason_text(row.status_reason) == "cancelled by an operator"

    _select(window, b)
    window.send_now_button.click()
    qtbot.waitUntil(lambda: "will be sent now" in window.feedback.text())
    row_b = services.outbox.get(b)
    assert row_b is not None and row_b.next_attempt_at is not None
    assert row_b.next_attempt_at <= datetime.now(UTC)


def test_filters_and_lazy_paging(services: Services, qtbot: QtBot) -> None:
    later = NOW + timedelta(days=1)
    services.outbox.enqueue_many(
        [_mail(f"k{i}", f"m{i}@example.net", due=later + timedelta(minutes=i)) for i in range(450)]
    )
    services.outbox.enqueue(_mail("special", "vip@example.org", due=later, subject="VIP 邀请"))
    services.outbox.cancel([1, 2, 3])
    window = _open(services, qtbot)
    assert window.model.rowCount() == 200  # one page, not the whole table
    assert window.model.canFetchMore()
    window.model.fetchMore()
    qtbot.waitUntil(lambda: window.model.rowCount() == 400)
    window.model.fetchMore()
    qtbot.waitUntil(lambda: window.model.rowCount() == 451)
    assert not window.model.canFetchMore()

    window.status_filter.setCurrentIndex(window.status_filter.findData(DeliveryStatus.CANCELLED))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)
    window.status_filter.setCurrentIndex(0)
    window.channel_filter.setCurrentIndex(window.channel_filter.findData(ChannelKind.MANUAL))
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == 0)
    window.channel_filter.setCurrentIndex(0)
    window.search.setText("vip@")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.row_at(0).recipient == "vip@example.org"


def test_reason_codes_read_as_words() -> None:
    assert reason_text("skipped — unsubscribed: email") == "skipped: unsubscribed (email)"
    text = reason_text("postponed — quiet_hours (22:00–08:00) until 2030-01-01 00:00Z")
    assert text.startswith("postponed until ") and text.endswith("quiet hours (22:00–08:00)")
    assert reason_text("skipped — too_late") == "skipped: too late to send"
    assert reason_text("waiting: no enabled email account") == "waiting: no enabled Email account"
    assert reason_text("something new") == "something new"


def _manual_todo(services: Services, image: Path | None, tmp_path: Path) -> int:
    with services.db.write() as s:
        post = Post(title="周末读书会", body="本周六下午三点，读书会见！")
        s.add(post)
        s.flush()
        if image is not None:
            s.add(PostAttachment(post_id=post.id, kind=AttachmentKind.IMAGE, uri=str(image)))
        s.add(Operator(name="小王"))
        post_id = post.id
    did = services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.POST,
            channel=ChannelKind.MANUAL,
            due_at=datetime.now(UTC) - timedelta(seconds=1),
            idempotency_key="manual-1",
            body="本周六下午三点，读书会见！\n地点：三楼咖啡区",
            recipient="读书会1群",
            post_id=post_id,
        )
    )
    run_dispatcher(services.db, services.secrets, config=fast_config())
    row = services.outbox.get(did)
    assert row is not None and row.status == DeliveryStatus.MANUAL_TODO
    return did


def test_todo_panel_copies_text_and_image_and_records_who_posted(
    services: Services, qtbot: QtBot, tmp_path: Path
) -> None:
    image = tmp_path / "poster.png"
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("#D55E00"))
    assert picture.save(str(image))
    did = _manual_todo(services, image, tmp_path)

    host = QMainWindow()
    qtbot.addWidget(host)
    notifier = TodoNotifier(host.statusBar(), host.windowIcon(), host)
    panel = ManualTodoPanel(services.outbox, host)
    panel.todos_arrived.connect(notifier.notify)
    host.setCentralWidget(panel)
    host.show()
    qtbot.waitUntil(lambda: len(panel.items()) == 1)
    qtbot.waitUntil(lambda: panel.operator.currentText() == "小王")
    assert "读书会1群" in host.statusBar().currentMessage()  # no tray offscreen

    panel.copy_button.click()
    clip = QGuiApplication.clipboard().mimeData()
    assert clip.text() == "本周六下午三点，读书会见！\n地点：三楼咖啡区"
    assert clip.hasImage() and clip.urls()[0].toLocalFile() == str(image)

    before = datetime.now(UTC)
    panel.posted_button.click()
    qtbot.waitUntil(lambda: not panel.items())
    row = services.outbox.get(did)
    assert row is not None and row.status == DeliveryStatus.SENT
    with services.db.read() as s:
        operator_id = s.query(Operator.id).filter(Operator.name == "小王").scalar()
    assert row.done_by == operator_id
    assert row.sent_at is not None and before - timedelta(seconds=1) <= row.sent_at
    assert "小王" in panel.feedback.text()
    # Offscreen Qt crashes at exit if the clipboard still owns image data then.
    QGuiApplication.clipboard().clear()


def _run(qapp: QApplication, coro: Coroutine[Any, Any, None]) -> None:
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        runner.run(coro)


async def _until(condition: Callable[[], bool], timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.02)


def test_worker_status_follows_the_dispatcher(
    services: Services, qtbot: QtBot, qapp: QApplication
) -> None:
    for i in range(3):
        services.outbox.enqueue(_mail(f"due{i}", f"d{i}@example.net"))
    dispatcher = Dispatcher(services.db, services.secrets, config=fast_config())
    status = WorkerStatus()
    qtbot.addWidget(status)
    status.attach(DispatcherBridge(dispatcher, status))
    assert status.text == "Sending: stopped"

    async def scenario() -> None:
        status.act_pause.trigger()  # the menu's "Pause sending"
        assert dispatcher.state.paused
        dispatcher.start()
        await _until(lambda: "3 due" in status.text)
        assert status.text.startswith("Sending: paused")
        status.act_pause.trigger()
        # Resumed: with no email account the deliveries wait, and the worker says why not
        # (never "running", as if they were leaving).
        await _until(lambda: status.text.startswith("Sending: 3 waiting for a mail account"))
        assert "running" not in status.text
        await dispatcher.stop()
        await _until(lambda: status.text.startswith("Sending: stopped"))

    _run(qapp, scenario())


def test_main_window_sends_through_the_dispatcher_while_the_ui_keeps_running(
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
    services: Services,
    paths: Paths,
    qtbot: QtBot,
    qapp: QApplication,
) -> None:
    server = smtp_server(auth=("club", "s3cret"))
    add_account(services.db, services.secrets, server.port, "club", "s3cret")
    did = services.outbox.enqueue(_mail("e2e", "reader@example.net"))
    # A batch big enough that a UI blocked by sending would visibly stall.
    services.outbox.enqueue_many([_mail(f"bulk{i}", f"b{i}@example.net") for i in range(150)])
    window = MainWindow(services, UiSettings(paths.ui_settings_file))
    qtbot.addWidget(window)
    window.show()
    ticks: list[float] = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))

    async def scenario() -> None:
        timer.start()
        services.dispatcher.start()
        await _until(lambda: server.handler.count() == 151, timeout=30)
        outbox = window.sending.open_outbox()
        assert outbox is not None
        await _until(lambda: outbox.model.row_of(did) >= 0)
        await _until(
            lambda: outbox.model.row_at(outbox.model.row_of(did)).status == DeliveryStatus.SENT
        )
        assert window.worker_status.text.startswith("Sending: running")
        await services.dispatcher.stop()
        timer.stop()

    started = time.monotonic()
    _run(qapp, scenario())
    assert ["reader@example.net"] in [m.rcpt_tos for m in server.handler.received]
    # The UI thread kept turning while the mail went out. The bound is loose on purpose
    # (a loaded 2-core CI machine stalls for a few hundred ms); sending 151 mails on the
    # UI thread would freeze it far longer.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) >= 5 and max(gaps) < 2.0, (len(ticks), max(gaps or [0]))
    assert time.monotonic() - started < 30


def test_rows_name_the_member_and_times_are_the_workspaces(
    demo_services: Services, qtbot: QtBot
) -> None:
    with demo_services.db.write() as s:
        member, erased = s.scalars(select(Member).order_by(Member.id).limit(2))
        address = s.scalar(
            select(MemberContact.address)
            .where(MemberContact.member_id == member.id, MemberContact.channel == "email")
            .order_by(MemberContact.id)
        )
        erased.erased_at = datetime.now(UTC)
        ids = (member.id, erased.id)
        name = member.display_name
    at = datetime(2026, 1, 5, 14, 43, tzinfo=UTC)  # 22:43 in Asia/Shanghai
    for n, mid in enumerate(ids):
        demo_services.outbox.enqueue(
            NewDelivery(
                kind=DeliveryKind.DM,
                channel=ChannelKind.EMAIL,
                due_at=at,
                idempotency_key=f"named{n}",
                body="你好",
                member_id=mid,
            )
        )
    before = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    try:
        window = OutboxWindow(demo_services.outbox)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.model.rowCount() >= 2 and window.tz is not None)
        rows = {r.member_id: i for i, r in enumerate(window.model.rows())}
        col = COLUMNS.index("recipient")
        named = window.model.index(rows[ids[0]], col)
        assert named.data() == name
        assert named.data(Qt.ItemDataRole.ToolTipRole) == address
        assert window.model.index(rows[ids[1]], col).data() == "Erased member"
        assert "Member #" not in named.data()
        when = window.model.index(rows[ids[0]], COLUMNS.index("due")).data()
        assert when == "2026-01-05 22:43"
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


def test_an_empty_outbox_says_what_belongs_there(services: Services, qtbot: QtBot) -> None:
    window = OutboxWindow(services.outbox)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.empty_label.isHidden())
    assert "outbox is empty" in window.empty_label.text()
