"""The one runtime the window and the worker share: every loop starts and stops, and the
loops' news reaches the window on its own thread."""

from __future__ import annotations

import asyncio
import threading

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from desktop.config import Paths
from desktop.services.container import Services
from desktop.services.live import FeedStatus
from desktop.services.runtime import Runtime
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings


def test_every_loop_is_named_once_and_starts_and_stops(services: Services) -> None:
    runtime = Runtime(services)
    assert [loop.name for loop in runtime.loops] == [
        "dispatcher",
        "imap",
        "matrix",
        "welcome",
        "janitor",
        "wecom",
        "live",
        "alerts",
    ]

    async def go() -> tuple[bool, ...]:
        await runtime.start_all()
        for _ in range(500):  # the janitor's first pass runs at start, not an hour later
            if services.janitor.passes:
                break
            await asyncio.sleep(0.01)
        running = (
            services.dispatcher.state.running,
            services.inbox_poller.state.running,
            services.matrix_syncer.state.running,
            services.welcome_runner.running,
            services.janitor.running,
            services.wecom_loop.running,
            services.live_feed.status == FeedStatus.LIVE,
        )
        await runtime.stop_all()
        return running

    assert asyncio.run(go()) == (True,) * 7
    assert services.janitor.passes >= 1
    assert not services.dispatcher.state.running
    assert not services.inbox_poller.state.running and not services.matrix_syncer.state.running
    assert not services.welcome_runner.running and not services.janitor.running
    assert not services.wecom_loop.running
    assert services.live_feed.status == FeedStatus.STOPPED


def test_stop_before_start_leaves_nothing_running(services: Services) -> None:
    runtime = Runtime(services)

    async def go() -> None:
        await runtime.stop_all()
        await runtime.start_all()  # too late: the window closed while the workspace opened

    asyncio.run(go())
    assert not services.janitor.running and not services.welcome_runner.running


def test_news_from_a_loop_thread_reaches_the_window_on_its_thread(
    paths: Paths, services: Services, qtbot: QtBot
) -> None:
    window = MainWindow(services, UiSettings(paths.ui_settings_file))
    qtbot.addWidget(window)
    seen: list[tuple[str, bool]] = []
    main = QThread.currentThread()
    window.messages_arrived.connect(
        lambda: seen.append(("messages", QThread.currentThread() == main))
    )
    window.members_changed.connect(
        lambda: seen.append(("members", QThread.currentThread() == main))
    )

    def loop_thread() -> None:
        services.events.messages_arrived.emit(3)
        services.events.members_changed.emit()

    t = threading.Thread(target=loop_thread)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert sorted(seen) == [("members", True), ("messages", True)]
    window.close()
    window.deleteLater()
