"""Group robots: 1,000 posts over 50 robots of mixed kinds, through outbox → dispatcher →
robot channel, against a bare aiohttp loop posting the same bodies; both paced by the same
per-robot limits (scaled down from the platforms' so the run takes seconds, not an hour).

    .venv/bin/python bench/robots.py [--posts 1000] [--robots 50] [--rate 2]

The receiver (every platform's path, answering "ok" the way each platform does) runs as a
separate process on 127.0.0.1 so it does not share our GIL. Prints one ``key=value`` a line;
``robot_send_ratio`` = baseline seconds / full-path seconds (1.0 = no overhead over the
limits themselves).
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import socket
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import keyring
from aiohttp import web
from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.channels.base import OutgoingMessage  # noqa: E402
from desktop.channels.pacing import TokenBucket  # noqa: E402
from desktop.channels.robots.channel import RobotChannel  # noqa: E402
from desktop.channels.robots.config import RobotConfig, RobotSecret  # noqa: E402
from desktop.config import resolve_paths  # noqa: E402
from desktop.domain.enums import ChannelKind, DeliveryKind, DeliveryStatus  # noqa: E402
from desktop.domain.robots.urls import parse_webhook  # noqa: E402
from desktop.secrets import SecretStore  # noqa: E402
from desktop.services.robots import RobotAccounts, RobotDraft, RobotKind  # noqa: E402
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig  # noqa: E402
from desktop.services.sending.outbox import NewDelivery, OutboxService  # noqa: E402
from desktop.services.workspace.service import open_workspace  # noqa: E402
from desktop.store.models import Delivery  # noqa: E402
from tests.memory_keyring import MemoryKeyring  # noqa: E402
from tests.ports import free_port  # noqa: E402


def serve(port: int) -> None:
    async def ok_json(request: web.Request) -> web.Response:
        await request.read()
        if request.path.startswith("/open-apis/"):
            return web.json_response({"code": 0, "msg": "success", "data": {}})
        return web.json_response({"errcode": 0, "errmsg": "ok"})

    async def slack(request: web.Request) -> web.Response:
        await request.read()
        return web.Response(text="ok")

    async def discord(request: web.Request) -> web.Response:
        await request.read()
        return web.json_response({"id": "1"})

    app = web.Application()
    app.router.add_post("/cgi-bin/webhook/send", ok_json)
    app.router.add_post("/robot/send", ok_json)
    app.router.add_post("/open-apis/bot/v2/hook/{t}", ok_json)
    app.router.add_post("/services/{a}/{b}/{c}", slack)
    app.router.add_post("/api/webhooks/{a}/{b}", discord)
    web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)


def url_for(kind: RobotKind, origin: str, n: int) -> str:
    key = f"{n:04d}abcdefghijklmnopqrstuvwxyz"
    return {
        RobotKind.WECOM: f"{origin}/cgi-bin/webhook/send?key={key}",
        RobotKind.FEISHU: f"{origin}/open-apis/bot/v2/hook/{key}",
        RobotKind.DINGTALK: f"{origin}/robot/send?access_token={key}",
        RobotKind.SLACK: f"{origin}/services/T{n:04d}/B{n:04d}/{key}",
        RobotKind.DISCORD: f"{origin}/api/webhooks/1234567{n:04d}/{key}",
    }[kind]


def text_of(i: int) -> tuple[str, str]:
    return f"第 {i} 条 · 周末活动", "本周六 14:00 拉花课，地点：北京朝阳。\n" * 4


async def full_path(origin: str, posts: int, robots: int, rate: float) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        paths = resolve_paths(Path(tmp) / "data")
        opened = open_workspace(paths)
        db = opened.db
        accounts = RobotAccounts(db, SecretStore(), extra_hosts=frozenset({"127.0.0.1"}))
        kinds = list(RobotKind)
        ids = []
        for n in range(robots):
            kind = kinds[n % len(kinds)]
            rid = accounts.save(RobotDraft(f"robot {n}", kind, url_for(kind, origin, n)))
            accounts.set_pacing(rid, rate, 1)
            ids.append(rid)
        due = datetime.now(UTC) - timedelta(seconds=1)
        OutboxService(db).enqueue_many(
            [
                NewDelivery(
                    kind=DeliveryKind.POST,
                    channel=ChannelKind.WEBHOOK,
                    due_at=due,
                    idempotency_key=f"bench-{i}",
                    subject=text_of(i)[0],
                    body=text_of(i)[1],
                    recipient=f"robot:{ids[i % robots]}",
                    channel_account_id=ids[i % robots],
                )
                for i in range(posts)
            ]
        )
        dispatcher = Dispatcher(db, SecretStore(), config=DispatcherConfig(poll_interval=0.2))
        start = time.perf_counter()
        await dispatcher.run(until_idle=True)
        elapsed = time.perf_counter() - start
        await dispatcher.stop()
        with db.read() as s:
            sent = s.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.SENT)
            )
        db.dispose()
        assert sent == posts, f"only {sent} of {posts} sent"
        return elapsed


async def baseline(origin: str, posts: int, robots: int, rate: float) -> float:
    kinds = list(RobotKind)
    lanes: list[tuple[str, TokenBucket, list[dict[str, Any]]]] = []
    for n in range(robots):
        kind = kinds[n % len(kinds)]
        url = url_for(kind, origin, n)
        target = parse_webhook(kind, url, extra_hosts=frozenset({"127.0.0.1"}))
        builder = RobotChannel(RobotConfig(kind, target.origin), RobotSecret(target.key))
        bodies = [
            builder.body_for(builder.post_for(OutgoingMessage(i, f"b-{i}", "", *text_of(i))))
            for i in range(n, posts, robots)
        ]
        post_url = builder.url + ("?wait=true" if kind == RobotKind.DISCORD else "")
        lanes.append((post_url, TokenBucket(rate, 1), bodies))

    async with aiohttp.ClientSession() as http:

        async def lane(url: str, bucket: TokenBucket, bodies: list[dict[str, Any]]) -> None:
            for body in bodies:
                await bucket.take()
                async with http.post(url, json=body) as resp:
                    await resp.read()

        start = time.perf_counter()
        await asyncio.gather(*(lane(*x) for x in lanes))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--robots", type=int, default=50)
    parser.add_argument("--rate", type=float, default=2.0, help="posts/second per robot")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    port = free_port()
    server = multiprocessing.Process(target=serve, args=(port,), daemon=True)
    server.start()
    origin = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    try:
        base = asyncio.run(baseline(origin, args.posts, args.robots, args.rate))
        full = asyncio.run(full_path(origin, args.posts, args.robots, args.rate))
    finally:
        server.terminate()
    floor = (args.posts / args.robots - 1) / args.rate  # the limits alone
    print(f"robot_posts={args.posts}")
    print(f"robot_robots={args.robots}")
    print(f"robot_limit_floor_s={floor:.2f}")
    print(f"robot_baseline_s={base:.2f}")
    print(f"robot_full_path_s={full:.2f}")
    print(f"robot_send_ratio={base / full:.2f}")


if __name__ == "__main__":
    main()
