"""A workspace serving one 客服账号 of the contract server's WeCom app."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

from desktop.channels.wechat_kf.types import KfAccountInfo
from desktop.channels.wecom.types import AccountSettings
from desktop.services.container import Services
from tests.wecom_contract.callbacks import CallbackApp
from tests.wecom_contract.fixtures import CORP_ID, SECRET, wecom_server  # noqa: F401
from tests.wecom_contract.kf import KfState, kf_state
from tests.wecom_contract.server import ContractServer

T = TypeVar("T")
OPEN_KFID = "wkContract0000001"
CALLBACK = CallbackApp("kfCallbackToken", "a" * 42 + "E", CORP_ID)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


@dataclass
class KfEnv:
    services: Services
    server: ContractServer
    kf: KfState
    app_account_id: int
    account_id: int

    def user_says(self, user: str, text: str, msgtype: str = "text") -> dict[str, Any]:
        with self.server.state.lock:
            return self.kf.user_says(self.server.state, OPEN_KFID, user, text, msgtype)

    def sync(self) -> int:
        with self.server.state.lock:
            token = self.kf.callback_token(self.server.state)
        return run(self.services.wechat_kf_sync.on_callback(OPEN_KFID, token))


def make_env(services: Services, server: ContractServer) -> KfEnv:
    kf = kf_state(server.state)
    kf.accounts[OPEN_KFID] = "拾光咖啡客服"
    app_id = services.wecom_accounts.save(
        "拾光 WeCom",
        AccountSettings(CORP_ID, 1000002, server.url),
        secret=SECRET,
        callback_token=CALLBACK.token,
        aes_key=CALLBACK.aes_key,
    )
    account_id = services.wechat_kf_accounts.serve_from_app(
        app_id, KfAccountInfo(OPEN_KFID, "拾光咖啡客服")
    )
    return KfEnv(services, server, kf, app_id, account_id)


@pytest.fixture
def kf_env(services: Services, wecom_server: ContractServer) -> Iterator[KfEnv]:  # noqa: F811
    yield make_env(services, wecom_server)
