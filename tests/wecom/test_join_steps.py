"""A newcomer in a WeCom customer group (issue 15, item 3): the group's welcome journey
starts, and its group-channel steps — which no API may post silently into a customer
group — become to-dos for the team with the text ready, never failed sends."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.container import Services
from desktop.store.models import Delivery, Member, WorkspaceSettings
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.sending.helpers import run_dispatcher
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer
from tests.wecom_contract.state import Member as WeComMember

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_a_newcomers_group_steps_become_to_dos_not_failures(
    services: Services, wecom_server: ContractServer
) -> None:
    chat = wecom_server.state.add_group("wrSTEP01", "拾光咖啡一群", "owner1", members=2)
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group = journey_group(services)
    services.wecom_ingest.link(account, "wrSTEP01", group)

    with services.db.write() as s:  # at any time of day: no quiet hours in this workspace
        s.execute(update(WorkspaceSettings).values(quiet_start="00:00", quiet_end="00:00"))
    joined = int(time.time())
    chat.members["wmNEW"] = WeComMember("wmNEW", join_time=joined, join_scene=3, name="小林")
    report = asyncio.run(services.wecom_sync.sync(account))
    assert report.joined == 1
    services.welcome_runner.run_once(datetime.now(UTC))
    run_dispatcher(services.db, services.secrets)

    with services.db.read() as s:
        newcomer = s.scalar(select(Member.id).where(Member.display_name == "小林"))
        rows = list(s.scalars(select(Delivery).where(Delivery.member_id == newcomer)))
    assert rows, "the journey's first step was not planned"
    assert {d.channel for d in rows} == {ChannelKind.MANUAL}
    assert {d.status for d in rows} == {DeliveryStatus.MANUAL_TODO}
    assert all(d.body for d in rows)  # the text is ready to paste into the group
    assert {d.group_id for d in rows} == {group}  # done in the group
