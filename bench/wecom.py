"""WeCom speed against the contract server (tests/wecom_contract), baselines in the same run.

    .venv/bin/python bench/wecom.py [--groups 200] [--posts 5] [--owners 20] [--callbacks 10000]

``wecom_task_ratio``: time of a bare loop of ``add_msg_template`` calls, one per post and
group, with one token and one connection pool, over the time the app takes to turn the same
deliveries (posts × groups, in the outbox) into 群发 tasks through the dispatcher and the
WeCom channel (≥ 0.7 is the goal; above 1 the app is faster, because it makes one task per
owner and post). ``wecom_callbacks_per_s``: join callbacks verified, decrypted, stored and
applied per second through ``WeComCallbacks.receive`` (no HTTP).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--posts", type=int, default=5)
    parser.add_argument("--owners", type=int, default=20)
    parser.add_argument("--callbacks", type=int, default=10_000)
    args = parser.parse_args()

    import keyring

    from tests.memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from desktop.channels.wecom import AppConfig, TokenCache, WeComClient, api
    from desktop.config import resolve_paths
    from desktop.domain.enums import ChannelKind
    from desktop.services.container import Services
    from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
    from desktop.services.workspace.service import open_workspace
    from tests.sending.helpers import group_posts
    from tests.wecom.support import CALLBACK, add_account
    from tests.wecom_contract import callbacks as wecom
    from tests.wecom_contract.fixtures import CORP_ID, SECRET
    from tests.wecom_contract.server import ContractServer
    from tests.wecom_contract.state import ContractState

    state = ContractState()
    state.add_app(CORP_ID, SECRET)
    chats = [f"wrB{i:05d}" for i in range(args.groups)]
    for i, chat in enumerate(chats):
        state.add_group(chat, f"拾光{i}群", f"owner{i % args.owners}")
    server = ContractServer(state).start()
    total = args.groups * args.posts
    try:
        # Baseline: one add_msg_template per post and group, one token, one connection pool.
        async def bare() -> float:
            client = WeComClient(
                AppConfig(CORP_ID, SECRET), base_url=server.url, tokens=TokenCache()
            )
            async with client:
                await client.token()
                start = time.perf_counter()
                for p in range(args.posts):
                    for i, chat in enumerate(chats):
                        await api.add_group_msg_template(
                            client, f"owner{i % args.owners}", [chat], f"bare post {p}"
                        )
                return time.perf_counter() - start

        bare_s = asyncio.run(bare())
        state.tasks.clear()

        tmp = Path(tempfile.mkdtemp(prefix="shequn-bench-"))
        paths = resolve_paths(tmp / "data")
        services = Services.build(paths, open_workspace(paths))
        account = add_account(services, server)
        asyncio.run(services.wecom_sync.sync(account))
        groups = [services.wecom_ingest.link(account, c).group_id for c in chats]
        bodies = [f"app post {p}" for p in range(args.posts)]
        services.outbox.enqueue_many(
            group_posts(ChannelKind.WECOM, account, groups, bodies, key="bench")
        )
        dispatcher = Dispatcher(
            services.db,
            services.secrets,
            config=DispatcherConfig(batch_size=total, flush_every=total, poll_interval=0.05),
        )
        start = time.perf_counter()
        asyncio.run(dispatcher.run(until_idle=True))
        app_s = time.perf_counter() - start
        made = sum(len(t.chat_ids) for t in state.tasks.values())
        assert made == total, f"{made} of {total} group posts became tasks"
        print(f"wecom_task_ratio={bare_s / app_s:.2f}")
        print(f"wecom_tasks_app={len(state.tasks)} wecom_tasks_bare={total}")

        # Callbacks: joins into one linked group, each a different newcomer.
        bodies = []
        for n in range(args.callbacks):
            event = wecom.chat_event(
                chats[n % len(chats)], "update", "add_member", [f"wmJ{n:06d}"], 3
            )
            bodies.append(wecom.signed_post(CALLBACK, event))

        async def receive() -> float:
            cb = services.wecom_callbacks
            start = time.perf_counter()
            for query, body in bodies:
                status, _ = await cb.receive(account, query, body.encode())
                assert status == 200
            elapsed = time.perf_counter() - start
            await cb.idle()
            return elapsed

        cb_s = asyncio.run(receive())
        print(f"wecom_callbacks_per_s={args.callbacks / cb_s:.0f}")
        services.close()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
