"""A welcome journey over Matrix against a real Synapse: a join in a linked room starts the
journey, its steps arrive as DMs, a code typed back in the DM verifies the member."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desktop.channels.matrix import MatrixSession
from desktop.domain.enums import ChannelKind, DeliveryKind, Lifecycle
from desktop.services.container import Services
from desktop.services.welcome.journeys import JourneyEditor
from desktop.store.models import (
    Delivery,
    Enrolment,
    Group,
    Member,
    MemberContact,
    WorkspaceSettings,
)
from tests.matrix.service_support import (
    add_group,
    add_operator,
    drain,
    room_texts,
    session_of,
    sync_until,
)
from tests.matrix.synapse_server import RegisteredUser, SynapseServer

CODE = re.compile(r"\b(\d{6})\b")


async def _dm_texts(member: MatrixSession, ops_user: str, group_room: str) -> list[str]:
    """Join the DM room the operator opened (if invited) and read it."""
    batch = await member.sync(None, timeout_ms=0)
    for invite in batch.invites:
        await member.join(invite.room_id)
    rooms = await member.joined_rooms()
    texts: list[str] = []
    for r in rooms:
        people = {m.user_id for m in await member.room_members(r.room_id)}
        if r.room_id != group_room and people == {ops_user, member.user_id}:
            texts += await room_texts(member, r.room_id)
    return texts


def test_a_join_starts_the_journey_its_steps_come_as_dms_and_a_typed_code_verifies(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, ivy = new_user("ops"), new_user("ivy")
    journey = JourneyEditor(services.db).create_default()
    group_id = add_group(services, welcome="欢迎 {name}！")
    with services.db.write() as s:
        g = s.get(Group, group_id)
        assert g is not None
        g.journey_id = journey
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.quiet_start = ws.quiet_end = "00:00"  # the test may run at night in Shanghai
    start = datetime.now(UTC)

    def member_id() -> int | None:
        with services.db.read() as s:
            return s.scalar(
                select(MemberContact.member_id).where(MemberContact.address == ivy.user_id)
            )

    def enrolled() -> bool:
        services.welcome_runner.run_once(datetime.now(UTC))
        with services.db.read() as s:
            return (
                s.scalar(select(Enrolment.id).where(Enrolment.member_id == member_id())) is not None
            )

    async def scenario() -> tuple[list[str], list[str]]:
        account = await add_operator(services, running_synapse, ops)
        room_id = await services.matrix_rooms.create_room(group_id, account)
        services.welcome_runner.run_once(start)  # the journey is attached before the join
        ops_s, ivy_s = session_of(running_synapse, ops), session_of(running_synapse, ivy)
        try:
            await ops_s.invite(room_id, ivy.user_id)
            await ivy_s.join(room_id)
            await sync_until(services, account, lambda: member_id() is not None and enrolled())
            await drain(services)  # the room welcome and W1 (due at once) as a DM
            first = await _dm_texts(ivy_s, ops.user_id, room_id)
            # Ten minutes on: W2 (the invitation with the code) and W3 fall due.
            services.welcome_runner.run_once(datetime.now(UTC) + timedelta(minutes=11))
            await drain(services, ahead=timedelta(minutes=11))
            later = await _dm_texts(ivy_s, ops.user_id, room_id)
            code = next(m.group(1) for t in later if (m := CODE.search(t)))
            dm_room = next(r.room_id for r in await ivy_s.joined_rooms() if r.room_id != room_id)
            await ivy_s.send_text(dm_room, f"我的验证码是 {code}")
            await sync_until(services, account, lambda: _verified(services, member_id()))
            await drain(services, ahead=timedelta(minutes=11))  # "verified", in the same DM
            final = await room_texts(ivy_s, dm_room)
            in_room = await room_texts(ivy_s, room_id)
        finally:
            await ops_s.close()
            await ivy_s.close()
        return first + final, in_room

    dms, in_room = arun(scenario())
    assert any(t.startswith("欢迎 ivy") for t in in_room)  # the group's own welcome, in the room
    assert dms[0].startswith("【欢迎加入")  # W1, a personal step: a DM, its subject as title
    assert "方便告诉我们你的称呼" in dms[0]
    # Written for mail, worded for the chat it arrived in.
    assert "直接在这里回复" in dms[0] and not any("这封邮件" in t for t in dms)
    assert any(CODE.search(t) for t in dms)  # W2/W3 carried the code
    assert any("https://matrix.to/#/" in t for t in dms)  # and how to join: the room's link
    assert dms[-1].startswith("验证成功")  # the answer to the typed code, in the same DM
    with services.db.read() as s:
        channels = set(
            s.scalars(
                select(Delivery.channel).where(
                    Delivery.kind == DeliveryKind.WELCOME, Delivery.member_id == member_id()
                )
            )
        )
        member = s.get(Member, member_id())
        assert member is not None and member.lifecycle != Lifecycle.INVITED
    assert channels == {ChannelKind.MATRIX}  # nothing fell back to a manual to-do or email


def _verified(services: Services, member_id: int | None) -> bool:
    if member_id is None:
        return False
    with services.db.read() as s:
        member = s.get(Member, member_id)
        return member is not None and member.lifecycle != Lifecycle.INVITED
