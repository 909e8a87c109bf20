"""A reply reaches the WeChat user once even when the worker is killed right after WeCom
took it and before the outbox recorded it: the resend carries the same msgid."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.config import Paths
from desktop.domain.enums import DeliveryStatus
from desktop.services.container import Services
from desktop.store.models import Delivery, KfSession
from tests.matrix.service_support import file_keyring  # noqa: F401
from tests.wecom_contract.server import ContractServer
from tests.worker_process import drain, worker_process

from .conftest import KfEnv, make_env


@pytest.fixture
def env(
    file_keyring: Path,  # noqa: F811 — secrets a worker subprocess can read
    services: Services,
    wecom_server: ContractServer,
) -> Iterator[KfEnv]:
    yield make_env(services, wecom_server)


def test_reply_is_delivered_once_across_a_worker_sigkill(env: KfEnv, paths: Paths) -> None:
    env.user_says("wmKim", "订单什么时候发货？")
    env.sync()
    with env.services.db.read() as s:
        conv = s.scalar(select(KfSession.conversation_id))
    assert conv is not None
    env.services.replies.send(conv, "今天下午发出，请留意物流。")

    first = worker_process(paths, poll=0.2, lease_seconds=1)

    def kill(_delivered: dict[str, Any]) -> None:
        first.send_signal(signal.SIGKILL)  # WeCom has it; the outbox never hears back

    env.kf.on_delivered = kill
    first.wait(60)
    env.kf.on_delivered = None
    assert first.returncode == -signal.SIGKILL
    with env.services.db.read() as s:
        assert s.scalar(select(Delivery.status)) == DeliveryStatus.CLAIMED

    drain(paths, poll=0.2, lease_seconds=1, timeout=90)
    assert [d["text"] for d in env.kf.delivered] == ["今天下午发出，请留意物流。"]
    with env.services.db.read() as s:
        assert s.scalar(select(Delivery.status)) == DeliveryStatus.SENT
