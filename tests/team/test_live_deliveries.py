"""Deliveries edited while they are being sent (issue 18, must hold), on PostgreSQL.

One ``shequn worker`` process sends the issue's 10,000 mails (planned in one bulk insert)
to a real SMTP server while two runtimes — two teammates — cancel and re-time random
batches of them. Every mail is sent at most once, and exactly once unless a
cancel applied before it went; nothing is left pending or mid-send; every edit either
applied or was refused (a row already sent or being sent is not touched).
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select

from desktop.config import ENV_DATABASE_URL, Paths
from desktop.secrets import SecretStore
from desktop.services.runtime import Runtime
from desktop.store.db import Database
from desktop.store.models import Delivery
from tests.sending.conftest import (  # noqa: F401  (fixtures re-exported)
    MemoryKeyring,
    SmtpServer,
    memory_keyring,
    smtp_server,
)
from tests.sending.helpers import add_account, statuses
from tests.worker_process import stop, wait_running, worker_process

from .live_helpers import teammate_paths
from .test_pg_dispatch import _enqueue

N = 10_000


def test_deliveries_edited_while_sending_go_once_or_not_at_all(
    team_paths: Paths,
    pg_db: Database,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
) -> None:
    url = team_paths.database_url
    assert url is not None
    server = smtp_server()
    add_account(pg_db, SecretStore(), server.port)
    worker = worker_process(
        team_paths, batch=50, poll=0.1, lease_seconds=300, env={ENV_DATABASE_URL: url}
    )
    a = Runtime.open(teammate_paths(tmp_path, "a"))
    b = Runtime.open(teammate_paths(tmp_path, "b"))
    cancelled: list[int] = []
    outcome = Counter[str]()  # per row edited: the edit applied, or was refused
    try:
        wait_running(worker)
        ids = _enqueue(pg_db, N, "edit")

        def edit(runtime: Runtime, seed: int) -> None:
            rng = random.Random(seed)
            outbox = runtime.services.outbox
            for _ in range(40):
                batch = rng.sample(ids, 10)
                if rng.random() < 0.5:
                    applied = outbox.cancel(batch)
                    with pg_db.read() as s:
                        cancelled.extend(
                            s.scalars(
                                select(Delivery.id).where(
                                    Delivery.id.in_(batch), Delivery.status == "cancelled"
                                )
                            )
                        )
                    outcome["applied"] += applied
                    outcome["refused"] += len(batch) - applied
                else:
                    applied = outbox.send_now(batch)
                    outcome["applied"] += applied
                    outcome["refused"] += len(batch) - applied
                time.sleep(0.005)

        editors = [threading.Thread(target=edit, args=(r, i)) for i, r in enumerate((a, b))]
        for t in editors:
            t.start()
        for t in editors:
            t.join(60)
        deadline = time.monotonic() + 120  # a generous bound on a busy machine, not a timing
        while set(statuses(pg_db)) - {"sent", "cancelled"}:
            assert time.monotonic() < deadline, statuses(pg_db)
            assert worker.poll() is None, "the worker died"
            time.sleep(0.1)
    finally:
        a.close()
        b.close()
        stop(worker, timeout=30)

    final = statuses(pg_db)
    assert set(final) <= {"sent", "cancelled"}  # none stuck pending or mid-send
    assert final.get("cancelled", 0) >= 1 and final.get("sent", 0) >= 1
    with pg_db.read() as s:
        status_of = {
            i: st
            for i, st in s.execute(
                Delivery.__table__.select().with_only_columns(Delivery.id, Delivery.status)
            )
        }
        recipient_of = {
            i: r
            for i, r in s.execute(
                Delivery.__table__.select().with_only_columns(Delivery.id, Delivery.recipient)
            )
        }
    received = Counter(r for mail in server.handler.received for r in mail.rcpt_tos)
    assert set(received.values()) == {1}, "a mail arrived twice"
    sent = {i for i, st in status_of.items() if st == "sent"}
    assert {recipient_of[i] for i in sent} == set(received)  # each sent one arrived, once
    assert all(status_of[i] == "cancelled" for i in cancelled)  # an applied cancel held
    assert not {recipient_of[i] for i in cancelled} & set(received)  # …and nothing went
    assert outcome["applied"] + outcome["refused"] == 2 * 40 * 10
    assert outcome["applied"] >= 1
