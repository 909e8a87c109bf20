"""A service that runs a blocking pass (``run_once``) again and again on a worker thread:
at start, after ``wake()``, and every ``interval`` seconds. The loop thread never blocks;
a failed pass is logged and kept in ``last_error`` and the next pass runs as usual."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)


class BackgroundPass:
    name = "background"  # task and thread name, for logs and debuggers

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self.last_error: str | None = None
        self.last_success_at: datetime | None = None  # for the worker's health check
        self._executor: ThreadPoolExecutor | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False

    def run_once(self) -> Any:
        raise NotImplementedError

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name=self.name)
        return self._task

    def wake(self) -> None:
        """Run a pass soon; safe from any thread."""
        loop, ev = self._loop, self._wake
        if loop is not None and ev is not None and not loop.is_closed():
            loop.call_soon_threadsafe(ev.set)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"shequn-{self.name}")
        while not self._stopping:
            try:
                await self._loop.run_in_executor(self._executor, self.run_once)
                self.last_error = None
                self.last_success_at = datetime.now(UTC)
            except Exception as exc:  # keep running; the error is kept for display
                log.exception("%s pass failed", self.name)
                self.last_error = f"{type(exc).__name__}: {exc}"[:300]
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()

    async def stop(self) -> None:
        self._stopping = True
        self.wake()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
        self._stopping = False
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
