"""Crash safety: SIGKILL the worker process mid-batch, start it again, nothing is lost."""

from __future__ import annotations

import signal
from collections import Counter
from collections.abc import Callable

from sqlalchemy import func, select

from desktop.config import Paths
from desktop.domain.enums import DeliveryStatus
from desktop.secrets import SecretStore
from desktop.store.db import Database
from desktop.store.models import Delivery
from tests.worker_process import drain, stop, wait_running, worker_process

from .conftest import MemoryKeyring, SmtpServer
from .helpers import add_account, enqueue_service_mails, statuses

N = 2000


def claimed(db: Database) -> int:
    with db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.CLAIMED)
            )
            or 0
        )


def test_sigkill_mid_batch_then_restart_delivers_everything(
    paths: Paths,
    db: Database,
    memory_keyring: MemoryKeyring,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    server = smtp_server()
    add_account(db, SecretStore(), server.port)  # no login: the subprocess has no keyring
    enqueue_service_mails(db, N, "crash", "第 {i} 封", "崩溃之后也要送达。")

    first = worker_process(paths)
    kill_at = N // 4 + 17  # not a batch boundary: the kill lands inside a batch

    def kill_mid_batch(count: int) -> None:
        if count == kill_at:
            first.send_signal(signal.SIGKILL)

    server.handler.on_message = kill_mid_batch
    first.wait(60)
    server.handler.on_message = None
    assert first.returncode == -signal.SIGKILL
    in_flight = claimed(db)
    arrived_before = server.handler.count()
    assert 0 < arrived_before < N, "killed mid-batch"

    drain(paths)

    ids = server.handler.message_ids()
    counts = Counter(ids)
    assert len(counts) == N, "every message arrived"
    duplicates = len(ids) - len(counts)
    print(f"in_flight={in_flight} duplicates={duplicates} before_kill={arrived_before}")
    assert duplicates <= in_flight, (duplicates, in_flight)
    assert statuses(db) == {"sent": N}
    assert claimed(db) == 0


def test_worker_stops_cleanly_on_sigterm(
    paths: Paths, db: Database, smtp_server: Callable[..., SmtpServer]
) -> None:
    proc = worker_process(paths)
    wait_running(proc)  # handlers installed
    out, err = stop(proc, timeout=30)
    assert proc.returncode == 0, err
    assert "sent=0" in out
