"""Sending throughput: the full outbox path against a bare aiosmtplib loop, in one run.

Full path: N outbox rows (marketing DMs to N members with consent, templated) → claim
under a lease → send-time rules → render → SMTP → record. Baseline: the same messages
built and sent by a plain loop over one reused aiosmtplib connection. Both go to the same
aiosmtpd sink, run as a separate process on 127.0.0.1 so it does not share our GIL.

    .venv/bin/python bench/send.py [--n 10000]

Prints one ``key=value`` per line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from pathlib import Path

import aiosmtplib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.channels.mail_message import message_id_for  # noqa: E402
from desktop.config import resolve_paths  # noqa: E402
from desktop.domain.enums import (  # noqa: E402
    ChannelKind,
    ConsentPurpose,
    DeliveryKind,
    DeliveryStatus,
)
from desktop.secrets import SecretStore  # noqa: E402
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig  # noqa: E402
from desktop.services.sending.outbox import NewDelivery, OutboxService  # noqa: E402
from desktop.services.workspace.service import open_workspace  # noqa: E402
from desktop.store.db import Database  # noqa: E402
from tests.ports import free_port  # noqa: E402
from tests.sending.helpers import add_account, add_members  # noqa: E402

SUBJECT = "社群周报：本周活动"
BODY = "你好 {name}，欢迎参加本周的咖啡品鉴会！地点：北京朝阳。\n" * 5
HTML = "<p>你好 <b>{name}</b>，欢迎参加本周的咖啡品鉴会！</p>" * 5


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def start_sink(port: int) -> subprocess.Popen[bytes]:
    command = ["-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"]
    proc = subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("SMTP sink did not start")


def prepare(db: Database, port: int, n: int) -> None:
    """An account on the sink and ``n`` members with marketing consent (ids 1…n), as the
    sending tests build them; then one due mail each."""
    add_account(db, SecretStore(), port)
    add_members(db, n)
    due = datetime.now(UTC) - timedelta(seconds=1)
    OutboxService(db).enqueue_many(
        [
            NewDelivery(
                kind=DeliveryKind.DM,
                channel=ChannelKind.EMAIL,
                due_at=due,
                idempotency_key=f"bench-{i}",
                subject=SUBJECT,
                body=BODY,
                body_html=HTML,
                purpose=ConsentPurpose.MARKETING,
                member_id=i,
                template_values={},
            )
            for i in range(1, n + 1)
        ]
    )


async def full_path(db: Database) -> tuple[float, float]:
    config = DispatcherConfig(batch_size=200, flush_every=100, poll_interval=0.5)
    dispatcher = Dispatcher(db, SecretStore(), config=config)
    start = time.perf_counter()
    await dispatcher.run(until_idle=True)
    elapsed = time.perf_counter() - start
    await dispatcher.stop()
    return elapsed, float(dispatcher.state.sent)


async def bare_loop(port: int, n: int) -> float:
    smtp = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, start_tls=False)
    start = time.perf_counter()
    await smtp.connect()
    for i in range(1, n + 1):
        name = f"成员{i}"
        msg = EmailMessage()
        msg["Message-ID"] = message_id_for(f"bare-{i}", "example.org")
        msg["Date"] = formatdate(usegmt=True)
        msg["From"] = formataddr(("咖啡社群", "club@example.org"))
        msg["To"] = f"m{i}@example.net"
        msg["Subject"] = SUBJECT
        msg["List-Unsubscribe"] = "<mailto:club@example.org?subject=unsubscribe>"
        msg.set_content(BODY.replace("{name}", name), charset="utf-8")
        msg.add_alternative(HTML.replace("{name}", name), subtype="html", charset="utf-8")
        await smtp.send_message(msg)
    await smtp.quit()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="messages per path")
    args = parser.parse_args()
    n = args.n
    port = free_port()
    sink = start_sink(port)
    try:
        with tempfile.TemporaryDirectory(prefix="shequn-bench-") as tmp:
            os.environ["SHEQUN_LOG_DIR"] = str(Path(tmp) / "logs")
            paths = resolve_paths(Path(tmp) / "data")
            opened = open_workspace(paths)
            db = opened.db
            prepare(db, port, n)
            bare = asyncio.run(bare_loop(port, n))
            rss_start = rss_mb()
            full, sent = asyncio.run(full_path(db))
            rss_end = rss_mb()
            with db.read() as s:
                from sqlalchemy import func, select

                from desktop.store.models import Delivery

                done = s.scalar(
                    select(func.count())
                    .select_from(Delivery)
                    .where(Delivery.status == DeliveryStatus.SENT)
                )
            db.dispose()
    finally:
        sink.terminate()
        sink.wait(10)
    full_rate = sent / full
    bare_rate = n / bare
    print(f"n={n}")
    print(f"full_sent={done}")
    print(f"full_rate={full_rate:.1f}")
    print(f"bare_rate={bare_rate:.1f}")
    print(f"send_ratio={full_rate / bare_rate:.3f}")
    print(f"rss_mb_start={rss_start:.1f}")
    print(f"rss_mb_end={rss_end:.1f}")
    return 0 if done == n else 1


if __name__ == "__main__":
    sys.exit(main())
