"""Rooms, members, DMs and moderation against a real Synapse."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop.channels.base import OutgoingMessage, PermanentError, Sent
from desktop.channels.matrix import (
    MatrixAuthError,
    MatrixChannel,
    MatrixForbidden,
    MatrixSession,
    check_connection,
    login,
)
from tests.matrix.conftest import run
from tests.matrix.helpers import config_for, session_for
from tests.matrix.synapse_server import RegisteredUser, SynapseServer

NewUser = Callable[..., RegisteredUser]


def test_login_whoami_and_device_reuse(running_synapse: SynapseServer, new_user: NewUser) -> None:
    ops = new_user("ops")

    async def scenario() -> None:
        token, device = await login(running_synapse.url, ops.user_id, ops.password)
        assert token and device
        again, same_device = await login(
            running_synapse.url, ops.user_id, ops.password, device_id=device
        )
        assert same_device == device and again != token
        cfg = config_for(running_synapse, ops)
        session = MatrixSession(cfg, again)
        try:
            assert await session.whoami() == ops.user_id
        finally:
            await session.close()
        check = await check_connection(cfg, again)
        assert check.ok and check.message == f"OK {ops.user_id}"
        assert not (await check_connection(cfg, "not-a-token")).ok
        with pytest.raises(MatrixAuthError):
            await login(running_synapse.url, ops.user_id, "wrong password")

    run(scenario())


def test_created_room_seen_by_joining_user(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, member, mod = new_user("ops"), new_user("member"), new_user("mod")

    async def scenario() -> None:
        owner, other = session_for(running_synapse, ops), session_for(running_synapse, member)
        try:
            room = await owner.create_room(
                "读书会 3群",
                "每周一本书",
                first_message="群公告：欢迎",
                power_users={mod.user_id: 50},
                invite=[member.user_id, mod.user_id],
            )
            assert await other.join(room) == room
            state = {
                (e["type"], e["state_key"]): e["content"] for e in await other.room_state(room)
            }
            assert state[("m.room.name", "")]["name"] == "读书会 3群"
            assert state[("m.room.topic", "")]["topic"] == "每周一本书"
            pinned = state[("m.room.pinned_events", "")]["pinned"]
            history, _ = await other.messages(room)
            assert [m.body for m in history if m.event_id in pinned] == ["群公告：欢迎"]
            members = {m.user_id: m for m in await other.room_members(room)}
            assert members[ops.user_id].power_level == 100
            assert (members[mod.user_id].power_level, members[mod.user_id].membership) == (
                50,
                "invite",
            )
            assert members[member.user_id].membership == "join"
            summary = next(r for r in await other.joined_rooms() if r.room_id == room)
            assert (summary.name, summary.member_count, summary.encrypted) == (
                "读书会 3群",
                2,
                False,
            )
        finally:
            await owner.close()
            await other.close()

    run(scenario())


def test_dm_room_reused_and_seen_by_member(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, member = new_user("ops"), new_user("member")

    async def scenario() -> None:
        owner, other = session_for(running_synapse, ops), session_for(running_synapse, member)
        channel = MatrixChannel(config_for(running_synapse, ops), ops.access_token)
        try:
            room = await owner.ensure_dm_room(member.user_id)
            assert await owner.ensure_dm_room(member.user_id) == room
            sent = await channel.send(OutgoingMessage(1, "dm-1", member.user_id, "", "你好"))
            assert isinstance(sent, Sent)
            assert (await owner.direct_rooms())[member.user_id] == [room]
            batch = await other.sync(None, timeout_ms=0)
            (dm,) = [i for i in batch.invites if i.room_id == room]
            assert dm.is_direct and dm.inviter == ops.user_id
            await other.join(room)
            history, _ = await other.messages(room)
            assert [m.body for m in history] == ["你好"]
            summary = next(r for r in await owner.joined_rooms() if r.room_id == room)
            assert summary.is_direct
        finally:
            await channel.close()
            await owner.close()
            await other.close()

    run(scenario())


def test_kick_reason_and_mute_visible_to_member(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, muted, kicked = new_user("ops"), new_user("muted"), new_user("kicked")

    async def scenario() -> None:
        owner = session_for(running_synapse, ops)
        s_muted, s_kicked = (
            session_for(running_synapse, muted),
            session_for(running_synapse, kicked),
        )
        muted_channel = MatrixChannel(config_for(running_synapse, muted), muted.access_token)
        try:
            room = await owner.create_room("G", "", invite=[muted.user_id, kicked.user_id])
            await s_muted.join(room)
            await s_kicked.join(room)
            since = (await s_kicked.sync(None, timeout_ms=0)).next_batch
            assert isinstance(
                await muted_channel.send(OutgoingMessage(1, "m1", room, "", "ok")), Sent
            )

            await owner.mute(room, muted.user_id)
            with pytest.raises(MatrixForbidden):
                await s_muted.send_text(room, "still talking")
            result = await muted_channel.send(OutgoingMessage(2, "m2", room, "", "again"))
            assert isinstance(result, PermanentError)
            levels = {m.user_id: m.power_level for m in await owner.room_members(room)}
            assert levels[muted.user_id] < 0

            await owner.kick(room, kicked.user_id, "规则 3：广告")
            batch = await s_kicked.sync(since, timeout_ms=0)
            assert room in batch.left_rooms
            kick = next(e for e in batch.members if e.user_id == kicked.user_id)
            assert (kick.membership, kick.prev_membership) == ("leave", "join")
            assert (kick.sender, kick.reason) == (ops.user_id, "规则 3：广告")
        finally:
            await muted_channel.close()
            for s in (owner, s_muted, s_kicked):
                await s.close()

    run(scenario())
