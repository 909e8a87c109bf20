"""What a change carries on PostgreSQL, and how B's view gets its rows (issue 18, speed).

A change carries the rows its transaction wrote, exactly as committed; rows it did not
write itself (a WHERE that matched nothing, a savepoint), a payload over the cap and a
column too long to travel are read instead — by key on the feed's own connection, which
is opened again after the connections were cut.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.config import ENV_DATABASE_URL
from desktop.services.live import Change, FeedStatus
from desktop.services.live.rows import shape_of
from desktop.services.runtime import Runtime
from desktop.store.models import Post, WelcomeJourney

from .live_helpers import (
    PostTitles,
    cut_connections,
    new_post,
    retitle,
    running,
    teammate_paths,
    until_status,
)


@pytest.fixture
def team_root(tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_DATABASE_URL, pg_url)
    return tmp_path


async def _until(check: Callable[[], bool]) -> None:
    async def wait() -> None:
        while not check():
            await asyncio.sleep(0.01)

    await asyncio.wait_for(wait(), 10)


def _last(model: PostTitles, table: str = "posts") -> Change:
    return [c for c in model.heard if c.table == table][-1]


def _write(runtime: Runtime, change: Callable[[Session], object]) -> None:
    with runtime.services.db.write() as s:
        change(s)


def test_a_change_carries_what_was_committed_and_b_applies_it_without_reading(
    team_root: Path,
) -> None:
    async def scenario() -> None:
        async with (
            running(teammate_paths(team_root, "a")) as a,
            running(teammate_paths(team_root, "b")) as b,
        ):
            model = PostTitles(b)
            await until_status(model.statuses, FeedStatus.LIVE)
            post_id = await asyncio.to_thread(new_post, a, "初稿")
            await model.until(post_id, "初稿")
            await asyncio.to_thread(retitle, a, post_id, "定稿")
            await model.until(post_id, "定稿")
            counts = model.refresher.counts
            assert counts["carried"] >= 1 and counts["load"] == 0

            # What travelled is what a read of the committed row returns, every carried
            # column and type: integers, strings, UTC times (set and unset), dates, booleans.
            def plan(s: Session) -> None:
                post = s.get(Post, post_id)
                assert post is not None
                post.scheduled_at = datetime(2026, 12, 7, 1, 30, 15, 250000, tzinfo=UTC)
                post.recurrence_until = date(2027, 1, 31)
                s.add(WelcomeJourney(name="新人旅程", active=False))

            before = len(model.heard)
            await asyncio.to_thread(_write, a, plan)
            await _until(
                lambda: {c.table for c in model.heard[before:]} >= {"posts", "welcome_journeys"}
            )
            for table in ("posts", "welcome_journeys"):
                heard = _last(model, table)
                assert heard.ids is not None
                shape = shape_of(table)
                assert shape is not None
                names = [c.name for c in shape.carried]
                with b.services.db.read() as s:
                    read = {
                        row[0]: dict(row._mapping)
                        for row in s.execute(select(*shape.carried).where(shape.key.in_(heard.ids)))
                    }
                assert heard.carried(names) == read
            journey = _last(model, "welcome_journeys")
            assert journey.carried(["active"]) == {next(iter(journey.ids or ())): {"active": False}}

            # A WHERE that matched nothing (a stale version) names the row but did not
            # write it: nothing is carried, B reads the row as it is.
            reads = counts["read"]
            await asyncio.to_thread(
                _write,
                a,
                lambda s: s.execute(
                    update(Post)
                    .where(Post.id == post_id, Post.version == 999)
                    .values(title="从未写入")
                ),
            )
            await _until(lambda: counts["read"] == reads + 1)
            assert _last(model).rows == ()
            assert model.titles[post_id] == "定稿"

            # A row written in a savepoint is not carried either (still correct: read).
            def in_savepoint(s: Session) -> None:
                with s.begin_nested():
                    row = s.get(Post, post_id)
                    assert row is not None
                    row.title = "保存点里改的"

            await asyncio.to_thread(_write, a, in_savepoint)
            await model.until(post_id, "保存点里改的")
            assert counts["read"] == reads + 2

    asyncio.run(scenario())


def test_a_payload_over_the_cap_and_a_long_column_are_read(team_root: Path) -> None:
    async def scenario() -> None:
        async with (
            running(teammate_paths(team_root, "a")) as a,
            running(teammate_paths(team_root, "b")) as b,
        ):
            model = PostTitles(b)
            await until_status(model.statuses, FeedStatus.LIVE)
            ids = [await asyncio.to_thread(new_post, a, f"帖子 {i}") for i in range(20)]
            await model.until(ids[-1], "帖子 19")

            # 20 titles of 190 characters: far over PostgreSQL's 8000-byte payload cap.
            def retitle_all(s: Session) -> None:
                for post in s.scalars(select(Post).where(Post.id.in_(ids))):
                    post.title = f"{post.id:>4}" + "长" * 190

            reads = model.refresher.counts["read"]
            await asyncio.to_thread(_write, a, retitle_all)
            await _until(lambda: all(model.titles[i].endswith("长") for i in ids))
            heard = _last(model)
            assert heard.ids == frozenset(ids) and heard.rows is None
            assert model.refresher.counts["read"] == reads + 1

            # A view showing the body (Text, never carried) reads every refresh by key.
            bodies = PostTitles(b, columns=("title", "body"))
            await asyncio.to_thread(retitle, a, ids[0], "要读的")
            await bodies.until(ids[0], "要读的")
            assert bodies.refresher.counts == {"carried": 0, "read": 1, "load": 0}

            # The keyed read gives what a read through the models gives, for any column.
            reader = b.services.live_feed.reader
            assert reader is not None
            table = Post.__table__
            names = [c.name for c in table.columns]
            keyed = await reader.rows("posts", ids[:3], names)
            with b.services.db.read() as s:
                read = {
                    row[0]: dict(row._mapping)
                    for row in s.execute(select(*table.columns).where(table.c.id.in_(ids[:3])))
                }
            assert keyed == read and keyed[ids[0]]["body"] == ""

    asyncio.run(scenario())


def test_the_keyed_read_survives_cut_connections(team_root: Path, pg_url: str) -> None:
    async def scenario() -> None:
        async with (
            running(teammate_paths(team_root, "a")) as a,
            running(teammate_paths(team_root, "b")) as b,
        ):
            model = PostTitles(b, columns=("title", "body"))  # every refresh reads
            b.services.live_feed.poll_interval = 0.2
            await until_status(model.statuses, FeedStatus.LIVE)
            post_id = await asyncio.to_thread(new_post, a, "连线")
            await model.until(post_id, "连线")
            assert model.refresher.counts["read"] == 1

            assert await asyncio.to_thread(cut_connections, pg_url) >= 1
            await until_status(model.statuses, FeedStatus.POLLING)
            # The reader's connection died with the others: the view's load refreshes it.
            await asyncio.to_thread(retitle, a, post_id, "断线时改的")
            await model.until(post_id, "断线时改的")

            await until_status(model.statuses, FeedStatus.LIVE)
            await asyncio.to_thread(retitle, a, post_id, "恢复后")
            await model.until(post_id, "恢复后")
            # ... and the next refresh reads by key again, on a new connection.
            assert model.refresher.counts["load"] == 1
            assert model.refresher.counts["read"] == 2

    asyncio.run(scenario())
