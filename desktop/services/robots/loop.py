"""``AlertLoop``: the runtime loop that keeps the team's alert robot informed."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket

from desktop.services.robots.alerts import TeamAlerts

log = logging.getLogger(__name__)


class AlertLoop:
    def __init__(self, alerts: TeamAlerts, *, interval: float = 60.0) -> None:
        self.alerts = alerts
        self.interval = interval
        self._task: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._wake = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._run(), name="alerts")
        return self._task

    def wake(self) -> None:
        self._wake.set()

    async def _run(self) -> None:
        while True:
            try:
                await asyncio.to_thread(self.alerts.check_once)
            except Exception:  # an alert problem must not stop the worker
                log.exception("team alert check failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None:
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        try:
            await asyncio.wait_for(self.alerts.worker_stopping(socket.gethostname()), 10)
        except Exception:
            log.exception("worker-stop alert failed")
