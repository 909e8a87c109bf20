"""The worker killed (SIGKILL) while creating 群发 tasks: after a restart every post has
exactly one task, including the one WeCom created while the worker was dying."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from desktop.config import Paths
from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.container import Services
from desktop.services.workspace.service import open_workspace
from desktop.store.models import Delivery
from tests.matrix.service_support import file_keyring  # noqa: F401 (fixture)
from tests.sending.helpers import group_posts
from tests.wecom.support import add_account
from tests.wecom_contract.server import ContractServer
from tests.worker_process import drain, kill, wait_while_alive, worker_process

POSTS = 12
CHATS = ("wrK01", "wrK02", "wrK03")


def _recorded(services: Services) -> set[str]:
    with services.db.read() as s:
        return {
            str(x)
            for x in s.scalars(
                select(Delivery.external_id).where(Delivery.status == DeliveryStatus.AWAITING)
            )
        }


@pytest.mark.usefixtures("file_keyring")
def test_each_task_is_created_once_across_a_killed_worker(
    paths: Paths, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    for chat in CHATS:
        state.add_group(chat, f"拾光{chat}", "owner1")
    services = Services.build(paths, open_workspace(paths))
    try:
        import asyncio

        account = add_account(services, wecom_server)
        asyncio.run(services.wecom_sync.sync(account))
        groups = [services.wecom_ingest.link(account, c).group_id for c in CHATS]
        bodies = [f"【第 {i} 帖】本周新豆" for i in range(POSTS)]
        services.outbox.enqueue_many(
            group_posts(ChannelKind.WECOM, account, groups, bodies, key="post")
        )
        state.delays["/cgi-bin/externalcontact/add_msg_template"] = 0.4
        first = worker_process(paths, batch=6, poll=0.2, lease_seconds=2)
        try:
            # Two posts per batch: with an odd number of tasks made, the batch's second
            # call is under way and none of its outcomes is written.
            wait_while_alive(
                first,
                lambda: len(state.tasks) >= 3 and len(state.tasks) % 2 == 1,
                "the worker made no tasks",
                pause=0.01,
            )
        finally:
            kill(first)
        assert len(state.tasks) < POSTS, "the kill came too late to test anything"
        assert set(state.tasks) - _recorded(services), "no task was left unrecorded"

        state.delays.clear()
        drain(paths, batch=6, poll=0.2, lease_seconds=2)

        per_text = Counter(t.text for t in state.tasks.values())
        assert per_text == Counter({f"【第 {i} 帖】本周新豆": 1 for i in range(POSTS)})
        assert all(sorted(t.chat_ids) == list(CHATS) for t in state.tasks.values())
        with services.db.read() as s:
            statuses = Counter(d.status for d in s.scalars(select(Delivery)))
        assert statuses == Counter({DeliveryStatus.AWAITING: POSTS * len(CHATS)})
        assert _recorded(services) == set(state.tasks)
    finally:
        services.close()
