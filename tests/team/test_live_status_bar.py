"""The status bar says when live updates are interrupted (issue 18): B's window, its feed
cut off from PostgreSQL, shows the warning while it reads the change log every second —
and still shows what A commits meanwhile — and drops it once the feed listens again."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services.groups import GroupDraft
from desktop.services.live import FeedStatus
from desktop.services.runtime import Runtime

from .live_helpers import cut_connections
from .test_live_views import _live, _run, _until, _window, pair

__all__ = ["pair"]  # the fixture


def test_the_status_bar_says_live_updates_are_interrupted_until_they_are_back(
    pair: tuple[Runtime, Runtime], tmp_path: Path, pg_url: str, qtbot: QtBot, qapp: QApplication
) -> None:
    a, b = pair
    group = a.services.groups.save(GroupDraft(name="读书会1群"))
    window = _window(b, tmp_path, qtbot)
    window.tabs.setCurrentWidget(window.groups_page)
    label = window.status_labels.live_label
    tab = window.groups_tab
    feed = b.services.live_feed
    feed.poll_interval = 0.2

    async def scenario() -> None:
        await _live(b)
        assert label.isHidden()

        assert await asyncio.to_thread(cut_connections, pg_url) >= 1
        await _until(lambda: feed.status == FeedStatus.POLLING)
        await _until(lambda: not label.isHidden())
        assert "Live updates interrupted" in label.text()

        draft = a.services.groups.get(group)
        draft.name = "读书会一群"  # committed while B's feed is cut off: read from the log
        await asyncio.to_thread(a.services.groups.save, draft)
        await _until(lambda: tab.model.group_at(tab.model.row_of(group)).name == "读书会一群")

        await _until(lambda: feed.status == FeedStatus.LIVE)
        await _until(label.isHidden)
        await feed.stop()

    _run(qapp, scenario())
