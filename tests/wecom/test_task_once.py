"""Each 群发 task is created once even when WeCom's answer to ``add_msg_template`` is lost
(a dropped connection, a reply past the timeout): the call is not sent again blind; the
next attempt reads the owner's tasks and reuses the msgid. A clear refusal (45009) is
tried again and still makes one task."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.channels.base import Awaiting, OutgoingMessage, TemporaryError
from desktop.channels.wecom.group_channel import WeComGroupChannel
from desktop.channels.wecom.types import AccountSettings
from desktop.domain.enums import DeliveryStatus
from desktop.services.container import Services
from desktop.store.models import Delivery, WeComChat
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import FAST
from tests.wecom.test_tasks import dispatch, linked_groups, plan, rows
from tests.wecom_contract.fixtures import CORP_ID, SECRET
from tests.wecom_contract.server import ContractServer

ADD = "/cgi-bin/externalcontact/add_msg_template"
OWNERS = {"wrL01": "owner1", "wrL02": "owner1", "wrL03": "owner2"}


def _due_now(services: Services) -> None:
    with services.db.write() as s:
        for d in s.scalars(select(Delivery).where(Delivery.status == DeliveryStatus.PENDING)):
            d.due_at = d.next_attempt_at = datetime.now(UTC) - timedelta(seconds=1)


def _dispatch_until_settled(services: Services, rounds: int = 4) -> None:
    for _ in range(rounds):
        _due_now(services)
        dispatch(services)
        if all(d.status != DeliveryStatus.PENDING for d in rows(services)):
            return


def _one_task_per_post_and_group(services: Services, server: ContractServer) -> None:
    tasks = server.state.tasks
    out = rows(services)
    assert {d.status for d in out} == {DeliveryStatus.AWAITING}
    chat_of = _chat_of(services)
    per_post_group = Counter((t.text, chat) for t in tasks.values() for chat in t.chat_ids)
    assert set(per_post_group.values()) == {1}
    for d in out:
        assert d.external_id in tasks
        assert chat_of[d.group_id] in tasks[str(d.external_id)].chat_ids
    assert len(per_post_group) == len(out)


def _chat_of(services: Services) -> dict[int | None, str]:
    with services.db.read() as s:
        return {c.group_id: c.chat_id for c in s.scalars(select(WeComChat))}


@pytest.mark.usefixtures("memory_keyring")
def test_lost_answer_to_add_msg_template_makes_no_second_task(
    services: Services, wecom_server: ContractServer
) -> None:
    groups = linked_groups(services, wecom_server, OWNERS)
    when = datetime.now(UTC) + timedelta(seconds=1)
    plan(services, "周五手冲", groups, when)
    plan(services, "周六烘焙", groups, when)
    # WeCom makes the first task, but the answer never reaches the app.
    wecom_server.state.lost_replies[ADD] = 1

    _due_now(services)
    dispatch(services)
    assert wecom_server.state.lost_replies[ADD] == 0, "the lost answer was not exercised"

    _dispatch_until_settled(services)
    assert len(wecom_server.state.tasks) == 4  # 2 posts × 2 owners
    _one_task_per_post_and_group(services, wecom_server)


@pytest.mark.usefixtures("memory_keyring")
def test_rate_limited_add_msg_template_is_tried_again_and_makes_one_task(
    services: Services, wecom_server: ContractServer
) -> None:
    groups = linked_groups(services, wecom_server, OWNERS)
    plan(services, "周五手冲", groups, datetime.now(UTC) + timedelta(seconds=1))
    wecom_server.state.faults[ADD] = [45009]  # WeCom said no: nothing was made

    _dispatch_until_settled(services)
    assert wecom_server.state.faults[ADD] == []
    assert len(wecom_server.state.tasks) == 2  # one per owner
    _one_task_per_post_and_group(services, wecom_server)


def test_reply_past_the_timeout_then_the_same_channel_reuses_the_task(
    wecom_server: ContractServer,
) -> None:
    state = wecom_server.state
    state.add_group("wrD01", "拾光D1群", "owner1")
    state.reply_delays[ADD] = 1.5  # WeCom makes the task, the answer comes too late
    message = OutgoingMessage(1, "post:1:1", "wrD01", "", "本周新豆到店")

    async def run() -> tuple[object, object]:
        channel = WeComGroupChannel(
            AccountSettings(CORP_ID, 1000002, wecom_server.url),
            SECRET,
            retry=FAST,
            notify_owner=False,
            timeout_s=0.3,
        )
        try:
            first = await channel.send(message)
            state.reply_delays.clear()
            second = await channel.send(message)
        finally:
            await channel.close()
        return first, second

    first, second = asyncio.run(run())
    assert isinstance(first, TemporaryError)
    (task,) = state.tasks.values()
    assert second == Awaiting(task.msgid, "waiting for owner confirmation")
    assert state.calls.count(ADD) == 1
