"""Matrix posting throughput: the app's path against bare matrix-nio, in one run.

Starts a real Synapse (rate limits lifted, its own venv from ``.ci/synapse-venv``),
registers an operator and creates two fresh rooms. Then N room posts go out through the
app (``send_via_app``: rows in a real workspace's outbox, drained by the dispatcher through
``MatrixChannel``) and the same N posts go out through ``AsyncClient.room_send`` directly.
The two sides alternate over ``--rounds`` so drift in Synapse (a growing SQLite file)
hits both alike.

    .venv/bin/python bench/matrix.py [--n 1000] [--rounds 2]

Prints one ``key=value`` per line; the figure of merit is ``matrix_send_ratio``
(app throughput / direct throughput; goal >= 0.7).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The project root, for the test Synapse helper (``tests.matrix.synapse_server``).
sys.path.insert(0, str(ROOT))

from nio import AsyncClient, AsyncClientConfig, RoomSendResponse  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from desktop.channels.matrix import MatrixConfig, MatrixSession  # noqa: E402
from desktop.config import resolve_paths  # noqa: E402
from desktop.domain.enums import (  # noqa: E402
    ChannelKind,
    DeliveryKind,
    DeliveryStatus,
    Platform,
)
from desktop.secrets import SecretStore  # noqa: E402
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig  # noqa: E402
from desktop.services.sending.outbox import OutboxService  # noqa: E402
from desktop.services.sending.outbox_types import NewDelivery  # noqa: E402
from desktop.services.workspace.service import open_workspace  # noqa: E402
from desktop.store.models import ChannelAccount, Delivery, Group  # noqa: E402
from tests.matrix.synapse_server import RegisteredUser, SynapseServer  # noqa: E402

TEXT = "本周六下午三点读书会：《置身事内》第 4 章，地点：朝阳区图书馆 2 楼。欢迎带朋友来！"
HTML = "<p>本周六下午三点<b>读书会</b>：《置身事内》第 4 章</p>"


@dataclass(frozen=True)
class BenchContext:
    server: SynapseServer
    user: RegisteredUser
    config: MatrixConfig
    workdir: Path


async def send_via_app(ctx: BenchContext, room_id: str, n: int, tag: str) -> int:
    """The app's side: N post rows into the outbox of a real workspace, the dispatcher
    drains them through ``MatrixChannel`` (send-time rules, pacing, leases, outcome
    writes included); returns how many rows ended SENT."""
    paths = resolve_paths(ctx.workdir / f"ws-{tag}-{uuid.uuid4().hex[:6]}")
    opened = open_workspace(paths)
    db = opened.db
    secrets = SecretStore()
    try:
        with db.write() as s:
            account = ChannelAccount(
                kind=ChannelKind.MATRIX,
                name="bench",
                config=ctx.config.to_json(),
                secret_ref="bench-token",
            )
            s.add(account)
            s.flush()
            group = Group(
                name="bench group",
                platform=Platform.MATRIX,
                channel_account_id=account.id,
                external_id=room_id,
            )
            s.add(group)
            s.flush()
            account_id, group_id = account.id, group.id
        secrets.set("bench-token", ctx.user.access_token)
        due = datetime.now(UTC) - timedelta(seconds=1)
        OutboxService(db).enqueue_many(
            [
                NewDelivery(
                    kind=DeliveryKind.POST,
                    channel=ChannelKind.MATRIX,
                    due_at=due,
                    idempotency_key=f"bench-{tag}-{i}-{uuid.uuid4().hex[:8]}",
                    body=TEXT,
                    body_html=HTML,
                    group_id=group_id,
                    channel_account_id=account_id,
                )
                for i in range(n)
            ]
        )
        dispatcher = Dispatcher(db, secrets, config=DispatcherConfig(poll_interval=0.05))
        try:
            await dispatcher.run(until_idle=True)
        finally:
            await dispatcher.stop()
        with db.read() as s:
            sent = int(
                s.scalar(
                    select(func.count())
                    .select_from(Delivery)
                    .where(Delivery.status == DeliveryStatus.SENT)
                )
                or 0
            )
    finally:
        db.dispose()
    if sent != n:
        raise RuntimeError(f"only {sent} of {n} posts were sent")
    return sent


async def send_direct(ctx: BenchContext, room_id: str, n: int) -> int:
    """The baseline: the same content through a bare nio client, fresh txn ids."""
    client = AsyncClient(
        ctx.server.url,
        ctx.user.user_id,
        device_id=ctx.user.device_id,
        config=AsyncClientConfig(encryption_enabled=False, store_sync_tokens=False),
    )
    client.access_token = ctx.user.access_token
    content = {
        "msgtype": "m.text",
        "body": TEXT,
        "format": "org.matrix.custom.html",
        "formatted_body": HTML,
    }
    sent = 0
    try:
        for i in range(n):
            resp = await client.room_send(
                room_id, "m.room.message", content, tx_id=uuid.uuid4().hex
            )
            if not isinstance(resp, RoomSendResponse):
                raise RuntimeError(f"direct send {i} failed: {resp}")
            sent += 1
    finally:
        await client.close()
    return sent


async def count_texts(ctx: BenchContext, room_id: str) -> int:
    session = MatrixSession(ctx.config, ctx.user.access_token)
    total, since = 0, None
    try:
        while True:
            page, end = await session.messages(room_id, limit=1000, since=since)
            total += sum(1 for m in page if m.body == TEXT)
            if not page or not end:
                return total
            since = end
    finally:
        await session.close()


async def run(ctx: BenchContext, n: int, rounds: int) -> None:
    session = MatrixSession(ctx.config, ctx.user.access_token)
    try:
        app_room = await session.create_room("bench app", "")
        direct_room = await session.create_room("bench direct", "")
    finally:
        await session.close()
    # Warm-up: connections, Synapse caches, the channel's one-off encryption check.
    await send_via_app(ctx, app_room, 20, "warm")
    await send_direct(ctx, direct_room, 20)

    app_time = direct_time = 0.0
    app_cpu = direct_cpu = 0.0  # our process only: Synapse runs in its own
    app_sent = direct_sent = 0
    per_round = max(1, n // rounds)
    for r in range(rounds):
        count = per_round if r < rounds - 1 else n - per_round * (rounds - 1)
        order = ("direct", "app") if r % 2 == 0 else ("app", "direct")
        for side in order:
            start, cpu = time.perf_counter(), time.process_time()
            if side == "app":
                app_sent += await send_via_app(ctx, app_room, count, f"r{r}")
                app_time += time.perf_counter() - start
                app_cpu += time.process_time() - cpu
            else:
                direct_sent += await send_direct(ctx, direct_room, count)
                direct_time += time.perf_counter() - start
                direct_cpu += time.process_time() - cpu

    in_room = await count_texts(ctx, app_room)
    direct_rate = direct_sent / direct_time
    app_rate = app_sent / app_time
    print(f"n={n}")
    print(f"rounds={rounds}")
    print(f"direct_per_s={direct_rate:.1f}")
    print(f"channel_per_s={app_rate:.1f}")
    print(f"channel_sent={app_sent}")
    print(f"channel_room_events={in_room - 20}")  # minus the warm-up posts
    # Synapse on SQLite is the bottleneck of both sides; client CPU per post shows our own
    # overhead, which the wall-clock ratio would hide behind the server's latency.
    print(f"direct_client_cpu_ms={1000 * direct_cpu / direct_sent:.2f}")
    print(f"channel_client_cpu_ms={1000 * app_cpu / app_sent:.2f}")
    print(f"matrix_send_ratio={app_rate / direct_rate:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    server = SynapseServer()
    try:
        server.start()
        user = server.register_user("bench-ops")
        config = MatrixConfig(homeserver=server.url, user_id=user.user_id, device_id=user.device_id)
        ctx = BenchContext(server, user, config, server.dir)
        asyncio.run(run(ctx, args.n, args.rounds))
    finally:
        server.close()


if __name__ == "__main__":
    main()
