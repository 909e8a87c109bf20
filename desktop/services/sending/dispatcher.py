"""The background sender: claims due deliveries, sends them, records what happened (R1).

It runs on whatever asyncio loop is current — the qasync loop in the app, a plain loop in
``shequn worker`` — and never blocks it: every database call goes to one dedicated
executor thread (so SQLite sees one writer from here), network I/O is async.

Life cycle: ``start()`` → task; ``pause()``/``resume()``; ``await stop()``. ``wake()`` is
safe from any thread (the outbox service calls it after an enqueue). ``state`` and
``subscribe()`` feed the status bar.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import random
import socket
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, TypeVar

from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.backoff import RetryPolicy
from desktop.secrets import SecretStore
from desktop.services.member_pages.keys import KeyringLinkKeys, LinkKeyError
from desktop.services.member_pages.links import LinkSigner
from desktop.services.member_pages.short_links import ShortLinks
from desktop.services.sending import claims as store
from desktop.services.sending import inflight
from desktop.services.sending.batch import BatchRunner
from desktop.services.sending.batch_load import load_batch
from desktop.services.sending.batch_types import Batch, ClaimedItem, Outcome
from desktop.services.sending.render import CHAT_CHANNELS
from desktop.services.sending.routes import Routes
from desktop.services.sending.waiting import waiting_for_accounts
from desktop.store.base import utcnow
from desktop.store.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class DispatcherConfig:
    batch_size: int = 100
    lease: timedelta = timedelta(minutes=5)
    poll_interval: float = 5.0  # longest sleep when nothing is due (new rows also wake it)
    flush_every: int = 50  # outcomes per write transaction
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    worker_id: str = ""  # default: host:pid:random
    lanes: int = 1  # concurrent connections per email account (see batch.py)


@dataclass(frozen=True)
class DispatcherState:
    running: bool = False
    paused: bool = False
    due: int = 0  # pending rows whose time has come (+ expired leases)
    in_flight: int = 0  # rows claimed right now (by any worker)
    sent: int = 0  # this session
    failed: int = 0  # this session
    last_error: str | None = None
    last_error_at: datetime | None = None
    # Pending rows that wait for an account a person must set up or fix, and the channels
    # they wait on: the status bar must not say "running" as if they were leaving.
    waiting_for_account: int = 0
    waiting_channels: tuple[str, ...] = ()


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"[:80]


class _Journal:
    """The dispatcher's side of at-most-once robot sends (see ``sending/inflight.py``)."""

    channels = inflight.AT_MOST_ONCE

    def __init__(self, dispatcher: Dispatcher, uncertain: set[int]) -> None:
        self._d = dispatcher
        self.uncertain = uncertain

    async def start(self, item: ClaimedItem) -> None:
        d = self._d
        await d._db(inflight.mark, d.db, item.id, d.worker_id, d._clock())

    async def finish(self, outcome: Outcome) -> None:
        d = self._d
        await d._db(inflight.finish, d.db, d.worker_id, outcome, d._clock())


