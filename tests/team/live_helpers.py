"""Two app runtimes on one team database, as two teammates' windows run them (headless).

``PostTitles`` is the view under test on B's side: a model of post titles kept fresh by the
live feed through a ``Refresher``, exactly as a window's view is.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select, text

from desktop.config import Paths, resolve_paths
from desktop.services.calendar import PostDraft
from desktop.services.live import CarriedRows, Change, FeedStatus, Ids, Refresher
from desktop.services.runtime import Runtime
from desktop.store.db import Database
from desktop.store.models import Post

T = TypeVar("T")


class PostTitles:
    """B's model: post id → title, refreshed from the feed (only the changed rows).

    It names the columns it shows, so a change is applied from its payload when it carries
    them, else read by key on the feed's connection; ``columns`` may ask for more than the
    payload carries (``body``), which makes every refresh read."""

    def __init__(self, runtime: Runtime, columns: tuple[str, ...] = ("title",)) -> None:
        self.db = runtime.services.db
        self.titles: dict[int, str] = {}
        self.changed = asyncio.Event()
        self.heard: list[Change] = []
        self.statuses: list[FeedStatus] = []
        feed = runtime.services.live_feed
        self.refresher = Refresher(
            ["posts"],
            self.load,
            self.apply,
            primary="posts",
            columns=columns,
            from_rows=self.from_rows,
            reader=feed.reader,
        )
        self._unsubscribe = [
            feed.changes.subscribe(self.refresher),
            feed.changes.subscribe(self.heard.append),
            feed.status_changed.subscribe(self.statuses.append),
        ]

    def close(self) -> None:
        """Stop listening (the view was closed)."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()

    def load(self, ids: Ids) -> dict[int, str]:
        with self.db.read() as s:
            stmt = select(Post.id, Post.title)
            if ids is not None:
                stmt = stmt.where(Post.id.in_(ids))
            return {i: t for i, t in s.execute(stmt)}

    @staticmethod
    def from_rows(rows: CarriedRows) -> dict[int, str]:
        return {i: row["title"] for i, row in rows.items()}

    def apply(self, rows: dict[int, str]) -> None:
        self.titles.update(rows)
        self.changed.set()

    async def until(self, post_id: int, title: str, timeout: float = 10) -> None:
        async def wait() -> None:
            while self.titles.get(post_id) != title:
                self.changed.clear()
                await self.changed.wait()

        await asyncio.wait_for(wait(), timeout)


def teammate_paths(root: Path, name: str) -> Paths:
    return resolve_paths(root / name)


@asynccontextmanager
async def running(paths: Paths) -> AsyncIterator[Runtime]:
    """A runtime with every loop started, as the window starts it; stopped on exit."""
    runtime = await asyncio.to_thread(Runtime.open, paths)
    await runtime.start_all()
    try:
        yield runtime
    finally:
        await runtime.stop_all()
        runtime.close()


async def until_status(feed_statuses: list[FeedStatus], wanted: FeedStatus) -> None:
    async def wait() -> None:
        while not feed_statuses or feed_statuses[-1] != wanted:
            await asyncio.sleep(0.01)

    await asyncio.wait_for(wait(), 15)


def cut_connections(url: str) -> int:
    """Terminate every other backend on the database (the feed's LISTEN included)."""
    db = Database(url)
    try:
        with db.engine.connect() as conn:
            n = conn.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    " WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalar_one()
            conn.commit()
        return int(n)
    finally:
        db.dispose()


def retitle(runtime: Runtime, post_id: int, title: str) -> None:
    """A's edit through the same service the post dialog uses."""
    calendar = runtime.services.calendar
    draft = calendar.get(post_id)
    draft.title = title
    calendar.save(draft)


def new_post(runtime: Runtime, title: str) -> int:
    return runtime.services.calendar.save(PostDraft(title=title))


def at_once(*saves: Callable[[], T]) -> list[T | Exception]:
    """Run the calls on threads released together, as teammates pressing Save at the same
    moment; in order, what each returned or the exception it raised."""
    start = threading.Barrier(len(saves))
    results: list[T | Exception] = [RuntimeError("did not finish")] * len(saves)

    def run(i: int, save: Callable[[], T]) -> None:
        start.wait()
        try:
            results[i] = save()
        except Exception as exc:  # the caller's assertion shows it
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, s)) for i, s in enumerate(saves)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    return results
