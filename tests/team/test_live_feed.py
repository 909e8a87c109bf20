"""Live updates between two teammates' runtimes on one PostgreSQL (issue 18, part 2).

A's commits reach B's model through LISTEN/NOTIFY; when B's connections are cut B says so
(POLLING), keeps up from the change log and goes back to LIVE once it reconnects. Timings
are recorded for the report but only behaviour is asserted (bench/team.py measures).
"""

from __future__ import annotations

import asyncio
import statistics
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.config import ENV_DATABASE_URL
from desktop.services.live import FeedStatus
from desktop.store.db import Database

from .live_helpers import (
    PostTitles,
    cut_connections,
    new_post,
    retitle,
    running,
    teammate_paths,
    until_status,
)

CHANGES = 200


@pytest.fixture
def team_root(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_DATABASE_URL, pg_url)
    return tmp_path


def test_every_change_by_a_reaches_bs_model(team_root: Path) -> None:
    async def scenario() -> list[float]:
        async with (
            running(teammate_paths(team_root, "a")) as a,
            running(teammate_paths(team_root, "b")) as b,
        ):
            model = PostTitles(b)
            await until_status(model.statuses, FeedStatus.LIVE)
            post_id = await asyncio.to_thread(new_post, a, "第 0 版")
            await model.until(post_id, "第 0 版")
            took = []
            for i in range(1, CHANGES + 1):
                started = time.perf_counter()
                await asyncio.to_thread(retitle, a, post_id, f"第 {i} 版")
                await model.until(post_id, f"第 {i} 版")
                took.append(time.perf_counter() - started)
            mine = [
                c
                for c in model.heard
                if c.table == "posts" and c.author != b.services.live_identity.client
            ]
            assert len({c.serial for c in mine}) == CHANGES + 1  # every commit, once
            assert all(c.ids == frozenset({post_id}) for c in mine)
            return took

    took = asyncio.run(scenario())
    print(f"A→B p95 {statistics.quantiles(took, n=20)[-1] * 1000:.1f} ms over {len(took)}")


def test_b_keeps_up_while_cut_off_and_after_reconnecting(team_root: Path, pg_url: str) -> None:
    async def scenario() -> None:
        async with (
            running(teammate_paths(team_root, "a")) as a,
            running(teammate_paths(team_root, "b")) as b,
        ):
            model = PostTitles(b)
            b.services.live_feed.poll_interval = 0.2
            await until_status(model.statuses, FeedStatus.LIVE)
            post_id = await asyncio.to_thread(new_post, a, "连线")
            await model.until(post_id, "连线")

            assert await asyncio.to_thread(cut_connections, pg_url) >= 1
            await until_status(model.statuses, FeedStatus.POLLING)
            # Written while B is cut off: B still sees it (from the change log).
            await asyncio.to_thread(retitle, a, post_id, "断线时改的")
            await model.until(post_id, "断线时改的")

            await until_status(model.statuses, FeedStatus.LIVE)
            for i in range(20):
                await asyncio.to_thread(retitle, a, post_id, f"恢复后 {i}")
                await model.until(post_id, f"恢复后 {i}")
            assert model.statuses[-3:] == [FeedStatus.LIVE, FeedStatus.POLLING, FeedStatus.LIVE]

    asyncio.run(scenario())


def test_a_runtime_without_views_does_not_listen_until_one_subscribes(
    team_root: Path, pg_url: str
) -> None:
    """The worker has no views: it must not be woken by every commit of the team."""

    def listening(client: str) -> int:
        db = Database(pg_url)
        try:
            with db.engine.connect() as conn:
                return int(
                    conn.execute(
                        text("SELECT count(*) FROM pg_stat_activity WHERE application_name = :n"),
                        {"n": f"shequn live {client}"[:63]},
                    ).scalar_one()
                )
        finally:
            db.dispose()

    async def scenario() -> None:
        async with (
            running(teammate_paths(team_root, "worker")) as worker,
            running(teammate_paths(team_root, "b")) as b,
        ):
            feed = worker.services.live_feed
            model = PostTitles(b)
            await until_status(model.statuses, FeedStatus.LIVE)
            post_id = await asyncio.to_thread(new_post, worker, "工作进程写的")
            await model.until(post_id, "工作进程写的")
            assert feed.status == FeedStatus.STOPPED
            assert await asyncio.to_thread(listening, worker.services.live_identity.client) == 0

            late = PostTitles(worker)  # a view after all: the feed starts listening
            await until_status(late.statuses, FeedStatus.LIVE)
            assert await asyncio.to_thread(listening, worker.services.live_identity.client) == 1
            await asyncio.to_thread(retitle, b, post_id, "乙改的")
            await late.until(post_id, "乙改的")

    asyncio.run(scenario())
