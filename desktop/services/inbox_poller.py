"""The IMAP poller (D1): keeps every IMAP-enabled email account's inbox read.

Runs on the app's asyncio loop: per account it signs in, reads what is new through
``InboxIngest.sync_mailbox``, then waits with IDLE (or polls), and backs off on errors with
the reason visible in ``ImapFolderState``. Database work runs on one executor thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, TypeVar

from desktop.channels.imap import ImapAuthError, ImapError, ImapMailbox
from desktop.domain.backoff import RetryPolicy, backoff_delay
from desktop.services.inbox_ingest import ImapAccount, ImapStatus, InboxIngest

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class PollerState:
    running: bool = False
    received: int = 0  # this session
    last_error: str | None = None


class InboxPoller:
    """Keeps every IMAP-enabled email account's inbox read; ``on_new`` after new mail."""

    def __init__(
        self,
        ingest: InboxIngest,
        *,
        retry: RetryPolicy | None = None,
        on_new: Callable[[int], None] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.ingest = ingest
        self.retry = retry or RetryPolicy()
        self.on_new = on_new
        self._rand = rand
        self._stop = asyncio.Event()
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._executor: ThreadPoolExecutor | None = None
        self.state = PollerState()

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shequn-imap")
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def start(self) -> None:
        self._stop = asyncio.Event()
        for account in await self._db(self.ingest.imap_accounts):
            if account.account_id not in self._tasks:
                self._tasks[account.account_id] = asyncio.get_running_loop().create_task(
                    self._run_account(account), name=f"imap-{account.account_id}"
                )
        self.state = PollerState(True, self.state.received, self.state.last_error)

    async def stop(self) -> None:
        self._stop.set()
        tasks, self._tasks = list(self._tasks.values()), {}
        for t in tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.wait_for(t, timeout=10)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        self.state = PollerState(False, self.state.received, self.state.last_error)

    async def _run_account(self, account: ImapAccount) -> None:
        mailbox = account.config.mailbox
        failures = 0
        while not self._stop.is_set():
            password = await self._db(self.ingest.password_for, account)
            if password is None:
                await self._db(
                    self.ingest.set_status,
                    account.account_id,
                    mailbox,
                    ImapStatus.NEEDS_SECRET,
                    "no IMAP password stored for this account",
                )
                await self._sleep(60)
                continue
            box = ImapMailbox(account.config, password)
            try:
                await box.open()
                failures = 0
                while not self._stop.is_set():
                    n = await self.ingest.sync_mailbox(box, account, self._db)
                    if n:
                        self.state = PollerState(True, self.state.received + n, None)
                        if self.on_new is not None:
                            self.on_new(n)
                    await box.wait_for_news(self._stop)
            except ImapError as exc:
                failures += 1
                status = (
                    ImapStatus.AUTH_ERROR
                    if isinstance(exc, ImapAuthError)
                    else ImapStatus.UNAVAILABLE
                )
                log.info("imap account %s: %s", account.account_id, exc)
                self.state = PollerState(True, self.state.received, str(exc))
                await self._db(
                    self.ingest.set_status, account.account_id, mailbox, status, str(exc)
                )
                delay = backoff_delay(failures, self.retry, self._rand)
                if isinstance(exc, ImapAuthError):
                    delay = max(delay, timedelta(minutes=5))  # do not hammer a refused login
                await self._sleep(delay.total_seconds())
            finally:
                await box.close()

    async def _sleep(self, seconds: float) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stop.wait(), timeout=seconds)
