"""The owner of a group hears about the 群发 tasks waiting for them through an app message
(``message/send``), which WeCom drops silently past 30 a minute per member: one notice per
owner and batch, and never more than 30 a minute, so none is lost."""

from __future__ import annotations

import asyncio

from desktop.channels.base import Awaiting, OutgoingMessage
from desktop.channels.wecom.group_channel import WeComGroupChannel
from desktop.channels.wecom.types import AccountSettings
from tests.wecom_contract.fixtures import CORP_ID, SECRET
from tests.wecom_contract.server import ContractServer


def message(n: int, chat_id: str, text: str) -> OutgoingMessage:
    return OutgoingMessage(n, f"k{n}", chat_id, "", text)


def channel(server: ContractServer) -> WeComGroupChannel:
    return WeComGroupChannel(AccountSettings(CORP_ID, 1000002, server.url), SECRET)


def test_one_notice_per_owner_for_a_batch_of_tasks(wecom_server: ContractServer) -> None:
    state = wecom_server.state
    state.add_group("wrN01", "拾光一群", "owner1")
    state.add_group("wrN02", "拾光二群", "owner1")
    batch = [message(i, f"wrN0{1 + i % 2}", f"第{i // 2}条") for i in range(40)]

    async def work() -> list[object]:
        ch = channel(wecom_server)
        try:
            return list(await ch.send_many(batch))
        finally:
            await ch.close()

    results = asyncio.run(work())
    assert all(isinstance(r, Awaiting) for r in results)
    assert len(state.tasks) == 20
    assert state.staff_messages == [("owner1", "有20 条群发任务等待您确认发送(40 个客户群)。")]


def test_notices_stay_under_thirty_a_minute(wecom_server: ContractServer) -> None:
    state = wecom_server.state
    state.add_group("wrN03", "拾光三群", "owner2")
    state.add_group("wrN04", "拾光四群", "owner2")  # two groups: each stays under its monthly cap

    async def work() -> None:
        ch = channel(wecom_server)
        try:
            for i in range(35):  # 35 batches within a minute, one task each
                (result,) = await ch.send_many([message(i, f"wrN0{3 + i % 2}", f"快讯{i}")])
                assert isinstance(result, Awaiting)
        finally:
            await ch.close()

    asyncio.run(work())
    assert len(state.tasks) == 35
    assert len(state.staff_messages) == 30
    assert state.staff_dropped == []
