"""Invitations against a real Synapse: DMs are joined unasked, group rooms wait for an
operator to link (join) or decline them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop.channels.matrix import MatrixSession
from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.services.container import Services
from desktop.services.matrix.invites import InvitationGone
from desktop.services.matrix.rooms import RoomLinkError
from desktop.store.models import Conversation, Group, MatrixRoom, Message
from tests.matrix.service_support import add_group, add_operator, session_of, sync_until
from tests.matrix.synapse_server import RegisteredUser, SynapseServer


async def _membership(member: MatrixSession, room_id: str, user_id: str) -> str:
    """The user's membership as the server sees it, read by someone in the room."""
    for m in await member.room_members(room_id):
        if m.user_id == user_id:
            return m.membership
    return ""


def _pending(services: Services, account: int) -> dict[str, str]:
    return {i.room_id: i.inviter for i in services.matrix_rooms.invites.pending(account)}


def _inbound(services: Services) -> list[str]:
    with services.db.read() as s:
        return list(
            s.scalars(
                select(Message.body_text)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(
                    Conversation.channel == ChannelKind.MATRIX,
                    Message.direction == MessageDirection.INBOUND,
                )
            )
        )


def test_a_group_invitation_waits_and_linking_the_group_joins_it(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, gus, alice = new_user("ops"), new_user("gus"), new_user("alice")
    group_id = add_group(services)

    async def scenario() -> tuple[int, str]:
        account = await add_operator(services, running_synapse, ops)
        gus_s, alice_s = session_of(running_synapse, gus), session_of(running_synapse, alice)
        try:
            room_id = await gus_s.create_room("品牌合作群", "合作伙伴交流", invite=[ops.user_id])
            # A DM opened at the same time is still joined unasked and reaches the inbox.
            dm = await alice_s.ensure_dm_room(ops.user_id)
            await alice_s.send_text(dm, "你好，想咨询会员卡")
            await sync_until(
                services,
                account,
                lambda: room_id in _pending(services, account) and bool(_inbound(services)),
            )
            await sync_until(services, account, lambda: True)  # a later round joins nothing
            assert await _membership(gus_s, room_id, ops.user_id) == "invite"
            assert await _membership(alice_s, dm, ops.user_id) == "join"
            assert _pending(services, account) == {room_id: gus.user_id}
            assert _inbound(services) == ["你好，想咨询会员卡"]

            choices = {c.room_id: c for c in await services.matrix_rooms.rooms(account)}
            offered = choices[room_id]
            assert offered.invited_by == gus.user_id and offered.name == "品牌合作群"
            assert dm not in choices  # a DM is never offered as a group room

            synced = await services.matrix_rooms.link(group_id, account, room_id)
            assert synced.total == 1  # gus, who was there before the link
            assert await _membership(gus_s, room_id, ops.user_id) == "join"
            await sync_until(services, account, lambda: True)
        finally:
            await gus_s.close()
            await alice_s.close()
        return account, room_id

    account, room_id = arun(scenario())
    assert _pending(services, account) == {}
    with services.db.read() as s:
        group = s.get(Group, group_id)
        room = s.get(MatrixRoom, (account, room_id))
        assert group is not None and group.external_id == room_id
        assert room is not None and room.joined and room.invited_by is None
        assert room.linked_at is not None


def test_declining_leaves_the_room_and_a_withdrawn_invitation_is_forgotten(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, gus = new_user("ops"), new_user("gus")

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        gus_s = session_of(running_synapse, gus)
        try:
            spam = await gus_s.create_room("免费领币", "", invite=[ops.user_id])
            withdrawn = await gus_s.create_room("改天再聊", "", invite=[ops.user_id])
            await sync_until(services, account, lambda: len(_pending(services, account)) == 2)

            await services.matrix_rooms.invites.decline(account, spam)
            assert await _membership(gus_s, spam, ops.user_id) == "leave"  # rejected
            assert set(_pending(services, account)) == {withdrawn}

            # Withdrawn by the inviter: the next sync shows it as left, and it goes.
            await gus_s.kick(withdrawn, ops.user_id, "")
            await sync_until(services, account, lambda: _pending(services, account) == {})
            with pytest.raises(InvitationGone):  # a stale list cannot join it either
                await services.matrix_rooms.invites.accept(account, withdrawn)
            assert await _membership(gus_s, withdrawn, ops.user_id) == "leave"
            # Declining what was withdrawn meanwhile is not an error: it is gone either way.
            await services.matrix_rooms.invites.decline(account, withdrawn)
        finally:
            await gus_s.close()

    arun(scenario())


def test_an_encrypted_invitation_is_refused_without_joining(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, gus = new_user("ops"), new_user("gus")
    group_id = add_group(services)

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        gus_s = session_of(running_synapse, gus)
        try:
            room_id = await gus_s.create_room("加密群", "", invite=[ops.user_id], encrypted=True)
            await sync_until(services, account, lambda: room_id in _pending(services, account))
            (offered,) = [
                c for c in await services.matrix_rooms.rooms(account) if c.room_id == room_id
            ]
            assert offered.encrypted
            with pytest.raises(RoomLinkError, match="encrypted"):
                await services.matrix_rooms.link(group_id, account, room_id)
            assert await _membership(gus_s, room_id, ops.user_id) == "invite"
        finally:
            await gus_s.close()
        assert room_id in _pending(services, account)  # still there to decline

    arun(scenario())


def test_an_unnamed_invitation_between_two_people_is_joined_as_a_dm(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    """Clients that do not flag DMs: a private, unnamed room of the inviter and us is one;
    an unnamed room anyone may join is not."""
    ops, kim = new_user("ops"), new_user("kim")

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        kim_s = session_of(running_synapse, kim)
        try:
            private = await kim_s.create_room("", "", invite=[ops.user_id])
            public = await kim_s.create_room("", "", invite=[ops.user_id], joinable_by_link=True)
            await kim_s.send_text(private, "在吗？")
            await sync_until(services, account, lambda: _inbound(services) == ["在吗？"])
            assert await _membership(kim_s, private, ops.user_id) == "join"
            assert await _membership(kim_s, public, ops.user_id) == "invite"
        finally:
            await kim_s.close()
        assert _pending(services, account) == {public: kim.user_id}

    arun(scenario())
