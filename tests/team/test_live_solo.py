"""Solo workspace with a local worker process: the window hears the worker's writes through
SQLite's ``PRAGMA data_version`` and the change log (issue 18, part 2)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from desktop.config import resolve_paths
from desktop.services.live import FeedStatus, LiveFeed

from .live_helpers import PostTitles, new_post, retitle, running


def test_a_write_from_another_process_reaches_the_window(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "solo")

    async def scenario() -> None:
        async with running(paths) as window, running(paths) as worker:
            # Two runtimes on one file stand for the window and the worker process: each
            # has its own connections, which is what data_version tells apart.
            model = PostTitles(window)
            await asyncio.wait_for(_live(window.services.live_feed), 10)
            post_id = await asyncio.to_thread(new_post, worker, "本地")
            await model.until(post_id, "本地")
            for i in range(5):
                await asyncio.to_thread(retitle, worker, post_id, f"本地 {i}")
                await model.until(post_id, f"本地 {i}")
            assert all(c.ids == frozenset({post_id}) for c in model.heard if c.table == "posts")

    asyncio.run(scenario())


async def _live(feed: LiveFeed) -> None:
    while feed.status != FeedStatus.LIVE:
        await asyncio.sleep(0.01)
