"""Matrix DMs in the inbox against a real Synapse: arrive, answer, survive restarts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.channels.matrix_session import path_of
from desktop.config import Paths
from desktop.domain.enums import ChannelKind, ConsentPurpose, MessageDirection
from desktop.services.container import Services
from desktop.services.workspace.service import open_workspace
from desktop.store.models import ConsentRecord, Conversation, Message
from tests.matrix.service_support import (  # noqa: F401 (fixture)
    add_operator,
    drain,
    file_keyring,
    session_of,
    sync_until,
)
from tests.matrix.synapse_server import RegisteredUser, SynapseServer


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
                .order_by(Message.sent_at, Message.id)
            )
        )


def _conversations(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Conversation)
                .where(Conversation.channel == ChannelKind.MATRIX)
            )
            or 0
        )


@pytest.mark.usefixtures("file_keyring")
def test_a_dm_reaches_the_inbox_the_reply_reaches_the_member_and_restarts_add_nothing(
    paths: Paths,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, alice = new_user("ops"), new_user("alice")
    services = Services.build(paths, open_workspace(paths))  # after the keyring is set

    async def first_run() -> tuple[int, str]:
        account = await add_operator(services, running_synapse, ops)
        alice_s = session_of(running_synapse, alice)
        try:
            room_id = await alice_s.ensure_dm_room(ops.user_id)
            await alice_s.send_text(room_id, "你好，我上周的订单想退款")
            await sync_until(services, account, lambda: len(_inbound(services)) == 1)
        finally:
            await alice_s.close()
        return account, room_id

    account, room_id = arun(first_run())
    assert _inbound(services) == ["你好，我上周的订单想退款"]
    with services.db.read() as s:
        conv = s.scalar(select(Conversation).where(Conversation.channel == ChannelKind.MATRIX))
        assert conv is not None
        assert conv.external_thread_id == room_id
        assert conv.unread == 1 and conv.waiting_since is not None
        conv_id = conv.id

    # The operator answers from the inbox: through the outbox, into the same room.
    services.replies.send(conv_id, "您好，已为您登记退款，1–3 个工作日到账。")

    async def deliver_and_read() -> tuple[list[str], str]:
        await drain(services)
        # Answered means read: the next round tells the member's client so.
        await sync_until(services, account, lambda: True)
        alice_s, ops_s = session_of(running_synapse, alice), session_of(running_synapse, ops)
        try:
            page, _end = await alice_s.messages(room_id, limit=20)
            marker = await ops_s._request(
                "GET",
                path_of("user", ops.user_id, "rooms", room_id, "account_data", "m.fully_read"),
            )
        finally:
            await alice_s.close()
            await ops_s.close()
        return [m.body for m in reversed(page)], str(marker.get("event_id"))

    texts, fully_read = arun(deliver_and_read())
    with services.db.read() as s:
        first_event = s.scalar(
            select(Message.external_id).where(Message.body_text == "你好，我上周的订单想退款")
        )
    assert fully_read == first_event
    assert texts[-1] == "您好，已为您登记退款，1–3 个工作日到账。"
    assert texts.count("您好，已为您登记退款，1–3 个工作日到账。") == 1

    # Restart the app: a new container on the same workspace resumes from the saved token.
    services.close()
    again = Services.build(paths, open_workspace(paths))
    try:

        async def second_run() -> None:
            alice_s = session_of(running_synapse, alice)
            try:
                await alice_s.send_text(room_id, "好的，谢谢！")
                await sync_until(again, account, lambda: len(_inbound(again)) == 2)
                await sync_until(again, account, lambda: True)  # one more quiet round
            finally:
                await alice_s.close()

        arun(second_run())
        assert _inbound(again) == ["你好，我上周的订单想退款", "好的，谢谢！"]
        assert _conversations(again) == 1
        with again.db.read() as s:
            outbound = s.scalar(
                select(func.count())
                .select_from(Message)
                .where(
                    Message.conversation_id == conv_id,
                    Message.direction == MessageDirection.OUTBOUND,
                )
            )
        assert outbound == 1  # our own echo is not stored a second time
    finally:
        again.close()


def test_unsubscribe_by_dm_is_recorded_once(
    tmp_path: Path,
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, bob = new_user("ops"), new_user("bob")

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        bob_s = session_of(running_synapse, bob)
        try:
            room_id = await bob_s.ensure_dm_room(ops.user_id)
            await bob_s.send_text(room_id, "退订")
            await sync_until(services, account, lambda: len(_inbound(services)) == 1)
            await sync_until(services, account, lambda: True)
        finally:
            await bob_s.close()

    arun(scenario())
    with services.db.read() as s:
        records = list(
            s.scalars(
                select(ConsentRecord).where(ConsentRecord.purpose == ConsentPurpose.MARKETING)
            )
        )
        notes = s.scalar(
            select(func.count()).select_from(Message).where(Message.event == "unsubscribe")
        )
    assert len(records) == 1
    assert records[0].granted is False and records[0].channel == ChannelKind.MATRIX
    assert notes == 1
    panel = services.inbox.panels.member_panel(records[0].member_id)  # beside the thread
    assert panel.matrix_id == bob.user_id and panel.source == "from Matrix"


def test_more_dms_than_one_sync_returns_are_all_stored_in_order(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, fay = new_user("ops"), new_user("fay")
    burst = 160  # more than the sync's timeline limit (100): the batch comes back "limited"

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        fay_s = session_of(running_synapse, fay)
        try:
            room_id = await fay_s.ensure_dm_room(ops.user_id)
            await fay_s.send_text(room_id, "在吗")
            await sync_until(services, account, lambda: len(_inbound(services)) == 1)
            for i in range(burst):
                await fay_s.send_text(room_id, f"问题 {i}")
            await sync_until(services, account, lambda: len(_inbound(services)) >= burst + 1)
        finally:
            await fay_s.close()

    arun(scenario())
    assert _inbound(services) == ["在吗", *(f"问题 {i}" for i in range(burst))]


def test_an_encrypted_dm_is_reported_in_the_inbox_not_silently_dropped(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, hana = new_user("ops"), new_user("hana")

    def notes() -> list[str]:
        with services.db.read() as s:
            return list(s.scalars(select(Message.body_text).where(Message.event == "encrypted")))

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        hana_s = session_of(running_synapse, hana)
        try:
            await hana_s.create_room("", "", invite=[ops.user_id], encrypted=True)
            await sync_until(services, account, lambda: len(notes()) == 1)
            await sync_until(services, account, lambda: True)
        finally:
            await hana_s.close()

    arun(scenario())
    assert len(notes()) == 1 and "end-to-end encrypted" in notes()[0]
    with services.db.read() as s:
        conv = s.scalar(select(Conversation).where(Conversation.channel == ChannelKind.MATRIX))
        assert conv is not None and "加密" in conv.last_preview
