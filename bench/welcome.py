"""Welcome speed: 10,000 members join within a minute; the runner enrols them and queues
their first step, against a bare bulk INSERT of the same deliveries in the same run.

    .venv/bin/python bench/welcome.py [--members 10000]

``enrol_ratio``: runner pass (sweep → enrolments → first-step deliveries through the
outbox service → step events) over a single executemany INSERT of equal delivery rows.
Goal ≤ 3.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    args = parser.parse_args()

    from sqlalchemy import func, insert, select

    from desktop.config import resolve_paths
    from desktop.services.sending.outbox import OutboxService
    from desktop.services.welcome.journeys import JourneyEditor
    from desktop.services.welcome.runner import WelcomeRunner, delivery_key
    from desktop.services.welcome.service import WelcomeService
    from desktop.services.workspace.service import open_workspace
    from desktop.store.models import Delivery, Group, Member, MemberContact, Membership

    n = args.members
    with tempfile.TemporaryDirectory() as tmp:
        db = open_workspace(resolve_paths(Path(tmp) / "data")).db
        journey = JourneyEditor(db).create_default()
        with db.write() as s:
            g = Group(name="拾光·压测01", purpose="压测")
            s.add(g)
            s.flush()
            gid = g.id
        t0 = datetime.now(UTC).replace(microsecond=0)
        WelcomeService(db, OutboxService(db), clock=lambda: t0 - timedelta(minutes=1)).attach(
            journey, [gid]
        )
        with db.write() as s:
            s.execute(
                insert(Member),
                [
                    {"id": i, "display_name": f"成员{i}", "created_at": t0, "updated_at": t0}
                    for i in range(1, n + 1)
                ],
            )
            s.execute(
                insert(MemberContact),
                [
                    {"member_id": i, "channel": "email", "address": f"m{i}@example.net"}
                    for i in range(1, n + 1)
                ],
            )
            s.execute(
                insert(Membership),
                [
                    {
                        "group_id": gid,
                        "member_id": i,
                        "role": "member",
                        "joined_at": t0 + timedelta(milliseconds=6 * i),  # within a minute
                    }
                    for i in range(1, n + 1)
                ],
            )
        now = t0 + timedelta(minutes=1)
        runner = WelcomeRunner(db, OutboxService(db), batch_size=n)
        started = time.perf_counter()
        report = runner.run_once(now)
        runner_s = time.perf_counter() - started
        assert report.enrolled == n and report.queued == n, report

        with db.read() as s:
            rows = [
                {
                    c.key: getattr(d, c.key)
                    for c in Delivery.__table__.columns
                    if c.key not in ("id", "idempotency_key")
                }
                for d in s.scalars(select(Delivery))
            ]
        for i, r in enumerate(rows):
            r["idempotency_key"] = "bare:" + delivery_key(i, 0, 0)
        started = time.perf_counter()
        with db.write() as s:
            s.execute(insert(Delivery), rows)
        bare_s = time.perf_counter() - started
        with db.read() as s:
            total = s.scalar(select(func.count()).select_from(Delivery))
        assert total == 2 * n
        db.dispose()
    print(f"members={n}")
    print(f"runner_s={runner_s:.3f}")
    print(f"bare_insert_s={bare_s:.3f}")
    print(f"enrol_ratio={runner_s / bare_s:.2f}")


if __name__ == "__main__":
    main()
