"""Several dispatchers on one PostgreSQL outbox: ``FOR UPDATE SKIP LOCKED`` claims.

On SQLite one writer at a time takes the write lock; on PostgreSQL workers claim at the
same moment and must still take disjoint rows. Checked three ways: a row locked by another
session is skipped (not waited for), many threads claiming at once never share a row, and
two ``main.py worker`` processes send 500 mails to a real SMTP server exactly once each.
"""

from __future__ import annotations

import re
import signal
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select, text

from desktop.config import ENV_DATABASE_URL, Paths
from desktop.secrets import SecretStore
from desktop.services.sending import claims as dispatch_store
from desktop.store.db import Database
from desktop.store.models import Delivery
from tests.sending.conftest import (  # noqa: F401  (fixtures re-exported)
    MemoryKeyring,
    SmtpServer,
    memory_keyring,
    smtp_server,
)
from tests.sending.helpers import add_account, enqueue_service_mails, statuses
from tests.worker_process import wait_running, worker_process

N = 500
LEASE = timedelta(minutes=5)


def _enqueue(db: Database, n: int, prefix: str) -> list[int]:
    return enqueue_service_mails(
        db, n, prefix, "团队模式 第 {i} 封", "两位运营同时发送，每封只发一次。"
    )


def test_a_row_locked_by_another_session_is_skipped_not_waited_for(pg_url: str) -> None:
    # lock_timeout: were SKIP LOCKED missing, the claim would fail fast instead of hanging.
    db = Database(pg_url, connect_args={"options": "-c lock_timeout=3000"})
    other = Database(pg_url)
    try:
        ids = _enqueue(db, 10, "lock")
        with other.engine.connect() as conn, conn.begin():
            conn.execute(
                select(Delivery.id).where(Delivery.id.in_(ids[:4])).with_for_update()
            ).all()
            started = time.monotonic()
            got = dispatch_store.claim(db, "w1", datetime.now(UTC), LEASE, limit=10)
            assert time.monotonic() - started < 2
            assert sorted(got) == sorted(ids[4:])
        # Once the other session is done, its rows are free again.
        got = dispatch_store.claim(db, "w2", datetime.now(UTC), LEASE, limit=10)
        assert sorted(got) == sorted(ids[:4])
    finally:
        db.dispose()
        other.dispose()


def test_concurrent_claims_take_disjoint_rows(pg_url: str) -> None:
    setup = Database(pg_url)
    ids = set(_enqueue(setup, N, "race"))
    setup.dispose()
    workers = 6
    taken: dict[str, list[int]] = {f"w{i}": [] for i in range(workers)}
    errors: list[BaseException] = []
    start = threading.Barrier(workers)

    def work(owner: str) -> None:
        db = Database(pg_url)  # each worker its own engine, as separate processes would have
        try:
            start.wait()
            while True:
                got = dispatch_store.claim(db, owner, datetime.now(UTC), LEASE, limit=7)
                if not got:
                    return
                taken[owner] += got
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.dispose()

    threads = [threading.Thread(target=work, args=(o,)) for o in taken]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors, errors
    everything = [i for got in taken.values() for i in got]
    assert len(everything) == len(set(everything)), "a row was claimed twice"
    assert set(everything) == ids
    assert sum(1 for got in taken.values() if got) >= 2, "the claims did not overlap"
    check = Database(pg_url)
    with check.read() as s:
        owners = {i: o for i, o in s.execute(select(Delivery.id, Delivery.lease_owner))}
    check.dispose()
    assert all(owners[i] == o for o, got in taken.items() for i in got)


def _worker(paths: Paths, url: str) -> subprocess.Popen[str]:
    # The default 5-minute lease: two live workers must never take each other's rows.
    return worker_process(paths, batch=25, poll=0.2, lease_seconds=300, env={ENV_DATABASE_URL: url})


def test_two_worker_processes_send_every_mail_exactly_once(
    team_paths: Paths,
    pg_db: Database,
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
) -> None:
    assert team_paths.database_url is not None
    server = smtp_server()
    add_account(pg_db, SecretStore(), server.port)  # no login: the workers have no keyring
    workers = [_worker(team_paths, team_paths.database_url) for _ in range(2)]
    try:
        for w in workers:  # both are polling before any mail is due
            wait_running(w)
        _enqueue(pg_db, N, "team")
        deadline = time.monotonic() + 45
        while statuses(pg_db) != {"sent": N}:
            assert time.monotonic() < deadline, statuses(pg_db)
            assert all(w.poll() is None for w in workers), "a worker died"
            time.sleep(0.1)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
    sent = []
    for w in workers:
        out, err = w.communicate(timeout=30)
        assert w.returncode == 0, err
        m = re.search(r"sent=(\d+) failed=(\d+)", out)
        assert m is not None, out
        assert m.group(2) == "0", err
        sent.append(int(m.group(1)))

    ids = server.handler.message_ids()
    assert len(ids) == N and len(Counter(ids)) == N, "every mail arrived exactly once"
    recipients = Counter(r for mail in server.handler.received for r in mail.rcpt_tos)
    assert set(recipients.values()) == {1} and len(recipients) == N
    assert sum(sent) == N
    assert all(n > 0 for n in sent), f"both workers should have sent some: {sent}"
    with pg_db.read() as s:
        assert s.scalar(text("SELECT count(*) FROM deliveries WHERE lease_owner IS NULL")) == N
