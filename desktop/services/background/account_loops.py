"""One background loop per channel account, on the app's asyncio loop (the IMAP poller and
the Matrix syncer): start, stop, a single database thread, an interruptible sleep, and the
state the status bar shows.

Database work goes through ``_db`` on one executor thread, so the Qt loop never waits on
SQLite and one reader/writer at a time comes from these loops.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

T = TypeVar("T")
A = TypeVar("A")


@dataclass(frozen=True)
class LoopState:
    running: bool = False
    received: int = 0  # messages brought in this session
    last_error: str | None = None


class AccountLoops(Generic[A]):
    task_prefix = "account"
    # True when a loop may sit in a long network wait that does not watch ``_stop``
    # (a Matrix long-poll): stopping cancels it instead of waiting for it to notice.
    cancel_on_stop = False

    def __init__(
        self,
        *,
        on_new: Callable[[int], None] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.on_new = on_new  # messages arrived (e.g. refresh the inbox)
        self._rand = rand
        self._stop = asyncio.Event()
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._executor: ThreadPoolExecutor | None = None
        self.state = LoopState()
        self.last_success_at: datetime | None = None  # any account's last good sync

    # -- what a subclass says ----------------------------------------------------------------
    def _accounts(self) -> list[A]:
        """The accounts to run a loop for (called on the database thread)."""
        raise NotImplementedError

    def _key(self, account: A) -> int:
        raise NotImplementedError

    async def _run_account(self, account: A) -> None:
        raise NotImplementedError

    # -- shared ------------------------------------------------------------------------------
    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix=f"shequn-{self.task_prefix}"
            )
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def start(self) -> None:
        """Loops for the accounts that have none yet (so calling it again picks up new ones)."""
        self._stop = asyncio.Event()
        for account in await self._db(self._accounts):
            key = self._key(account)
            if key not in self._tasks:
                self._tasks[key] = asyncio.get_running_loop().create_task(
                    self._run_account(account), name=f"{self.task_prefix}-{key}"
                )
        self.state = LoopState(True, self.state.received, self.state.last_error)

    async def stop(self) -> None:
        self._stop.set()
        tasks, self._tasks = list(self._tasks.values()), {}
        for t in tasks:
            if self.cancel_on_stop:
                t.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(t, timeout=10)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.state = LoopState(False, self.state.received, self.state.last_error)

    @property
    def account_count(self) -> int:
        return len(self._tasks)

    def _arrived(self, n: int) -> None:
        self.last_success_at = datetime.now(UTC)
        if n:
            self.state = LoopState(True, self.state.received + n, None)
            if self.on_new is not None:
                self.on_new(n)

    def _failed(self, reason: str) -> None:
        self.state = LoopState(True, self.state.received, reason)

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
