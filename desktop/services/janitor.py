"""The janitor: the workspace's hourly housekeeping (M3, M7, G2).

At start and then every hour it moves members by the lifecycle rules (silent, churned),
queues today's greetings through the outbox (idempotent: a second pass the same day
queues nothing new) and, when the workspace policy says so, archives campaign groups
whose end plus the policy's days has passed. Like the welcome runner it lives on the
app's asyncio loop with its database work on one executor thread; ``run_once(now)`` is
one full pass, which the tests call with an injected time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.services.greetings import GreetingService
from desktop.services.groups import GroupOps
from desktop.services.member_center import MemberCenterService
from desktop.services.policy import PolicyService
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings

log = logging.getLogger(__name__)

DEFAULT_TIMEZONE = "Asia/Shanghai"


@dataclass(frozen=True)
class JanitorReport:
    lifecycle_changed: int = 0
    greetings: int = 0  # queued or already queued today
    archived: tuple[int, ...] = field(default_factory=tuple)


class Janitor:
    def __init__(
        self,
        db: Database,
        policy: PolicyService,
        member_center: MemberCenterService,
        greetings: GreetingService,
        group_ops: GroupOps,
        *,
        clock: Callable[[], datetime] = utcnow,
        interval: float = 3600.0,
    ) -> None:
        self.db = db
        self.policy = policy
        self.member_center = member_center
        self.greetings = greetings
        self.group_ops = group_ops
        self._clock = clock
        self.interval = interval
        self._executor: ThreadPoolExecutor | None = None
        self._task: asyncio.Task[None] | None = None
        self._wake: asyncio.Event | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping = False
        self.passes = 0
        self.last_report = JanitorReport()
        self.last_error: str | None = None

    # -- one pass ---------------------------------------------------------------------------
    def local_today(self, now: datetime) -> date:
        """``now`` as a date in the workspace's time zone (greetings and campaigns are days
        there, not in UTC)."""
        with self.db.read() as s:
            settings = s.get(WorkspaceSettings, 1)
            name = settings.timezone if settings and settings.timezone else DEFAULT_TIMEZONE
        try:
            tz = ZoneInfo(name)
        except (KeyError, ValueError):
            tz = ZoneInfo(DEFAULT_TIMEZONE)
        return now.astimezone(tz).date()

    def run_once(self, now: datetime | None = None) -> JanitorReport:
        now = now or self._clock()
        today = self.local_today(now)
        policy = self.policy.get()
        changed = self.member_center.apply_lifecycle(policy.lifecycle, now)
        greetings = self.greetings.queue_due(today)
        archived = self.group_ops.apply_archive_policy(
            today,
            auto_archive=policy.auto_archive,
            archive_after_days=policy.archive_after_days,
        )
        self.passes += 1
        self.last_report = JanitorReport(changed, greetings, tuple(archived))
        return self.last_report

    # -- background service ------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self.run(), name="janitor")
        return self._task

    def wake(self) -> None:
        loop, ev = self._loop, self._wake
        if loop is not None and ev is not None and not loop.is_closed():
            loop.call_soon_threadsafe(ev.set)

    async def run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="shequn-janitor")
        while not self._stopping:
            try:
                await self._loop.run_in_executor(self._executor, self.run_once)
                self.last_error = None
            except Exception as exc:  # keep running; the error is kept for display
                log.exception("janitor pass failed")
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


__all__ = ["Janitor", "JanitorReport"]
