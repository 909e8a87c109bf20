"""Team sending throughput: two ``shequn worker`` processes on one PostgreSQL outbox against
one bare aiosmtplib loop, in one run, to the same SMTP sink.

Team path: N marketing DMs (members with consent, templated) in a PostgreSQL workspace;
two worker processes (``shequn worker --drain``) claim batches with ``SKIP LOCKED``, apply
the send-time rules, render, send over several SMTP connections each (``--lanes``) and
record every outcome; timed from the first worker being ready ("worker running") until
both have exited (and, as a second figure, from launching the processes). Baseline:
the same messages built and sent by a plain loop over one reused aiosmtplib connection.
The sink (aiosmtpd) and the PostgreSQL server run as their own processes on 127.0.0.1.

    .venv/bin/python bench/team_send.py [--n 10000] [--lanes 4] [--batch 200]

Prints one ``key=value`` per line; ``team_send_ratio`` is team mails/s over bare mails/s.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from send import bare_loop, free_port, prepare, start_sink  # noqa: E402

from desktop.domain.enums import DeliveryStatus  # noqa: E402
from desktop.services.workspace.service import ensure_settings  # noqa: E402
from desktop.store.db import Database  # noqa: E402
from desktop.store.migrate import migrate  # noqa: E402
from desktop.store.models import Delivery  # noqa: E402
from tests.team.pg_server import PgServer, find_bindir  # noqa: E402
from tests.worker_process import READY, worker_command  # noqa: E402

WORKERS = 2


def run_workers(url: str, data_dir: Path, args: argparse.Namespace) -> tuple[float, float]:
    """(seconds from the first worker being ready to both having exited, seconds from
    launching the processes): the first compares with the bare loop, which also starts
    timing after its imports; the second includes interpreter start-up and imports."""
    env = {**os.environ, "SHEQUN_DATABASE_URL": url, "SHEQUN_LOG_DIR": str(data_dir / "logs")}
    command = worker_command(
        data_dir, "--drain", "--lanes", str(args.lanes), batch=args.batch, poll=0.5
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    errors = [(data_dir / f"worker-{i}.err").open("w+") for i in range(WORKERS)]
    launched = time.perf_counter()
    procs = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        for err in errors
    ]
    ready: list[float] = []

    def wait_ready(proc: subprocess.Popen[str]) -> None:
        assert proc.stdout is not None
        for line in proc.stdout:  # "worker running; …" once it can take work
            if READY in line:
                ready.append(time.perf_counter())

    watchers = [threading.Thread(target=wait_ready, args=(p,)) for p in procs]
    for w in watchers:
        w.start()
    for proc, err in zip(procs, errors, strict=True):
        proc.wait(timeout=600)
        if proc.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"a worker failed: {err.read()[-2000:]}")
    done = time.perf_counter()
    for w in watchers:
        w.join()
    for err in errors:
        err.close()
    return done - min(ready), done - launched


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000, help="messages per path")
    parser.add_argument("--lanes", type=int, default=4, help="SMTP connections per worker")
    parser.add_argument("--batch", type=int, default=200, help="rows a worker claims at once")
    args = parser.parse_args()
    n = args.n
    port = free_port()
    sink = start_sink(port)
    server = PgServer(find_bindir())
    server.start()
    try:
        with tempfile.TemporaryDirectory(prefix="shequn-bench-") as tmp:
            url = server.url(server.create_database("team_send"))
            db = Database(url)
            migrate(db.engine)
            ensure_settings(db)
            prepare(db, port, n)
            bare = asyncio.run(bare_loop(port, n))
            team, cold = run_workers(url, Path(tmp) / "data", args)
            with db.read() as s:
                counts = Counter(
                    {
                        str(status): int(count)
                        for status, count in s.execute(
                            select(Delivery.status, func.count()).group_by(Delivery.status)
                        )
                    }
                )
            db.dispose()
    finally:
        server.stop()
        sink.terminate()
        sink.wait(10)
    sent = counts[str(DeliveryStatus.SENT)]
    team_rate = sent / team
    bare_rate = n / bare
    print(f"n={n}")
    print(f"workers={WORKERS}")
    print(f"lanes={args.lanes}")
    print(f"team_sent={sent}")
    print(f"team_not_sent={n - sent}")
    print(f"team_rate={team_rate:.1f}")
    print(f"bare_rate={bare_rate:.1f}")
    print(f"team_send_ratio={team_rate / bare_rate:.3f}")
    print(f"team_rate_with_startup={sent / cold:.1f}")
    print(f"team_send_ratio_with_startup={sent / cold / bare_rate:.3f}")
    return 0 if sent == n else 1


if __name__ == "__main__":
    sys.exit(main())
