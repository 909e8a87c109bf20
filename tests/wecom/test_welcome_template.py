"""A linked group's 入群欢迎语 kept as a WeCom group welcome template: saved, edited, and
deleted in WeCom once the group is archived (the WeCom loop's round), never before."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest
from sqlalchemy import delete

from desktop.services.container import Services
from desktop.store.models import Group
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")
DEL = "/cgi-bin/externalcontact/group_welcome_template/del"


def set_welcome(services: Services, group: int, text: str) -> None:
    draft = services.groups.get(group)
    services.groups.save(replace(draft, welcome_message=text), draft)


def test_template_is_saved_edited_and_deleted_with_the_archived_group(
    services: Services, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    state.add_group("wrWT01", "拾光咖啡一群", "owner1")
    state.add_group("wrWT02", "拾光咖啡二群", "owner1")
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group = journey_group(services)
    other = journey_group(services, "拾光咖啡二群")
    services.wecom_ingest.link(account, "wrWT01", group)
    services.wecom_ingest.link(account, "wrWT02", other)

    set_welcome(services, group, "欢迎 {name} 来到拾光")
    template = asyncio.run(services.wecom_groups.save_welcome_template(group))
    set_welcome(services, other, "二群欢迎 {name}")
    kept = asyncio.run(services.wecom_groups.save_welcome_template(other))
    assert state.welcome_templates == {
        template: "欢迎 %NICKNAME% 来到拾光",
        kept: "二群欢迎 %NICKNAME%",
    }

    set_welcome(services, group, "欢迎 {name}，本周新豆到店")
    assert asyncio.run(services.wecom_groups.save_welcome_template(group)) == template
    assert state.welcome_templates[template] == "欢迎 %NICKNAME%，本周新豆到店"

    # A round while the group is open keeps its template.
    asyncio.run(services.wecom_loop.once(sync=False))
    assert template in state.welcome_templates

    services.group_ops.archive(group)
    asyncio.run(services.wecom_loop.once(sync=False))
    assert state.welcome_templates == {kept: "二群欢迎 %NICKNAME%"}
    info = services.wecom_groups.info(group)
    assert info is not None and info.welcome_template_id is None

    asyncio.run(services.wecom_loop.once(sync=False))  # nothing left to delete
    assert state.calls.count(DEL) == 1


def test_template_of_a_deleted_group_is_deleted_in_wecom(
    services: Services, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    state.add_group("wrWT03", "拾光咖啡三群", "owner1")
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group = journey_group(services, "拾光咖啡三群")
    services.wecom_ingest.link(account, "wrWT03", group)
    set_welcome(services, group, "欢迎 {name}")
    asyncio.run(services.wecom_groups.save_welcome_template(group))
    assert len(state.welcome_templates) == 1

    with services.db.write() as s:  # gone from the app (the link's group_id is cleared)
        s.execute(delete(Group).where(Group.id == group))
    asyncio.run(services.wecom_loop.once(sync=False))
    assert state.welcome_templates == {}
