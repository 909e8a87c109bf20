"""微信客服 ingest at scale: 100,000 WeChat messages from 1,000 users, one callback.

    .venv/bin/python bench/wechat_kf.py [--messages 100000] [--users 1000]

The contract server (tests/wecom_contract) holds the messages; one signed
``kf_msg_or_event`` callback goes to the worker's HTTP listener, which pages ``kf/sync_msg``
(1,000 a page) and stores each page with its cursor (services/wechat_kf). The baseline, in
the same run, is a bare loop that inserts the same rows into a fresh workspace's
``messages`` table with ``sqlite3`` ``executemany``, one transaction per 1,000 rows (the
search index triggers fire in both).

Prints: kf_messages, kf_ingest_s, bare_insert_s, kf_ingest_ratio, kf_msgs_per_s.
"""

from __future__ import annotations

import argparse
import asyncio
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.channels.wechat_kf.types import KfAccountInfo
from desktop.channels.wecom.types import AccountSettings
from desktop.config import resolve_paths
from desktop.services.container import Services
from desktop.services.web.listener import WebListener
from desktop.services.wecom.site import wecom_site
from desktop.services.workspace.service import open_workspace
from tests.wecom_contract.callbacks import CallbackApp, deliver
from tests.wecom_contract.kf import kf_event_xml, kf_state
from tests.wecom_contract.server import ContractServer
from tests.wecom_contract.state import ContractState

CORP, SECRET, KFID = "wwbench0001", "bench-secret", "wkBench0000001"
CALLBACK = CallbackApp("benchToken", "b" * 42 + "E", CORP)


def workspace(folder: Path, server: ContractServer) -> tuple[Services, int]:
    paths = resolve_paths(folder)
    paths.ensure()
    services = Services.build(paths, open_workspace(paths))
    app_id = services.wecom_accounts.save(
        "bench app",
        AccountSettings(CORP, 1000002, server.url),
        secret=SECRET,
        callback_token=CALLBACK.token,
        aes_key=CALLBACK.aes_key,
    )
    services.wechat_kf_accounts.serve_from_app(app_id, KfAccountInfo(KFID, "bench"))
    return services, app_id


def ingest(services: Services, app_id: int, token: str) -> float:
    async def run() -> float:
        listener = WebListener("127.0.0.1", 0, [wecom_site(services.wecom_callbacks)])
        await listener.start()
        try:
            t = time.perf_counter()
            url = f"{listener.base_url}/wecom/{app_id}/callback"
            status, _ = await deliver(url, CALLBACK, kf_event_xml(token, KFID, int(time.time())))
            assert status == 200
            await services.wechat_kf_callback.drain()
            return time.perf_counter() - t
        finally:
            await listener.stop()

    return asyncio.run(run())


def bare(folder: Path, items: list[dict[str, object]], users: int) -> float:
    paths = resolve_paths(folder)
    paths.ensure()
    opened = open_workspace(paths)
    opened.db.dispose()
    raw = sqlite3.connect(paths.sqlite_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=NORMAL")
    now = "2026-12-05 00:00:00"
    raw.execute("BEGIN")
    raw.executemany(
        "INSERT INTO members (id, display_name, source, notes, lifecycle, activity_score,"
        " dm_frequency, created_at, updated_at) VALUES (?, ?, '', '', 'active', 0, 'weekly', ?, ?)",
        ((i, f"wm{i}", now, now) for i in range(1, users + 1)),
    )
    raw.executemany(
        "INSERT INTO conversations (id, member_id, channel, subject, status, priority,"
        " last_message_at, last_preview, unread, created_at, updated_at)"
        " VALUES (?, ?, 'wechat_kf', '', 'open', 'normal', ?, '', 0, ?, ?)",
        ((i, i, now, now, now) for i in range(1, users + 1)),
    )
    raw.execute("COMMIT")
    conv = {f"wm{i:05d}": i + 1 for i in range(users)}
    rows = [
        (
            conv[str(m["external_userid"])],
            "in",
            str(m["text"]["content"]),  # type: ignore[index]
            str(m["msgid"]),
            now,
            str(m["external_userid"]),
        )
        for m in items
    ]
    t = time.perf_counter()
    for start in range(0, len(rows), 1000):
        raw.execute("BEGIN")
        raw.executemany(
            "INSERT INTO messages (conversation_id, direction, body_text, external_id, sent_at,"
            " sender, is_feedback, has_remote_images) VALUES (?, ?, ?, ?, ?, ?, 0, 0)",
            rows[start : start + 1000],
        )
        raw.execute("COMMIT")
    elapsed = time.perf_counter() - t
    raw.close()
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=100_000)
    ap.add_argument("--users", type=int, default=1_000)
    args = ap.parse_args()
    state = ContractState()
    state.add_app(CORP, SECRET)
    server = ContractServer(state).start()
    kf = kf_state(state)
    kf.accounts[KFID] = "bench"
    words = ["请问", "会员卡", "咖啡豆", "发货", "退款", "积分", "latte", "invoice", "门店", "优惠"]
    for i in range(args.messages):
        text = f"{words[i % 10]}{words[(i * 7) % 10]} #{i}"
        kf.user_says(state, KFID, f"wm{i % args.users:05d}", text)
    token = kf.callback_token(state)
    folder = Path(tempfile.mkdtemp(prefix="shequn-bench-kf-"))
    try:
        services, app_id = workspace(folder / "kf", server)
        ours = ingest(services, app_id, token)
        services.close()
        base = bare(folder / "bare", kf.log, args.users)
    finally:
        server.stop()
    print(f"kf_messages={args.messages}")
    print(f"kf_ingest_s={ours:.2f}")
    print(f"bare_insert_s={base:.2f}")
    print(f"kf_ingest_ratio={ours / base:.2f}")
    print(f"kf_msgs_per_s={args.messages / ours:.0f}")


if __name__ == "__main__":
    main()
