"""Calendar posts to WeCom groups become 群发 tasks through the outbox: one task per owner
and post, shown as waiting for the owner, followed up, reminded (3 per 24 h), cancelled;
the monthly cap refused when planning."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.calendar.service import PostDraft, PostValidationError
from desktop.services.container import Services
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
from desktop.services.wecom import WeComTaskProblem
from desktop.store.models import Delivery
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import add_account
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


def linked_groups(services: Services, server: ContractServer, owners: dict[str, str]) -> list[int]:
    for chat_id, owner in owners.items():
        server.state.add_group(chat_id, f"拾光{chat_id[-2:]}群", owner)
    account = add_account(services, server)
    asyncio.run(services.wecom_sync.sync(account))
    return [services.wecom_ingest.link(account, chat_id).group_id for chat_id in owners]


def plan(services: Services, title: str, groups: list[int], when: datetime) -> int:
    post = services.calendar.save(
        PostDraft(title=title, body="本周新豆到店", when=when, target_ids=groups)
    )
    services.schedule.schedule([post], now=when - timedelta(hours=1))
    return post


def dispatch(services: Services) -> None:
    dispatcher = Dispatcher(
        services.db, services.secrets, config=DispatcherConfig(poll_interval=0.05)
    )
    asyncio.run(asyncio.wait_for(dispatcher.run(until_idle=True), 30))


def rows(services: Services) -> list[Delivery]:
    with services.db.read() as s:
        return list(s.scalars(select(Delivery).order_by(Delivery.id)))


def test_post_becomes_one_task_per_owner_then_confirmed(
    services: Services, wecom_server: ContractServer
) -> None:
    groups = linked_groups(
        services, wecom_server, {"wrT01": "owner1", "wrT02": "owner1", "wrT03": "owner2"}
    )
    plan(services, "周五手冲", groups, datetime.now(UTC) + timedelta(seconds=1))
    with services.db.write() as s:  # due now
        for d in s.scalars(select(Delivery)):
            d.due_at = d.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)
    dispatch(services)

    out = rows(services)
    assert [d.channel for d in out] == [ChannelKind.WECOM] * 3
    assert {d.status for d in out} == {DeliveryStatus.AWAITING}
    assert {d.status_reason for d in out} == {"waiting for owner confirmation"}
    tasks = wecom_server.state.tasks
    assert sorted((t.sender, sorted(t.chat_ids)) for t in tasks.values()) == [
        ("owner1", ["wrT01", "wrT02"]),
        ("owner2", ["wrT03"]),
    ]
    assert {u for u, _ in wecom_server.state.staff_messages} == {"owner1", "owner2"}

    owner1_task = next(t for t in tasks.values() if t.sender == "owner1")
    wecom_server.state.confirm(owner1_task.msgid, ["wrT01"])
    account = out[0].channel_account_id
    assert account is not None
    assert asyncio.run(services.wecom_tasks.follow_up(account)) == 1
    sent = [d for d in rows(services) if d.status == DeliveryStatus.SENT]
    assert len(sent) == 1 and (sent[0].status_reason or "").startswith("confirmed by owner1 at ")
    waiting = services.wecom_tasks.awaiting(account)
    assert sorted(t.owner for t in waiting) == ["owner1", "owner2"]

    # Reminders: three in 24 h, then a clear refusal without calling WeCom.
    for _ in range(3):
        asyncio.run(services.wecom_tasks.remind(account, owner1_task.msgid))
    calls = len(wecom_server.state.calls)
    with pytest.raises(WeComTaskProblem, match="3 times in 24 hours"):
        asyncio.run(services.wecom_tasks.remind(account, owner1_task.msgid))
    assert len(wecom_server.state.calls) == calls

    assert asyncio.run(services.wecom_tasks.cancel(account, owner1_task.msgid)) == 1
    assert wecom_server.state.tasks[owner1_task.msgid].cancelled


def test_monthly_cap_is_refused_when_planning(
    services: Services, wecom_server: ContractServer
) -> None:
    (group,) = linked_groups(services, wecom_server, {"wrCAP1": "owner1"})
    start = datetime(2027, 2, 1, 10, 0, tzinfo=UTC)  # February 2027 has 28 days
    with services.db.write() as s:
        for day in range(28):
            s.add(
                Delivery(
                    kind="post",
                    channel=ChannelKind.WECOM,
                    group_id=group,
                    due_at=start + timedelta(days=day),
                    idempotency_key=f"cap:{day}",
                    post_id=None,
                    status=DeliveryStatus.AWAITING,
                )
            )
    # Deliveries without a post do not count as planned posts; give them one each.
    first = plan(services, "二月第一帖", [group], start + timedelta(hours=1))
    with services.db.write() as s:
        for d in s.scalars(select(Delivery).where(Delivery.post_id.is_(None))):
            d.post_id = first
    with pytest.raises(PostValidationError) as e:
        services.calendar.save(
            PostDraft(title="二月又一帖", when=start + timedelta(days=3), target_ids=[group])
        )
    assert "monthly cap" in e.value.problems["targets"] and "2027-02" in e.value.problems["targets"]
    # March is another month.
    services.calendar.save(
        PostDraft(title="三月", when=datetime(2027, 3, 2, 10, tzinfo=UTC), target_ids=[group])
    )
