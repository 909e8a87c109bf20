"""The contract server: one aiohttp app, one ``ContractState``, endpoint modules installed.

``ContractServer`` runs it on 127.0.0.1 on its own thread and loop, so synchronous tests,
async tests and worker subprocesses all reach it the same way (``server.url``).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from types import ModuleType

from aiohttp import web

from tests.wecom_contract import (
    callbacks,
    gettoken,
    groupchat,
    join_way,
    kf,
    message_send,
    msg_template,
    welcome,
)
from tests.wecom_contract.state import ContractState

Installer = Callable[[web.Application, ContractState], None]
INSTALLERS: list[ModuleType] = [
    gettoken,
    groupchat,
    msg_template,
    welcome,
    join_way,
    message_send,
    callbacks,
    kf,
]


def make_app(state: ContractState, extra: list[Installer] | None = None) -> web.Application:
    app = web.Application()
    for module in INSTALLERS:
        module.install(app, state)
    for install in extra or []:
        install(app, state)
    return app


class ContractServer:
    def __init__(self, state: ContractState | None = None, extra: list[Installer] | None = None):
        self.state = state or ContractState()
        self._extra = extra
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> ContractServer:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    async def _start(self) -> None:
        self._runner = web.AppRunner(make_app(self.state, self._extra), access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr]
        self.port = sockets[0].getsockname()[1]

    def stop(self) -> None:
        if self._runner is not None:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
        self._loop.close()
