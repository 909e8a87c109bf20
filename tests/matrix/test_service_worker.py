"""The background side against a real Synapse: posts exactly once across a killed worker,
and a sync that notices a lost homeserver and catches up when it returns."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from desktop.config import Paths
from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.domain.sending.backoff import RetryPolicy
from desktop.services.container import Services
from desktop.services.workspace.service import open_workspace
from desktop.store.models import Delivery, Message
from tests.matrix.service_support import (  # noqa: F401 (fixture)
    add_group,
    add_operator,
    file_keyring,
    room_texts,
    session_of,
)
from tests.matrix.synapse_server import RegisteredUser, SynapseServer
from tests.sending.helpers import group_posts
from tests.worker_process import drain, kill, wait_while_alive, worker_process

POSTS = 50


def _sent(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Delivery)
                .where(Delivery.status == DeliveryStatus.SENT)
            )
            or 0
        )


@pytest.mark.usefixtures("file_keyring")
def test_fifty_posts_appear_once_even_when_the_worker_is_killed_mid_batch(
    paths: Paths,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, reader = new_user("ops"), new_user("reader")
    services = Services.build(paths, open_workspace(paths))
    try:
        group_id = add_group(services)

        async def setup() -> tuple[int, str]:
            account = await add_operator(services, running_synapse, ops)
            room_id = await services.matrix_rooms.create_room(group_id, account)
            ops_s, reader_s = session_of(running_synapse, ops), session_of(running_synapse, reader)
            try:
                await ops_s.invite(room_id, reader.user_id)
                await reader_s.join(room_id)
            finally:
                await ops_s.close()
                await reader_s.close()
            return account, room_id

        account, room_id = arun(setup())
        bodies = [f"【第 {i} 条】今日手冲小贴士 #{i}" for i in range(POSTS)]
        services.outbox.enqueue_many(
            group_posts(
                ChannelKind.MATRIX, account, [group_id], bodies, key="post:test", recipient=room_id
            )
        )
        first = worker_process(paths, batch=5, poll=0.2, lease_seconds=2)
        try:
            wait_while_alive(first, lambda: _sent(services) >= 10, "the worker sent nothing")
        finally:
            kill(first)
        assert _sent(services) < POSTS, "the kill came too late to test anything"
        drain(paths, batch=5, poll=0.2, lease_seconds=2)
        assert _sent(services) == POSTS

        async def read() -> list[str]:
            reader_s = session_of(running_synapse, reader)
            try:
                return await room_texts(reader_s, room_id)
            finally:
                await reader_s.close()

        texts = [t for t in arun(read()) if "今日手冲小贴士" in t]
        assert sorted(texts) == sorted(f"【第 {i} 条】今日手冲小贴士 #{i}" for i in range(POSTS))
    finally:
        services.close()


def test_a_lost_homeserver_shows_on_the_account_and_the_sync_catches_up(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, erin = new_user("ops"), new_user("erin")

    async def wait_for(check: Callable[[], bool], seconds: float = 60) -> None:
        deadline = asyncio.get_running_loop().time() + seconds
        while not await asyncio.to_thread(check):
            assert asyncio.get_running_loop().time() < deadline, "timed out"
            await asyncio.sleep(0.2)

    def status(account: int) -> str:
        row = services.matrix_accounts.get(account)
        assert row is not None
        return row.sync_status

    async def scenario() -> None:
        account = await add_operator(services, running_synapse, ops)
        syncer = services.matrix_syncer
        syncer.timeout_ms = 1000
        syncer.retry = RetryPolicy(base=timedelta(milliseconds=300), cap=timedelta(seconds=2))
        await syncer.start()
        try:
            await wait_for(lambda: status(account) == "ok")
            await asyncio.to_thread(running_synapse.stop)
            await wait_for(lambda: status(account) == "unavailable")
            row = services.matrix_accounts.get(account)
            assert row is not None and row.last_error  # the reason is shown, not just a flag
            await asyncio.to_thread(running_synapse.start)
            erin_s = session_of(running_synapse, erin)
            try:
                room_id = await erin_s.ensure_dm_room(ops.user_id)
                await erin_s.send_text(room_id, "服务器恢复了吗？")
            finally:
                await erin_s.close()
            await wait_for(lambda: _has_dm(services))
            assert status(account) == "ok"
        finally:
            await syncer.stop()

    arun(scenario())


def _has_dm(services: Services) -> bool:
    with services.db.read() as s:
        return (
            s.scalar(select(Message.id).where(Message.body_text == "服务器恢复了吗？").limit(1))
            is not None
        )
