"""429 from a real Synapse: the account is slowed to the server's pace, nothing is lost or
sent twice. The operator's own message rate is lowered with Synapse's admin API."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Callable

from sqlalchemy import select

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.container import Services
from desktop.services.sending.dispatcher import Dispatcher
from desktop.store.models import Delivery
from tests.matrix.service_support import add_group, add_operator, room_texts, session_of
from tests.matrix.synapse_server import RegisteredUser, SynapseServer
from tests.sending.helpers import fast_config, group_posts

POSTS = 5


def _limit_messages(server: SynapseServer, admin: RegisteredUser, per_second: int) -> None:
    """Synapse's per-user override of ``rc_message`` (admin API)."""
    url = f"{server.url}/_synapse/admin/v1/users/{admin.user_id}/override_ratelimit"
    body = json.dumps({"messages_per_second": per_second, "burst_count": 1}).encode()
    req = urllib.request.Request(
        url,
        data=body,
        method="POST",
        headers={"Authorization": f"Bearer {admin.access_token}"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert resp.status == 200


def test_rate_limited_posts_wait_for_the_server_and_arrive_once(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops = new_user("ops", admin=True)
    group_id = add_group(services)

    async def scenario() -> list[str]:
        account = await add_operator(services, running_synapse, ops)
        room_id = await services.matrix_rooms.create_room(group_id, account)
        _limit_messages(running_synapse, ops, per_second=1)
        services.outbox.enqueue_many(
            group_posts(
                ChannelKind.MATRIX,
                account,
                [group_id],
                [f"限速测试 {i}" for i in range(POSTS)],
                key="post:limited",
                recipient=room_id,
            )
        )
        # A poll interval longer than the server's retry_after: the drain waits for them.
        dispatcher = Dispatcher(
            services.db, services.secrets, config=fast_config(poll_interval=5.0)
        )
        try:
            await dispatcher.run(until_idle=True)
        finally:
            await dispatcher.stop()
        ops_s = session_of(running_synapse, ops)
        try:
            return await room_texts(ops_s, room_id)
        finally:
            await ops_s.close()

    texts = [t for t in arun(scenario()) if t.startswith("限速测试")]
    assert sorted(texts) == sorted(f"限速测试 {i}" for i in range(POSTS))
    with services.db.read() as s:
        rows = s.execute(select(Delivery.status, Delivery.attempts, Delivery.last_error)).all()
    assert all(status == DeliveryStatus.SENT for status, _, _ in rows)
    # The server did push back, and the dispatcher listened instead of failing the posts.
    assert any(attempts > 1 or "rate" in (err or "") for _, attempts, err in rows)
