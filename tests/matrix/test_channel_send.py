"""Posting through MatrixChannel against a real Synapse: dedup, images, encryption, outages."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from desktop.channels.base import OutgoingMessage, PermanentError, Sent, TemporaryError
from desktop.channels.matrix import ENCRYPTED_REASON, MatrixChannel, MatrixSession, login
from tests.matrix.conftest import run
from tests.matrix.helpers import config_for, session_for, write_png
from tests.matrix.synapse_server import RegisteredUser, SynapseServer

NewUser = Callable[..., RegisteredUser]


@asynccontextmanager
async def owner_and_channel(
    server: SynapseServer, owner: RegisteredUser, sender: RegisteredUser | None = None
) -> AsyncIterator[tuple[MatrixSession, MatrixChannel]]:
    """The owner's Matrix client (to make rooms and read them back) and the channel posting as
    ``sender`` (the owner unless given), both closed afterwards."""
    sender = sender or owner
    session = session_for(server, owner)
    channel = MatrixChannel(config_for(server, sender), sender.access_token)
    try:
        yield session, channel
    finally:
        await channel.close()
        await session.close()


def post(room: str, key: str, text: str, **kw: object) -> OutgoingMessage:
    return OutgoingMessage(1, key, room, "", text, **kw)  # type: ignore[arg-type]


def test_same_key_posts_once_even_after_relogin(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops = new_user("ops")

    async def scenario() -> None:
        async with owner_and_channel(running_synapse, ops) as (session, channel):
            room = await session.create_room("G", "")
            msg = post(room, "delivery-42", "周六读书会", html="<b>周六</b>读书会")
            first, second = await channel.send(msg), await channel.send(msg)
            assert isinstance(first, Sent) and first == second
            # After a crash the app signs in again on the same device: still one post.
            token, _ = await login(
                running_synapse.url, ops.user_id, ops.password, device_id=ops.device_id
            )
            relogged = MatrixChannel(config_for(running_synapse, ops), token)
            assert await relogged.send(msg) == first
            await relogged.close()
            history, _ = await session.messages(room)
            posts = [m for m in history if m.body == "周六读书会"]
            assert len(posts) == 1
            assert posts[0].html == "<b>周六</b>读书会"
            assert posts[0].txn_id == "delivery-42"  # our own device's echo carries it

    run(scenario())


def test_image_attachment_uploaded_as_m_image(
    running_synapse: SynapseServer, new_user: NewUser, tmp_path: Path
) -> None:
    ops = new_user("ops")
    image = write_png(tmp_path / "poster.png", 4, 3)

    async def scenario() -> None:
        async with owner_and_channel(running_synapse, ops) as (session, channel):
            room = await session.create_room("G", "")
            msg = post(room, "d-img", "海报", attachments=(str(image),))
            assert isinstance(await channel.send(msg), Sent)
            assert isinstance(await channel.send(msg), Sent)  # resend: nothing new
            history, _ = await session.messages(room)
            images = [m for m in history if m.msgtype == "m.image"]
            assert len(images) == 1 and [m.body for m in history].count("海报") == 1
            assert images[0].url is not None and images[0].url.startswith("mxc://")
            assert images[0].body == "poster.png" and images[0].txn_id == "d-img-img0"

    run(scenario())


def test_encrypted_room_refused_with_reason(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops = new_user("ops")

    async def scenario() -> None:
        async with owner_and_channel(running_synapse, ops) as (session, channel):
            room = await session.create_room("Secret", "", encrypted=True)
            result = await channel.send(post(room, "e1", "hello"))
            assert result == PermanentError(ENCRYPTED_REASON)
            batch = await session.sync(None, timeout_ms=0)
            assert room in batch.encrypted_rooms
            summary = next(r for r in await session.joined_rooms() if r.room_id == room)
            assert summary.encrypted
            history, _ = await session.messages(room)
            assert not [m for m in history if m.body == "hello"]

    run(scenario())


def test_not_in_room_is_permanent(running_synapse: SynapseServer, new_user: NewUser) -> None:
    ops, stranger = new_user("ops"), new_user("stranger")

    async def scenario() -> None:
        async with owner_and_channel(running_synapse, ops, stranger) as (session, channel):
            room = await session.create_room("G", "")
            result = await channel.send(post(room, "x1", "hi"))
            assert isinstance(result, PermanentError) and "not allowed" in result.reason

    run(scenario())


def test_server_down_is_temporary_then_recovers(
    running_synapse: SynapseServer, new_user: NewUser
) -> None:
    ops = new_user("ops")

    async def scenario() -> None:
        async with owner_and_channel(running_synapse, ops) as (session, channel):
            room = await session.create_room("G", "")
            before = await channel.send(post(room, "before", "one"))
            assert isinstance(before, Sent)
            running_synapse.stop()
            result = await channel.send(post(room, "during", "two"))
            assert isinstance(result, TemporaryError) and result.account_wide
            running_synapse.start()
            # The same channel object (its pooled connection died with the server) recovers.
            assert isinstance(await channel.send(post(room, "during", "two")), Sent)
            # Synapse keeps (device, txn id) in its database: dedup survives its restart.
            assert await channel.send(post(room, "before", "one")) == before
            history, _ = await session.messages(room)
            assert [m.body for m in history if m.body in ("one", "two")] == ["two", "one"]
            if not running_synapse.running:
                running_synapse.start()

    run(scenario())
