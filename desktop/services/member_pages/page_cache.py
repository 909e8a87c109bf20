"""The rendered center pages kept in memory, so a burst of opens costs one database read.

A page is kept for about the configured time (spread so pages cached together do not all
expire together). The first opener loads it and whoever asks meanwhile waits for that same
load; a stale page is answered at once and refreshed behind, so an expiry never makes a
member wait. A member's own changes drop their pages at once (``forget``).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

# (link token, language variant): a page differs by who it is for and in which language.
PageKey = tuple[str, str]
MAX_PAGES = 10_000  # past this the cache starts over rather than grow without bound


class PageCache:
    def __init__(self, ttl: float, gone: type[Exception]) -> None:
        self.ttl = ttl
        # A load failing with ``gone`` in a background refresh means the member is no
        # longer there: the page is dropped, not logged as a fault.
        self._gone = gone
        self._pages: dict[PageKey, tuple[float, int, bytes]] = {}
        self._loading: dict[PageKey, asyncio.Future[bytes]] = {}
        self._refreshing: set[asyncio.Task[None]] = set()
        self._refresh_slots = asyncio.Semaphore(1)

    def forget(self, member_id: int) -> None:
        """Drop the member's pages (called on the loop after every change made there)."""
        for key in [k for k, v in self._pages.items() if v[1] == member_id]:
            self._pages.pop(key, None)

    async def get(
        self, key: PageKey, member_id: int, load: Callable[[], Awaitable[bytes]]
    ) -> bytes:
        hit = self._pages.get(key)
        if hit is None:
            return await self._load(key, member_id, load)
        if hit[0] <= time.monotonic() and key not in self._loading:
            task = asyncio.create_task(self._refresh(key, member_id, load))
            self._refreshing.add(task)
            task.add_done_callback(self._refreshing.discard)
        return hit[2]

    async def _refresh(
        self, key: PageKey, member_id: int, load: Callable[[], Awaitable[bytes]]
    ) -> None:
        async with self._refresh_slots:  # a few at a time: pages in use stay quick
            try:
                await self._load(key, member_id, load)
            except self._gone:
                self._pages.pop(key, None)  # erased meanwhile: nothing more to show
            except Exception:
                log.exception("refreshing a member's center failed")

    async def _load(
        self, key: PageKey, member_id: int, load: Callable[[], Awaitable[bytes]]
    ) -> bytes:
        """The page, loaded once however many ask at the same moment, and kept."""
        loading = self._loading.get(key)
        if loading is not None:
            return await asyncio.shield(loading)
        future: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        self._loading[key] = future
        try:
            body = await load()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: waiters re-raise it, nobody logs it as lost
            raise
        finally:
            self._loading.pop(key, None)
        future.set_result(body)
        if len(self._pages) > MAX_PAGES:
            self._pages.clear()
        ttl = self.ttl * random.uniform(0.75, 1.25)
        self._pages[key] = (time.monotonic() + ttl, member_id, body)
        return body
