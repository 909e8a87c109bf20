"""The personal center page under load, against a bare aiohttp handler, in one run.

A server process serves a workspace of 200 members (each with a group, a journey task and
an open survey) through the real member-pages site, plus ``/bare``: a plain aiohttp
handler returning the bytes of one rendered center page. The load runs in this process
(so the two never share an event loop): 200 concurrent clients, each opening its own
member's center link.

    .venv/bin/python bench/member_pages.py [--clients 200] [--seconds 20] [--every 0.5]

Prints one ``key=value`` per line: ``center_rps_ratio`` (center requests per second /
bare requests per second, every client sending as fast as it is answered; goal >= 0.5)
and ``center_p95_ms`` (goal <= 50): the 95th percentile latency while the clients each
open their page every ``--every`` seconds (400 opens/s by default), counted from the
moment a client meant to send. At saturation latency is queueing only (clients / rate),
so it is printed as ``*_p95_saturated_ms`` for both sides, for reference.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing as mp
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from aiohttp import web  # noqa: E402

from tests.ports import free_port  # noqa: E402


def _workspace(folder: Path, members: int) -> tuple[Any, list[int]]:
    from desktop.config import resolve_paths
    from desktop.domain.campaigns import CampaignKind, CampaignStatus
    from desktop.services.workspace.service import open_workspace
    from desktop.store.models import (
        DmCampaign,
        Enrolment,
        Group,
        Member,
        MemberContact,
        Membership,
        Tag,
        WelcomeJourney,
        WelcomeTask,
    )

    db = open_workspace(resolve_paths(folder)).db
    ids: list[int] = []
    with db.write() as s:
        s.add_all([Tag(name=n) for n in ("咖啡课", "新品", "露营", "拉花", "烘焙")])
        group = Group(name="拾光咖啡·北京1群", rules="友善交流\n禁止广告", red_lines="不发二维码")
        journey = WelcomeJourney(name="新人欢迎")
        s.add_all([group, journey])
        s.flush()
        for i in range(members):
            m = Member(display_name=f"成员{i}", activity_score=i % 100)
            m.contacts = [MemberContact(channel="email", address=f"m{i}@example.net")]
            s.add(m)
            s.flush()
            ids.append(m.id)
            s.add(Membership(group_id=group.id, member_id=m.id))
            e = Enrolment(journey_id=journey.id, member_id=m.id, group_id=group.id)
            s.add(e)
            s.flush()
            s.add(WelcomeTask(enrolment_id=e.id, member_id=m.id, key="intro", title="自我介绍"))
        s.add(
            DmCampaign(
                kind=CampaignKind.SURVEY,
                name="咖啡口味调查",
                keyword="问卷",
                status=CampaignStatus.OPEN,
                questions="你最常点哪款？|拿铁|美式\n还想喝到什么？",
            )
        )
    return db, ids


def serve(folder: str, port: int, members: int, ttl: float, out: Any) -> None:
    """The server process: the real site plus the bare handler, on one aiohttp app."""
    from desktop.services.member_pages import FixedLinkKeys, LinkSigner, Purpose
    from desktop.services.member_pages.actions import MemberActions
    from desktop.services.member_pages.security import Limits
    from desktop.services.member_pages.site import MemberPagesSite, PagesConfig
    from desktop.services.sending.outbox import OutboxService

    db, ids = _workspace(Path(folder), members)
    signer = LinkSigner(FixedLinkKeys())
    never = Limits(per_ip=10**9, per_token=10**9)  # every client comes from 127.0.0.1

    def unused() -> Any:
        raise AssertionError("the benchmark only reads pages")

    actions = MemberActions(db, OutboxService(db), welcome=unused, privacy=unused)
    site = MemberPagesSite(db, signer, actions, PagesConfig(limits=never, cache_ttl=ttl))
    app = web.Application()
    site.install(app)
    paths = [f"/m/c/{signer.sign(mid, Purpose.CENTER)}" for mid in ids]
    same: dict[str, bytes] = {}

    async def bare(_request: web.Request) -> web.Response:
        return web.Response(body=same["page"], content_type="text/html", charset="utf-8")

    app.router.add_get("/bare", bare)

    async def run() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        # The bare side answers with the very bytes of a center page (a member no client
        # opens, so no measured page is cached by this).
        url = f"http://127.0.0.1:{port}{paths[-1]}"
        async with aiohttp.ClientSession() as client, client.get(url) as resp:
            same["page"] = await resp.read()
        out.put(paths[:-1])
        await asyncio.Event().wait()

    asyncio.run(run())


async def _load(
    urls: list[str], seconds: float, every: float | None = None
) -> tuple[float, float, int]:
    """(requests per second, p95 latency in ms, errors) for one client per url.

    Without ``every`` each client sends its next request as soon as the last is answered
    (saturation: throughput). With ``every`` each client opens its page once per ``every``
    seconds, as people do, and latency counts from the moment it meant to send.
    """
    latencies: list[float] = []
    errors = 0
    started = time.perf_counter()
    stop_at = started + seconds
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:

        async def client(n: int, url: str) -> None:
            nonlocal errors
            due = started + (every * n / len(urls) if every else 0.0)
            while due < stop_at:
                wait = due - time.perf_counter()
                if wait > 0:
                    await asyncio.sleep(wait)
                t0 = due if every else time.perf_counter()
                async with http.get(url) as resp:
                    await resp.read()
                    if resp.status != 200:
                        errors += 1
                end = time.perf_counter()
                latencies.append(end - t0)
                due = due + every if every else end

        await asyncio.gather(*(client(n, u) for n, u in enumerate(urls)))
        elapsed = time.perf_counter() - started
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95)] * 1000 if latencies else float("nan")
    return len(latencies) / elapsed, p95, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--every", type=float, default=0.5, help="seconds between one client's opens (latency)"
    )
    parser.add_argument("--ttl", type=float, default=30.0, help="the site's page cache, seconds")
    args = parser.parse_args()
    ctx = mp.get_context("spawn")
    port = free_port()
    with tempfile.TemporaryDirectory() as folder:
        queue = ctx.Queue()
        server = ctx.Process(
            target=serve, args=(folder, port, args.clients + 1, args.ttl, queue), daemon=True
        )
        server.start()
        try:
            paths = queue.get(timeout=120)
            base = f"http://127.0.0.1:{port}"
            center = [base + p for p in paths]
            bare = [f"{base}/bare"] * len(center)
            rps_bare, sat_bare, e1 = asyncio.run(_load(bare, args.seconds))
            rps, sat, e2 = asyncio.run(_load(center, args.seconds))
            _, p95_bare, e3 = asyncio.run(_load(bare, args.seconds / 2, args.every))
            paced, p95, e4 = asyncio.run(_load(center, args.seconds / 2, args.every))
        finally:
            server.terminate()
            server.join(10)
    print(f"clients={len(center)}")
    print(f"seconds={args.seconds:g}")
    print(f"bare_rps={rps_bare:.0f}")
    print(f"center_rps={rps:.0f}")
    print(f"bare_p95_saturated_ms={sat_bare:.1f}")
    print(f"center_p95_saturated_ms={sat:.1f}")
    print(f"paced_rps={paced:.0f}")
    print(f"bare_p95_ms={p95_bare:.1f}")
    print(f"errors={e1 + e2 + e3 + e4}")
    print(f"center_rps_ratio={rps / rps_bare:.2f}")
    print(f"center_p95_ms={p95:.1f}")


if __name__ == "__main__":
    main()
