"""The outbox service the UI calls, and the manual channel's to-do flow."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.secrets import SecretStore
from desktop.services.sending.dispatcher import Dispatcher, DispatcherState
from desktop.services.sending.outbox import (
    NewDelivery,
    OutboxError,
    OutboxFilter,
    OutboxService,
)
from desktop.store.db import Database
from desktop.store.models import Operator

from .conftest import MemoryKeyring
from .helpers import fast_config, run_dispatcher


def manual_post(i: int, due: datetime) -> NewDelivery:
    return NewDelivery(
        kind=DeliveryKind.POST,
        channel=ChannelKind.MANUAL,
        due_at=due,
        idempotency_key=f"wx-{i}",
        body=f"今晚八点直播，第 {i} 场",
        recipient="北京咖啡群 01",
    )


def test_enqueue_is_idempotent_and_pages_by_keyset(db: Database) -> None:
    outbox = OutboxService(db)
    base = datetime(2030, 1, 1, tzinfo=UTC)
    ids = outbox.enqueue_many([manual_post(i, base + timedelta(minutes=i % 7)) for i in range(25)])
    assert outbox.enqueue(manual_post(3, base)) == ids[3]
    seen: list[int] = []
    page = outbox.page(limit=10)
    while True:
        seen.extend(r.id for r in page.rows)
        if page.cursor is None:
            break
        page = outbox.page(after=page.cursor, limit=10)
    assert sorted(seen) == sorted(ids) and len(seen) == 25
    keys = [(r.due_at, r.id) for r in outbox.page(limit=100).rows]
    assert keys == sorted(keys, reverse=True)
    assert outbox.counts().get(DeliveryStatus.PENDING) == 25
    with pytest.raises(OutboxError):
        outbox.enqueue(manual_post(99, base.replace(tzinfo=None)))


def test_manual_delivery_becomes_a_todo_then_is_marked_posted(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    outbox = OutboxService(db)
    now = datetime.now(UTC)
    due_id, later_id = outbox.enqueue_many(
        [manual_post(1, now - timedelta(seconds=1)), manual_post(2, now + timedelta(hours=1))]
    )
    run_dispatcher(db, SecretStore())
    todos = outbox.manual_todos()
    assert [t.id for t in todos] == [due_id] and todos[0].preview == "今晚八点直播，第 1 场"
    later = outbox.get(later_id)
    assert later is not None and later.status == DeliveryStatus.PENDING
    with db.write() as s:
        op = Operator(name="小王")
        s.add(op)
        s.flush()
        op_id = op.id
    assert outbox.mark_posted(due_id, operator_id=op_id)
    row = outbox.get(due_id)
    assert row is not None and row.status == DeliveryStatus.SENT and row.done_by == op_id
    assert row.sent_at is not None
    assert not outbox.mark_posted(due_id, operator_id=op_id)  # only a to-do can be posted


def test_cancel_retry_send_now(db: Database) -> None:
    outbox = OutboxService(db)
    future = datetime.now(UTC) + timedelta(days=2)
    a, b = outbox.enqueue_many([manual_post(1, future), manual_post(2, future)])
    assert outbox.send_now([a]) == 1
    row = outbox.get(a)
    assert row is not None and row.next_attempt_at is not None
    assert row.next_attempt_at <= datetime.now(UTC)
    assert outbox.cancel([b]) == 1
    assert outbox.page(OutboxFilter(statuses=(DeliveryStatus.CANCELLED,))).rows[0].id == b
    assert outbox.retry([b]) == 1
    row = outbox.get(b)
    assert row is not None and row.status == DeliveryStatus.PENDING and row.attempts == 0


def test_dispatcher_state_pause_resume_and_wake(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    states: list[DispatcherState] = []

    async def main() -> None:
        dispatcher = Dispatcher(db, SecretStore(), config=fast_config(poll_interval=30))
        dispatcher.subscribe(states.append)
        outbox = OutboxService(db, on_change=dispatcher.wake)
        dispatcher.pause()
        task = dispatcher.start()
        outbox.enqueue(manual_post(1, datetime.now(UTC) - timedelta(seconds=1)))
        await asyncio.sleep(0.3)
        assert dispatcher.state.running and dispatcher.state.paused
        assert outbox.get(1) is not None and outbox.get(1).status == DeliveryStatus.PENDING  # type: ignore[union-attr]
        dispatcher.resume()  # wakes the loop: no 30 s poll wait
        for _ in range(100):
            if outbox.counts().get(DeliveryStatus.MANUAL_TODO) == 1:
                break
            await asyncio.sleep(0.05)
        assert outbox.counts().get(DeliveryStatus.MANUAL_TODO) == 1
        await dispatcher.stop()
        assert task.done() and not dispatcher.state.running

    asyncio.run(main())
    assert any(s.paused for s in states) and states[-1].running is False


def test_rules_postpone_is_recorded_with_a_reason(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    from .helpers import add_members

    (member,) = add_members(db, 1, marketing=False)
    outbox = OutboxService(db)
    did = outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.MANUAL,
            due_at=datetime.now(UTC) - timedelta(seconds=1),
            idempotency_key="promo-1",
            body="限时优惠",
            purpose=ConsentPurpose.MARKETING,
            member_id=member,
            recipient="wx_member",
        )
    )
    run_dispatcher(db, SecretStore())
    row = outbox.get(did)
    assert row is not None and row.status == DeliveryStatus.CANCELLED
    assert row.status_reason == "skipped — no_consent: manual/marketing"


def test_deliveries_waiting_for_an_account_are_counted_and_named(db: Database) -> None:
    from desktop.services.sending import waiting_for_accounts, why_waiting
    from desktop.store.models import ChannelAccount
    from desktop.ui.outbox.worker_status import describe_state

    now = datetime.now(UTC)
    outbox = OutboxService(db)
    ids = [
        outbox.enqueue(
            NewDelivery(
                kind=DeliveryKind.DM,
                channel=ChannelKind.EMAIL,
                due_at=now,
                idempotency_key=f"w{i}",
                body="你好",
                recipient=f"m{i}@example.net",
            )
        )
        for i in range(3)
    ]
    outbox.enqueue(manual_post(9, now))  # manual posts need no account
    assert waiting_for_accounts(db) == {ChannelKind.EMAIL: 3}
    with db.read() as s:
        reasons = why_waiting(s, ids)
    assert {w.reason for w in reasons.values()} == {"waiting: no enabled email account"}

    state = DispatcherState(running=True, waiting_for_account=3, waiting_channels=("email",))
    assert describe_state(state).startswith("Sending: 3 waiting for a mail account")
    assert "running" not in describe_state(state)

    with db.write() as s:
        s.add(ChannelAccount(kind=ChannelKind.EMAIL, name="club", config={}, status="ok"))
    assert waiting_for_accounts(db) == {}
    with db.write() as s:
        for acc in s.query(ChannelAccount):
            acc.status = "auth_error"
    assert waiting_for_accounts(db) == {ChannelKind.EMAIL: 3}
