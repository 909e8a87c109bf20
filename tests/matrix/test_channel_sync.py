"""/sync against a real Synapse: member events, messages, continuity via next_batch."""

from __future__ import annotations

from collections.abc import Callable

from desktop.channels.matrix import MatrixChannel
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
