"""``/healthz`` and the heartbeats: 200 while every loop finishes its passes, 503 naming the
loop that stopped doing so, and what ``shequn team status`` reads from the database."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import aiohttp

from desktop.services.team.health_site import health_site
from desktop.services.team.heartbeats import read_status, record
from desktop.services.team.loop_health import LoopHealth, LoopProbe, LoopState, Reading
from desktop.services.web import WebListener
from desktop.store.db import Database

T0 = datetime(2026, 12, 5, 8, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def _probes(clock: Clock, passes: dict[str, datetime | None]) -> list[LoopProbe]:
    def reader(name: str) -> Callable[[], Reading]:
        return lambda: Reading(True, passes[name], None)

    return [
        LoopProbe("dispatcher", 5, 75, reader("dispatcher")),
        LoopProbe("janitor", 3600, 10860, reader("janitor")),
    ]


async def _get(url: str) -> tuple[int, dict[str, object]]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, await resp.json()


def test_healthz_answers_503_once_a_loop_is_stuck() -> None:
    clock = Clock()
    passes: dict[str, datetime | None] = {"dispatcher": None, "janitor": None}
    health = LoopHealth(_probes(clock, passes), clock=clock)

    async def scenario() -> list[tuple[int, dict[str, object]]]:
        server = WebListener("127.0.0.1", 0, [health_site(health, "server-1")])
        await server.start()
        url = f"{server.base_url}/healthz"
        try:
            answers = [await _get(url)]  # just started: no pass yet, not stuck
            clock.now = T0 + timedelta(seconds=30)
            passes["dispatcher"] = passes["janitor"] = clock.now
            answers.append(await _get(url))
            clock.now += timedelta(minutes=10)  # the dispatcher stopped finishing cycles
            passes["janitor"] = clock.now
            answers.append(await _get(url))
            return answers
        finally:
            await server.stop()

    starting, ok, stuck = asyncio.run(scenario())
    assert starting[0] == 200
    assert [x["state"] for x in starting[1]["loops"]] == ["starting", "starting"]  # type: ignore[union-attr,index]
    assert ok[0] == 200 and ok[1]["status"] == "ok"
    assert stuck[0] == 503 and stuck[1]["status"] == "stuck"
    loops = {x["loop"]: x for x in stuck[1]["loops"]}  # type: ignore[union-attr,index]
    assert loops["dispatcher"]["state"] == "stuck"
    assert loops["janitor"]["state"] == "ok"
    assert loops["dispatcher"]["last_success_at"] == (T0 + timedelta(seconds=30)).isoformat()


def test_a_stopped_loop_is_unhealthy_and_the_status_reads_the_heartbeats(
    pg_db: Database,
) -> None:
    clock = Clock()
    health = LoopHealth(
        [LoopProbe("imap", 1800, 5460, lambda: Reading(False, None, "login refused"))],
        clock=clock,
    )
    [report] = health.reports()
    assert report.state == LoopState.STOPPED and not report.healthy
    now = datetime.now(UTC)
    record(pg_db, "server-1:42", health.reports(), now)
    record(pg_db, "server-1:42", health.reports(), now)  # a second beat updates the row
    status = read_status(pg_db)
    assert [(r.worker, r.loop, r.state, r.last_error) for r in status.loops] == [
        ("server-1:42", "imap", "stopped", "login refused")
    ]
    assert (status.due, status.in_flight) == (0, 0)
