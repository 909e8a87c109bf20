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

from desktop.channels.pacing import TokenBucket
from desktop.channels.registry import UnsupportedChannel, build_channel, build_pacer, needs_secret
from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.domain.sending.backoff import RetryPolicy
from desktop.secrets import SecretError, SecretStore
from desktop.services.sending import claims as store
from desktop.services.sending.batch import BatchRunner, Hold, Route
from desktop.services.sending.batch_types import AccountInfo, Batch, ClaimedItem, Outcome
from desktop.services.sending.render import UnsubscribeTargets
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


@dataclass
class _CachedRoute:
    version: datetime
    route: Route


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
        self.config = config or DispatcherConfig()
        self.worker_id = self.config.worker_id or default_worker_id()
        self._clock = clock
        self._rand = rand
        self._executor: ThreadPoolExecutor | None = None
        self._routes: dict[int | None, _CachedRoute] = {}
        self._state = DispatcherState()
        self._listeners: list[Callable[[DispatcherState], None]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._paused = False
        self._writes: list[asyncio.Future[None]] = []

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
                except Exception as exc:  # keep the worker alive; the error is shown
                    log.exception("dispatcher cycle failed")
                    self._note_error(f"{type(exc).__name__}: {exc}")
                    handled = 0
                    await self._sleep(self.config.poll_interval)
                if handled:
                    continue
                await self._close_routes()  # batch done: do not hold SMTP connections idle
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
            await self._close_routes()
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
        batch = await self._db(store.load_batch, self.db, ids, now)
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

        runner = BatchRunner(
            batch,
            now=self._clock,
            rand=self._rand,
            retry=self.config.retry,
            route_for=self._route_for,
            emit=emit,
            should_stop=lambda: self._stopping or self._paused,
            still_ours=still_ours,
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
                await self._forget_route(account_id)
        self._set_state(
            sent=self._state.sent + report.sent, failed=self._state.failed + report.failed
        )
        if report.last_error:
            self._note_error(report.last_error)
        await self._refresh_counts()
        return len(ids)

    # -- routes (channel + pacing per account) ----------------------------------------------

    async def _route_for(self, item: ClaimedItem, batch: Batch) -> Route | Hold | str:
        if item.channel == ChannelKind.MANUAL and item.account_id is None:
            cached = self._routes.get(None)
            if cached is None:
                route = Route(
                    None,
                    build_channel(ChannelKind.MANUAL, {}, None),
                    TokenBucket(0),
                    UnsubscribeTargets(None, None),
                )
                cached = _CachedRoute(self._clock(), route)
                self._routes[None] = cached
            return cached.route
        account_id = item.account_id or batch.default_accounts.get(item.channel)
        info = batch.accounts.get(account_id) if account_id is not None else None
        if info is None:
            return f"waiting: no enabled {item.channel} account"
        cached = self._routes.get(info.id)
        if cached is not None and cached.version == info.version:
            return cached.route
        if cached is not None:
            await self._forget_route(info.id)
        return await self._new_route(info, batch)

    async def _new_route(self, info: AccountInfo, batch: Batch) -> Route | Hold:
        now = self._clock()
        secret: str | None = None
        if needs_secret(info.kind, info.config):
            try:
                secret = (
                    await self._db(self.secrets.get, info.secret_ref) if info.secret_ref else None
                )
            except SecretError as exc:
                return Hold(now + timedelta(minutes=1), str(exc), "waiting: keyring unavailable")
            if secret is None:
                msg = "no password stored for this account (enter it again)"
                await self._db(
                    store.set_account_status,
                    self.db,
                    info.id,
                    AccountStatus.NEEDS_SECRET,
                    msg,
                )
                self._note_error(f"{info.name}: {msg}")
                return Hold(now, msg, "waiting: account needs its password")
        try:
            channel = build_channel(info.kind, info.config, secret)
            pacer = build_pacer(info.kind, info.config)
        except (UnsupportedChannel, TypeError, ValueError) as exc:
            msg = f"account settings unusable: {exc}"
            await self._db(
                store.set_account_status, self.db, info.id, AccountStatus.CONFIG_ERROR, msg
            )
            return Hold(now, msg, "waiting: account settings unusable")
        mailbox = info.config.get("unsubscribe_mailto") or info.config.get("from_addr") or None
        targets = UnsubscribeTargets(mailbox, batch.workspace.unsubscribe_url)
        route = Route(info.id, channel, pacer, targets)
        self._routes[info.id] = _CachedRoute(info.version, route)
        return route

    async def _forget_route(self, account_id: int) -> None:
        cached = self._routes.pop(account_id, None)
        if cached is not None:
            await cached.route.channel.close()

    async def _close_routes(self) -> None:
        for cached in list(self._routes.values()):
            try:
                await cached.route.channel.close()
            except Exception:  # closing is best effort
                log.debug("closing a channel failed", exc_info=True)

    # -- helpers ----------------------------------------------------------------------------

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