class Dispatcher:
    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        *,
        config: DispatcherConfig | None = None,
        clock: Callable[[], datetime] = utcnow,
        rand: Callable[[], float] = random.random,
    ) -> None:
        self.db = db
        self.secrets = secrets
        self._links: LinkSigner | None = None
        self.config = config or DispatcherConfig()
        self.worker_id = self.config.worker_id or default_worker_id()
        self._clock = clock
        self._rand = rand
        self._executor: ThreadPoolExecutor | None = None
        self._routes = Routes(
            db, secrets, run_db=self._db, clock=clock, note_error=self._note_error
        )
        self._state = DispatcherState()
        self._listeners: list[Callable[[DispatcherState], None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._paused = False
        self._writes: list[asyncio.Future[None]] = []
        self.last_cycle_at: datetime | None = None  # a cycle ended without failing (health)

    # -- public control ------------------------------------------------------------------

    @property
    def state(self) -> DispatcherState:
        return self._state

    def subscribe(self, listener: Callable[[DispatcherState], None]) -> None:
        """Called on the loop's thread after every state change (bridge it to a Qt signal)."""
        self._listeners.append(listener)

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="dispatcher")
        return self._task

    def pause(self) -> None:
        self._paused = True
        self._set_state(paused=True)

    def resume(self) -> None:
        self._paused = False
        self._set_state(paused=False)
        self.wake()

    def wake(self) -> None:
        """Look for due work now. Safe to call from any thread, before or after start."""
        loop, event = self._loop, self._wake
        if loop is None or event is None or loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is loop:
            event.set()
        else:
            loop.call_soon_threadsafe(event.set)

    def request_stop(self) -> None:
        """Ask ``run()`` to return soon (e.g. from a signal handler); see ``stop()``."""
        self._stopping = True
        self.wake()

    async def stop(self) -> None:
        """Finish the message being sent, hand back the rest of the batch, close channels."""
        self._stopping = True
        self.wake()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None
        self._stopping = False
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True)

    # -- the loop -------------------------------------------------------------------------

    async def run(self, *, until_idle: bool = False) -> None:
        """Run until ``stop()``; with ``until_idle``, also return once nothing is workable."""
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        if self._stopping:  # stopped before it started
            return
        self._set_state(running=True, paused=self._paused)
        try:
            while not self._stopping:
                if self._paused:
                    await self._refresh_counts()
                    await self._sleep(self.config.poll_interval)
                    continue
                try:
                    handled = await self.run_once()
                    self.last_cycle_at = self._clock()
                except Exception as exc:  # keep the worker alive; the error is shown
                    log.exception("dispatcher cycle failed")
                    self._note_error(f"{type(exc).__name__}: {exc}")
                    handled = 0
                    await self._sleep(self.config.poll_interval)
                if handled:
                    continue
                await self._routes.close_all()  # batch done: do not hold SMTP connections idle
                next_at = await self._db(store.next_due_at, self.db)
                wait = self.config.poll_interval
                if next_at is not None:
                    wait = min(wait, max(0.0, (next_at - self._clock()).total_seconds()))
                nothing_soon = next_at is None or wait >= self.config.poll_interval
                # Rows another (maybe dead) worker holds keep us until their lease ends.
                if until_idle and nothing_soon and self._state.in_flight == 0:
                    break
                await self._sleep(max(wait, 0.05))
        finally:
            await self._drain_writes()
            await self._routes.close_all()
            self._set_state(running=False)

    async def run_once(self) -> int:
        """Claim one batch and process it; returns how many rows were claimed."""
        now = self._clock()
        ids = await self._db(
            store.claim, self.db, self.worker_id, now, self.config.lease, self.config.batch_size
        )
        if not ids:
            await self._refresh_counts()
            return 0
        batch = await self._db(load_batch, self.db, ids, now)
        batch = await self._db(self._with_links, batch)
        lease_from = self._clock()
        buffer: list[Outcome] = []
        lost: set[int] = set()

        async def emit(outcome: Outcome) -> None:
            buffer.append(outcome)
            if len(buffer) >= self.config.flush_every:
                self._write_later(list(buffer))
                buffer.clear()

        async def still_ours(item: ClaimedItem) -> bool:
            nonlocal lease_from
            if item.id in lost:
                return False
            if self._clock() - lease_from > self.config.lease / 2:
                # A slow batch (pacing, timeouts) renews its lease instead of losing it.
                rest = [i.id for i in batch.items if i.id not in lost]
                lease_from = self._clock()
                kept = await self._db(
                    store.renew, self.db, self.worker_id, rest, lease_from + self.config.lease
                )
                lost.update(set(rest) - kept)
            return item.id not in lost

        journal = _Journal(self, await self._db(inflight.marked, self.db, ids))
        runner = BatchRunner(
            batch,
            now=self._clock,
            rand=self._rand,
            retry=self.config.retry,
            route_for=self._routes.route_for,
            emit=emit,
            should_stop=lambda: self._stopping or self._paused,
            still_ours=still_ours,
            journal=journal,
            lanes=self.config.lanes,
        )
        report = await runner.run()
        self._write_later(buffer)
        await self._drain_writes()
        for account_id, (status, error) in report.account_errors.items():
            info = batch.accounts.get(account_id)
            if info is None or (info.status == status and status == AccountStatus.OK):
                continue
            await self._db(store.set_account_status, self.db, account_id, status, error)
            if status != AccountStatus.OK:
                await self._routes.forget(account_id)
        self._set_state(
            sent=self._state.sent + report.sent, failed=self._state.failed + report.failed
        )
        if report.last_error:
            self._note_error(report.last_error)
        await self._refresh_counts()
        return len(ids)

    # -- helpers ----------------------------------------------------------------------------

    def _with_links(self, batch: Batch) -> Batch:
        """Each member's signed page links, when the workspace has an address for them."""
        base = batch.workspace.pages_base_url
        member_ids = {i.member_id for i in batch.items if i.member_id is not None}
        if not base or not member_ids:
            return batch
        if self._links is None:
            self._links = LinkSigner(KeyringLinkKeys(self.db, self.secrets))
        chat = {
            i.member_id
            for i in batch.items
            if i.member_id is not None and i.channel in CHAT_CHANNELS
        }
        try:
            links = {mid: self._links.links(mid, base) for mid in member_ids}
            short = ShortLinks(self.db, self._links).links(chat, base) if chat else {}
        except LinkKeyError as exc:  # sent without personal links rather than not at all
            log.warning("member links unavailable: %s", exc)
            return batch
        return replace(batch, links=links, short_links=short)

    async def _db(self, fn: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._db_thread(), fn, *args)

    def _db_thread(self) -> ThreadPoolExecutor:
        # One thread: the dispatcher is a single SQLite writer, and results are written
        # in the order they were produced.
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="shequn-dispatch")
        return self._executor

    def _write_later(self, outcomes: list[Outcome]) -> None:
        if not outcomes:
            return
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(
            self._db_thread(), store.record, self.db, self.worker_id, outcomes, self._clock()
        )
        self._writes.append(fut)

    async def _drain_writes(self) -> None:
        writes, self._writes = self._writes, []
        for fut in writes:
            try:
                await fut
            except Exception as exc:
                # The rows stay claimed and are retried after their lease: never lost.
                log.exception("recording outcomes failed")
                self._note_error(f"recording results failed: {type(exc).__name__}")

    async def _refresh_counts(self) -> None:
        due, claimed = await self._db(store.due_counts, self.db, self._clock())
        waiting = await self._db(waiting_for_accounts, self.db)
        self._set_state(
            due=due,
            in_flight=claimed,
            waiting_for_account=sum(waiting.values()),
            waiting_channels=tuple(sorted(str(c) for c in waiting)),
        )

    async def _sleep(self, seconds: float) -> None:
        assert self._wake is not None
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), timeout=seconds)
        self._wake.clear()

    def _note_error(self, message: str) -> None:
        self._set_state(last_error=message[:500], last_error_at=self._clock())

    def _set_state(self, **changes: Any) -> None:
        new = replace(self._state, **changes)
        if new == self._state:
            return
        self._state = new
        for listener in list(self._listeners):
            try:
                listener(new)
            except Exception:  # a broken listener must not stop the sender
                log.exception("dispatcher state listener failed")
