"""Syncing the corp's customer groups: paging, the owner filter, linking, and the periodic
comparison that catches joins and leaves when no callback arrives."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import Lifecycle, Platform
from desktop.services.container import Services
from desktop.store.models import (
    Enrolment,
    Group,
    Member,
    Membership,
    ModerationAction,
    WeComChat,
)
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer
from tests.wecom_contract.state import Member as WeComMember

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_twelve_hundred_groups_through_paging_and_the_owner_filter(
    services: Services, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    for i in range(1200):
        state.add_group(f"wrG{i:05d}", f"拾光{i}群", f"owner{i % 150}", members=1)
    account = add_account(services, wecom_server)

    report = asyncio.run(services.wecom_sync.sync(account))
    assert report.chats == 1200
    assert state.calls.count("/cgi-bin/externalcontact/groupchat/list") == 2  # 1000 + 200

    # A corp whose app sees over 1,000 people: owner by owner, ≤ 100 owners a call.
    state.visible_staff = 5000
    state.calls.clear()
    report = asyncio.run(services.wecom_sync.sync(account))
    assert report.chats == 1200
    lists = state.calls.count("/cgi-bin/externalcontact/groupchat/list")
    assert lists == 1 + 2  # the refused one, then 150 owners in two calls
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(WeComChat)) == 1200
    row = next(r for r in services.wecom_sync.chats(account) if r.chat_id == "wrG00007")
    assert (row.name, row.owner, row.member_count) == ("拾光7群", "owner7", 2)


def test_link_then_joins_enrol_and_leaves_are_recorded(
    services: Services, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    chat = state.add_group("wrLINK01", "拾光咖啡一群", "owner1", members=3)
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group_id = journey_group(services)

    linked = services.wecom_ingest.link(account, "wrLINK01", group_id)
    assert linked.group_id == group_id
    with services.db.read() as s:
        g = s.get(Group, group_id)
        assert g is not None and (g.platform, g.external_id) == (Platform.WECOM, "wrLINK01")
        # Who was there before the link is history: members, no welcome.
        assert s.scalar(select(func.count()).select_from(Membership)) == 3
        assert s.scalar(select(func.count()).select_from(Enrolment)) == 0

    chat.members["wmNEW"] = WeComMember(
        "wmNEW", join_time=1_760_000_000, join_scene=3, name="小林", state="poster-1"
    )
    gone = next(u for u in chat.members if u.startswith("wmLINK01") or u.startswith("wm"))
    del chat.members[gone]
    chat.name, chat.notice = "拾光咖啡一群(新)", "周五有新豆"
    report = asyncio.run(services.wecom_sync.sync(account))
    assert (report.joined, report.left) == (1, 1)
    with services.db.read() as s:
        newcomer = s.scalar(select(Member).where(Member.display_name == "小林"))
        assert newcomer is not None and newcomer.source == "from WeCom: poster-1"
        assert s.scalar(select(Enrolment).where(Enrolment.member_id == newcomer.id)) is not None
        left = s.scalar(select(ModerationAction).where(ModerationAction.action == "left"))
        assert left is not None and left.group_id == group_id
        leaver = s.get(Member, left.member_id)
        assert leaver is not None and leaver.lifecycle == Lifecycle.CHURNED
        g = s.get(Group, group_id)
        assert g is not None and g.name == "拾光咖啡一群(新)"
        assert g.announcement == "周五有新豆"  # WeCom's 群公告 is the group's announcement

    # An announcement edited in the app stays until WeCom's notice changes again.
    with services.db.write() as s:
        g = s.get(Group, group_id)
        assert g is not None
        g.announcement = "本群周五有品鉴会"
    asyncio.run(services.wecom_sync.sync(account))
    with services.db.read() as s:
        assert s.get(Group, group_id).announcement == "本群周五有品鉴会"  # type: ignore[union-attr]
    chat.notice = "周六闭店一天"
    asyncio.run(services.wecom_sync.sync(account))
    with services.db.read() as s:
        assert s.get(Group, group_id).announcement == "周六闭店一天"  # type: ignore[union-attr]
