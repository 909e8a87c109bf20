"""Groups as Matrix rooms against a real Synapse: link, members, welcome, moderation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from desktop.channels.matrix import MatrixError
from desktop.domain.enums import ContactChannel, DeliveryKind, Role
from desktop.services.container import Services
from desktop.services.matrix.rooms import RoomLinkError
from desktop.services.welcome.content import group_info
from desktop.store.models import (
    Delivery,
    Group,
    MatrixRoom,
    MemberContact,
    Membership,
    ModerationAction,
)
from tests.matrix.service_support import (
    add_group,
    add_operator,
    drain,
    invite,
    room_texts,
    session_of,
    sync_until,
)
from tests.matrix.synapse_server import RegisteredUser, SynapseServer


def _member_of(services: Services, user_id: str) -> int | None:
    with services.db.read() as s:
        return s.scalar(
            select(MemberContact.member_id).where(
                MemberContact.channel == ContactChannel.MATRIX, MemberContact.address == user_id
            )
        )


def _active(services: Services, group_id: int, member_id: int | None) -> bool:
    if member_id is None:
        return False
    with services.db.read() as s:
        return (
            s.scalar(
                select(Membership.id).where(
                    Membership.group_id == group_id,
                    Membership.member_id == member_id,
                    Membership.left_at.is_(None),
                )
            )
            is not None
        )


def _role(services: Services, group_id: int, user_id: str) -> Role:
    with services.db.read() as s:
        role = s.scalar(
            select(Membership.role)
            .join(MemberContact, MemberContact.member_id == Membership.member_id)
            .where(Membership.group_id == group_id, MemberContact.address == user_id)
        )
    return Role(role)


def _welcome_deliveries(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(
                    Delivery.kind == DeliveryKind.WELCOME,
                    Delivery.idempotency_key.like("mx-welcome:%"),
                )
            )
            or 0
        )


def test_create_room_then_a_join_is_welcomed_once_and_becomes_a_member(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, alice = new_user("ops"), new_user("alice")
    group_id = add_group(services, welcome="欢迎 {name} 加入咖啡研习社！先看看群公告～")

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        room_id = await services.matrix_rooms.create_room(group_id, account)
        ops_s, alice_s = session_of(running_synapse, ops), session_of(running_synapse, alice)
        try:
            await alice_s.join(room_id)  # by its link: no invitation needed
            summary = next(r for r in await alice_s.joined_rooms() if r.room_id == room_id)
            assert summary.name == "咖啡研习社 1 群"
            assert summary.topic == "一起研究手冲和拉花"  # positioning as the topic
            await sync_until(
                services,
                account,
                lambda: _active(services, group_id, _member_of(services, alice.user_id)),
            )
            await drain(services)
            # A second round re-reads nothing new and queues no second welcome.
            await sync_until(services, account, lambda: True)
            texts = await room_texts(alice_s, room_id)
        finally:
            await ops_s.close()
            await alice_s.close()
        assert texts[0] == "群公告：每周三晚八点拉花分享"  # the announcement comes first
        welcomes = [t for t in texts if t.startswith("欢迎")]
        assert len(welcomes) == 1
        assert "加入咖啡研习社" in welcomes[0]
        assert _welcome_deliveries(services) == 1
        with services.db.read() as s:
            info = group_info(s, group_id)
        assert info is not None
        server = ops.user_id.partition(":")[2]
        assert info.join_link == f"https://matrix.to/#/{room_id}?via={server}"

    arun(scenario())


def test_linking_a_room_brings_its_members_in_without_welcoming_them(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, bob, carol = new_user("ops"), new_user("bob"), new_user("carol")
    group_id = add_group(services, welcome="欢迎新朋友！")

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        ops_s = session_of(running_synapse, ops)
        bob_s, carol_s = session_of(running_synapse, bob), session_of(running_synapse, carol)
        try:
            room_id = await ops_s.create_room("老群", "已有的房间", power_users={bob.user_id: 50})
            await invite(ops_s, room_id, bob.user_id)
            await invite(ops_s, room_id, carol.user_id)
            await bob_s.join(room_id)
            await carol_s.join(room_id)
            choices = await services.matrix_rooms.rooms(account)
            assert room_id in {c.room_id for c in choices}
            synced = await services.matrix_rooms.link(group_id, account, room_id)
            assert synced.joined == 2 and synced.total == 2
            await sync_until(services, account, lambda: True)
            assert _role(services, group_id, bob.user_id) == Role.ADMIN  # level 50 at link
            # An owner chosen in the app gets full power in the room.
            carol_id = _member_of(services, carol.user_id)
            assert carol_id is not None
            assert await services.matrix_rooms.apply_role(group_id, carol_id, Role.OWNER)
            levels = {m.user_id: m.power_level for m in await ops_s.room_members(room_id)}
            assert levels[carol.user_id] == 100
            # Promoted in the room (from any client): an admin in the app after the sync.
            await ops_s.set_power_level(room_id, carol.user_id, 50)
            await ops_s.set_power_level(room_id, bob.user_id, 0)
            await sync_until(services, account, lambda: True)
        finally:
            for sess in (ops_s, bob_s, carol_s):
                await sess.close()
        bob_id, carol_id = _member_of(services, bob.user_id), _member_of(services, carol.user_id)
        assert _active(services, group_id, bob_id) and _active(services, group_id, carol_id)
        with services.db.read() as s:
            roles = dict(
                s.execute(
                    select(Membership.member_id, Membership.role).where(
                        Membership.group_id == group_id
                    )
                ).all()
            )
            room = s.get(MatrixRoom, (account, room_id))
            group = s.get(Group, group_id)
            assert group is not None and group.external_id == room_id
            assert room is not None and room.member_count == 3  # live count incl. the operator
        assert roles[bob_id] == Role.MEMBER  # demoted in the room
        assert roles[carol_id] == Role.ADMIN  # power level 50 → moderator
        assert _welcome_deliveries(services) == 0  # they were there before the link

    arun(scenario())


def test_an_encrypted_room_cannot_be_linked_and_says_why(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops = new_user("ops")
    group_id = add_group(services)

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        ops_s = session_of(running_synapse, ops)
        try:
            room_id = await ops_s.create_room("加密房间", "", encrypted=True)
        finally:
            await ops_s.close()
        with pytest.raises(RoomLinkError, match="encrypted"):
            await services.matrix_rooms.link(group_id, account, room_id)
        choices = {c.room_id: c for c in await services.matrix_rooms.rooms(account)}
        assert choices[room_id].encrypted

    arun(scenario())


def test_mute_and_remove_through_the_app_are_felt_by_the_member(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, dave = new_user("ops"), new_user("dave")
    group_id = add_group(services)

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        room_id = await services.matrix_rooms.create_room(group_id, account)
        ops_s, dave_s = session_of(running_synapse, ops), session_of(running_synapse, dave)
        try:
            await invite(ops_s, room_id, dave.user_id)
            await dave_s.join(room_id)
            await sync_until(
                services,
                account,
                lambda: _active(services, group_id, _member_of(services, dave.user_id)),
            )
            member_id = _member_of(services, dave.user_id)
            assert member_id is not None
            await dave_s.send_text(room_id, "加我微信买便宜豆子")
            await services.matrix_moderation.mute(group_id, member_id, "群规第 3 条：禁止广告")
            with pytest.raises(MatrixError):
                await dave_s.send_text(room_id, "再发一次广告")
            # Nothing happens before the mute ends; after it, dave may speak again.
            rooms = services.matrix_moderation
            assert await rooms.lift_expired_mutes(account) == 0
            later = datetime.now(UTC) + timedelta(days=2)
            assert await rooms.lift_expired_mutes(account, now=later) == 1
            await dave_s.send_text(room_id, "抱歉，我不发广告了")
            await services.matrix_moderation.remove(group_id, member_id, "群规第 3 条：禁止广告")
            members = {m.user_id: m for m in await ops_s.room_members(room_id)}
            state = await ops_s.room_state(room_id)
        finally:
            await ops_s.close()
            await dave_s.close()
        assert members.get(dave.user_id) is None or members[dave.user_id].membership == "leave"
        kick = next(
            e
            for e in state
            if e.get("type") == "m.room.member" and e.get("state_key") == dave.user_id
        )
        assert kick["content"]["membership"] == "leave"
        assert kick["content"]["reason"] == "群规第 3 条：禁止广告"
        assert not _active(services, group_id, member_id)
        with services.db.read() as s:
            actions = list(
                s.scalars(
                    select(ModerationAction.action)
                    .where(ModerationAction.member_id == member_id)
                    .order_by(ModerationAction.id)
                )
            )
        assert actions == ["mute", "remove"]

    arun(scenario())
