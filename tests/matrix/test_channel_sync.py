"""/sync against a real Synapse: member events, messages, continuity via next_batch."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.channels.matrix import MatrixChannel
from desktop.channels.matrix_sync import parse_invite
from tests.matrix.conftest import run
from tests.matrix.helpers import session_for
from tests.matrix.synapse_server import RegisteredUser, SynapseServer

NewUser = Callable[..., RegisteredUser]


def test_sync_members_messages_and_continuity(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, member = new_user("ops"), new_user("member")
    assert MatrixChannel  # the channel and sync share one session type

    async def scenario() -> None:
        owner, other = session_for(running_synapse, ops), session_for(running_synapse, member)
        try:
            room = await owner.create_room("G", "", invite=[member.user_id])
            first = await owner.sync(None, timeout_ms=0)
            assert room in first.joined_rooms
            assert {(e.user_id, e.membership) for e in first.members if e.room_id == room} >= {
                (ops.user_id, "join"),
                (member.user_id, "invite"),
            }

            await other.join(room)
            await other.send_text(room, "大家好")
            await owner.send_text(room, "欢迎!", txn_id="welcome-1")
            second = await owner.sync(first.next_batch, timeout_ms=5000)
            joins = [e for e in second.members if e.user_id == member.user_id]
            assert [(e.membership, e.prev_membership) for e in joins] == [("join", "invite")]
            assert joins[0].ts.tzinfo is not None
            bodies = [(m.sender, m.body, m.txn_id) for m in second.messages]
            assert bodies == [
                (member.user_id, "大家好", None),
                (ops.user_id, "欢迎!", "welcome-1"),
            ]

            third = await owner.sync(second.next_batch, timeout_ms=0)
            assert third.members == [] and third.messages == []
            assert third.next_batch

            # A long-poll returns as soon as something new arrives.
            await other.send_text(room, "late")
            fourth = await owner.sync(third.next_batch, timeout_ms=10000)
            assert [m.body for m in fourth.messages] == ["late"]
        finally:
            await owner.close()
            await other.close()

    run(scenario())


def test_sync_reports_direct_account_data(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, member = new_user("ops"), new_user("member")

    async def scenario() -> None:
        owner = session_for(running_synapse, ops)
        try:
            first = await owner.sync(None, timeout_ms=0)
            assert first.direct == {}
            room = await owner.ensure_dm_room(member.user_id)
            second = await owner.sync(first.next_batch, timeout_ms=5000)
            assert second.direct == {member.user_id: [room]}
            third = await owner.sync(second.next_batch, timeout_ms=0)
            assert third.direct == {}  # only when it changed in this batch
        finally:
            await owner.close()

    run(scenario())


def test_sync_describes_invitations_from_their_stripped_state(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops, alice, bob = new_user("ops"), new_user("alice"), new_user("bob")

    async def scenario() -> None:
        owner = session_for(running_synapse, ops)
        a, b = session_for(running_synapse, alice), session_for(running_synapse, bob)
        try:
            dm = await a.ensure_dm_room(ops.user_id)  # flagged is_direct by the client
            unnamed = await a.create_room("", "", invite=[ops.user_id])
            group = await b.create_room("读书会", "每月一本", invite=[ops.user_id])
            public = await b.create_room("", "", invite=[ops.user_id], joinable_by_link=True)
            batch = await owner.sync(None, timeout_ms=0)
            got = {i.room_id: i for i in batch.invites}
            assert set(got) == {dm, unnamed, group, public}
            assert (got[dm].is_direct, got[dm].inviter) == (True, alice.user_id)
            assert got[unnamed].is_direct  # no flag: a private room of two, unnamed
            assert not got[group].is_direct and got[group].inviter == bob.user_id
            assert (got[group].name, got[group].topic) == ("读书会", "每月一本")
            assert not got[public].is_direct  # anyone may join it: not a conversation
            assert not batch.members  # nothing of a room we are not in is applied
        finally:
            for s in (owner, a, b):
                await s.close()

    run(scenario())


def _invite_room(
    *state: dict[str, Any], own: str = "@ops:hs", inviter: str = "@kim:hs", **mine: Any
) -> dict[str, Any]:
    content = {"membership": "invite", **mine}
    ours = {"type": "m.room.member", "state_key": own, "sender": inviter, "content": content}
    return {"invite_state": {"events": [*state, ours]}}


def test_an_invites_own_flag_wins_over_the_look_of_the_room() -> None:
    named = {"type": "m.room.name", "state_key": "", "content": {"name": "群"}}
    space = {"type": "m.room.create", "state_key": "", "content": {"type": "m.space"}}
    alias = {"type": "m.room.canonical_alias", "state_key": "", "content": {"alias": "#a:hs"}}
    third = {
        "type": "m.room.member",
        "state_key": "@lee:hs",
        "sender": "@lee:hs",
        "content": {"membership": "join"},
    }
    assert parse_invite("!r", _invite_room(named, is_direct=True), "@ops:hs").is_direct
    assert not parse_invite("!r", _invite_room(is_direct=False), "@ops:hs").is_direct
    assert parse_invite("!r", _invite_room(), "@ops:hs").is_direct
    for looks_like_a_group in (named, space, alias, third):
        assert not parse_invite("!r", _invite_room(looks_like_a_group), "@ops:hs").is_direct
    # Without our own ID, the invite the server appended is still found.
    found = parse_invite("!r", _invite_room(is_direct=True))
    assert found.is_direct and found.inviter == "@kim:hs"
    counted = {**_invite_room(named), "summary": {"m.joined_member_count": 40}}
    assert parse_invite("!r", counted, "@ops:hs").member_count == 40
