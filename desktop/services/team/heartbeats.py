"""Each worker writes what its loops are doing into ``worker_loops`` every few seconds, so
``shequn team status`` on any teammate's computer can tell what the server is doing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select

from desktop.services.sending import claims
from desktop.services.team.loop_health import LoopHealth, LoopReport, LoopState
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import WorkerLoop

log = logging.getLogger(__name__)

BEAT_SECONDS = 10.0
FORGET_AFTER = timedelta(days=7)  # a worker silent this long is gone, not stuck


def record(db: Database, worker: str, reports: list[LoopReport], now: datetime) -> None:
    with db.write() as s:
        for r in reports:
            row = s.get(WorkerLoop, (worker, r.loop))
            if row is None:
                row = WorkerLoop(worker=worker, loop=r.loop)
                s.add(row)
            row.state = str(r.state)
            row.last_success_at = r.last_success_at
            row.last_error = r.last_error[:2000] if r.last_error else None
            row.period_seconds = r.period_seconds
            row.heartbeat_at = now
        s.execute(delete(WorkerLoop).where(WorkerLoop.heartbeat_at < now - FORGET_AFTER))


class Heartbeat:
    """Runs beside the worker's loops; on stop it marks them stopped."""

    def __init__(
        self, db: Database, worker: str, health: LoopHealth, beat: float = BEAT_SECONDS
    ) -> None:
        self.db = db
        self.worker = worker
        self.health = health
        self.beat = beat
        self._task: asyncio.Task[None] | None = None
        self._stop = asyncio.Event()

    def start(self) -> asyncio.Task[None]:
        self._stop = asyncio.Event()
        self._task = asyncio.get_running_loop().create_task(self._run(), name="heartbeat")
        return self._task

    async def _run(self) -> None:
        while not self._stop.is_set():
            try:
                reports = self.health.reports()
                await asyncio.to_thread(record, self.db, self.worker, reports, utcnow())
            except Exception:  # the database is away: the loops go on, the next beat tries
                log.warning("could not record the worker's heartbeat", exc_info=True)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), self.beat)

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
            self._task = None
        stopped = [
            LoopReport(r.loop, LoopState.STOPPED, r.last_success_at, r.last_error, r.period_seconds)
            for r in self.health.reports()
        ]
        try:
            await asyncio.to_thread(record, self.db, self.worker, stopped, utcnow())
        except Exception:
            log.warning("could not record the worker's stop", exc_info=True)


@dataclass(frozen=True)
class TeamStatus:
    loops: list[WorkerLoop]
    due: int  # deliveries waiting to be sent now
    in_flight: int  # claimed by a worker right now
    now: datetime


def read_status(db: Database) -> TeamStatus:
    now = utcnow()
    with db.read() as s:
        rows = list(
            s.scalars(select(WorkerLoop).order_by(WorkerLoop.heartbeat_at.desc(), WorkerLoop.loop))
        )
        s.expunge_all()
    due, in_flight = claims.due_counts(db, now)
    return TeamStatus(rows, due, in_flight, now)


__all__ = ["BEAT_SECONDS", "Heartbeat", "TeamStatus", "read_status", "record"]
