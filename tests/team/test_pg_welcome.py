"""Welcome journeys on PostgreSQL: the runner's bulk path (Core executemany, RETURNING,
``INSERT … ON CONFLICT DO NOTHING``) enrols a batch of joiners, queues their first steps,
sends them through the outbox to a real SMTP server and completes the sent steps."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.secrets import SecretStore
from desktop.services.sending.outbox import OutboxService
from desktop.services.welcome.bulk import insert_ignore
from desktop.services.welcome.journeys import JourneyEditor
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.store.base import table_of
from desktop.store.db import Database
from desktop.store.models import (
    Delivery,
    Enrolment,
    Group,
    Member,
    MemberContact,
    Membership,
    WelcomeStep,
    WelcomeStepEvent,
    WorkspaceSettings,
)
from tests.sending.conftest import (  # noqa: F401  (fixtures re-exported)
    MemoryKeyring,
    SmtpServer,
    memory_keyring,
    smtp_server,
)
from tests.sending.helpers import add_account, run_dispatcher

JOINERS = 40


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _world(db: Database) -> tuple[int, int]:
    """A group with the default journey (its first steps due at once); returns ids."""
    with db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.brand_keyword = "拾光"
        ws.daily_cap_per_member = 20
        g = Group(name="拾光·北京01", purpose="咖啡爱好者交流", rules="友善交流，禁止广告")
        s.add(g)
        s.flush()
        gid = g.id
    journey = JourneyEditor(db).create_default()
    with db.write() as s:
        s.execute(update(WelcomeStep).where(WelcomeStep.position == 1).values(delay_minutes=0))
    return gid, journey


def _joiners(db: Database, group_id: int, n: int, at: datetime) -> list[int]:
    with db.write() as s:
        members = [
            Member(
                display_name=f"新人{i}",
                quiet_start="00:00",
                quiet_end="00:00",
                dm_frequency="daily",
                contacts=[MemberContact(channel="email", address=f"n{i}@example.net")],
            )
            for i in range(n)
        ]
        s.add_all(members)
        s.flush()
        ids = [m.id for m in members]
        s.add_all(Membership(group_id=group_id, member_id=m, joined_at=at) for m in ids)
    return ids


def _count(db: Database, model: type) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_joiners_are_enrolled_and_their_first_steps_sent_in_bulk(
    pg_db: Database,
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
) -> None:
    db = pg_db
    server = smtp_server()
    add_account(db, SecretStore(), server.port)
    clock = Clock(datetime.now(UTC).replace(microsecond=0))
    group_id, journey_id = _world(db)
    outbox = OutboxService(db, clock=clock)
    WelcomeService(db, outbox, clock=clock).attach(journey_id, [group_id])
    members = _joiners(db, group_id, JOINERS, clock.now)
    clock.now += timedelta(minutes=1)
    runner = WelcomeRunner(db, outbox, clock=clock, batch_size=7)

    report = runner.run_once()
    assert (report.enrolled, report.queued) == (JOINERS, JOINERS)  # every joiner started
    with db.read() as s:
        enrolled = set(s.scalars(select(Enrolment.member_id)))
        deliveries = {d.id: d for d in s.scalars(select(Delivery))}
        events = list(s.scalars(select(WelcomeStepEvent)))
    assert enrolled == set(members)
    assert len(deliveries) == len(events) >= JOINERS  # one message per step sent
    assert {e.delivery_id for e in events} == set(deliveries)

    # A pass repeated (e.g. after a crash) adds nothing: rows already there are skipped.
    again = runner.run_once()
    assert (again.enrolled, again.queued) == (0, 0)
    assert _count(db, WelcomeStepEvent) == len(events)

    # The messages go out; the next pass completes the steps they carried.
    run_dispatcher(db, SecretStore(), timeout=60)
    assert len(server.handler.received) == len(deliveries)
    runner.run_once()
    with db.read() as s:
        sent = set(
            s.scalars(
                select(WelcomeStepEvent.delivery_id).where(
                    WelcomeStepEvent.completed_at.is_not(None)
                )
            )
        )
    assert sent, "sent steps are completed"
    assert sent <= set(deliveries)


def test_insert_ignore_skips_duplicates_on_postgresql(pg_db: Database) -> None:
    db = pg_db
    clock = Clock(datetime.now(UTC).replace(microsecond=0))
    group_id, journey_id = _world(db)
    outbox = OutboxService(db, clock=clock)
    WelcomeService(db, outbox, clock=clock).attach(journey_id, [group_id])
    _joiners(db, group_id, 5, clock.now)
    clock.now += timedelta(minutes=1)
    WelcomeRunner(db, outbox, clock=clock).run_once()

    table = table_of(WelcomeStepEvent)
    with db.read() as s:
        rows = [dict(r._mapping) for r in s.execute(select(table))]
    assert rows
    fresh = [{k: v for k, v in r.items() if k != "id"} for r in rows]
    with pytest.raises(IntegrityError), db.write() as s:
        s.execute(insert(table), fresh)  # the unique constraint is real
    with db.write() as s:
        s.execute(insert_ignore(db, table), fresh)  # … and skipped, not an error
    assert _count(db, WelcomeStepEvent) == len(rows)
