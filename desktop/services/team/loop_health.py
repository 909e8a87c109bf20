"""Is each background loop of this worker doing its job? For ``/healthz`` (a supervisor or
load balancer asks) and for ``shequn team status`` (a teammate asks, through the database).

A loop is *stuck* when it has not completed a pass for longer than it should (``stuck_after``,
a few of its periods) or its task ended while the worker runs; then ``/healthz`` answers 503.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.store.base import utcnow

if TYPE_CHECKING:
    from desktop.services.runtime import Runtime


class LoopState(StrEnum):
    OK = "ok"
    STARTING = "starting"  # no pass finished yet, still within its period
    IDLE = "idle"  # nothing to do (an account loop without accounts)
    STUCK = "stuck"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Reading:
    running: bool
    last_success_at: datetime | None
    last_error: str | None = None
    idle: bool = False


@dataclass(frozen=True)
class LoopProbe:
    name: str
    period: float  # seconds between passes when all is well
    stuck_after: float  # seconds without a finished pass that count as stuck
    read: Callable[[], Reading]


@dataclass(frozen=True)
class LoopReport:
    loop: str
    state: LoopState
    last_success_at: datetime | None
    last_error: str | None
    period_seconds: float

    @property
    def healthy(self) -> bool:
        return self.state not in (LoopState.STUCK, LoopState.STOPPED)

    def to_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["state"] = str(self.state)
        out["last_success_at"] = self.last_success_at.isoformat() if self.last_success_at else None
        return out


def judge(probe: LoopProbe, reading: Reading, started_at: datetime, now: datetime) -> LoopReport:
    since = reading.last_success_at or started_at
    if not reading.running:
        state = LoopState.STOPPED
    elif reading.idle:
        state = LoopState.IDLE
    elif now - since > timedelta(seconds=probe.stuck_after):
        state = LoopState.STUCK
    elif reading.last_success_at is None:
        state = LoopState.STARTING
    else:
        state = LoopState.OK
    return LoopReport(probe.name, state, reading.last_success_at, reading.last_error, probe.period)


class LoopHealth:
    """The probes of one worker and the time it started them."""

    def __init__(self, probes: list[LoopProbe], *, clock: Callable[[], datetime] = utcnow) -> None:
        self.probes = probes
        self._clock = clock
        self.started_at = clock()

    def reports(self) -> list[LoopReport]:
        now = self._clock()
        return [judge(p, p.read(), self.started_at, now) for p in self.probes]


def _stuck_after(period: float) -> float:
    return 3 * period + 60


def runtime_probes(runtime: Runtime) -> list[LoopProbe]:
    """A probe for every loop the runtime runs (the same names as ``Runtime.loops``)."""
    s = runtime.services
    out: list[LoopProbe] = []
    dispatcher = s.dispatcher
    lease = dispatcher.config.lease.total_seconds()
    poll = dispatcher.config.poll_interval
    out.append(
        LoopProbe(
            "dispatcher",
            poll,
            # A batch may run up to its lease (it renews at half): longer is stuck.
            max(_stuck_after(poll), lease),
            lambda: Reading(
                dispatcher.state.running, dispatcher.last_cycle_at, dispatcher.state.last_error
            ),
        )
    )
    # IMAP IDLE answers at least every 29 minutes (RFC 2177); a Matrix long poll in 30 s.
    for name, loops, period in (
        ("imap", s.inbox_poller, 1800.0),
        ("matrix", s.matrix_syncer, 60.0),
    ):

        def read_accounts(loops: Any = loops) -> Reading:
            return Reading(
                loops.state.running,
                loops.last_success_at,
                loops.state.last_error,
                idle=loops.account_count == 0,
            )

        out.append(LoopProbe(name, period, _stuck_after(period), read_accounts))
    for name, passes in (("welcome", s.welcome_runner), ("janitor", s.janitor)):

        def read_pass(p: Any = passes) -> Reading:
            return Reading(p.running, p.last_success_at, p.last_error)

        out.append(LoopProbe(name, passes.interval, _stuck_after(passes.interval), read_pass))
    return out


__all__ = ["LoopHealth", "LoopProbe", "LoopReport", "LoopState", "Reading", "judge"]
