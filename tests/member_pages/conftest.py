"""A running member-pages server (the worker's listener with every site) on its own
thread and loop, a workspace to serve, and the SMTP server mails go to."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import pytest

from desktop.services.container import Services
from desktop.services.web import WebListener, build_sites
from tests.member_pages.world import World, build_world
from tests.sending.conftest import (  # noqa: F401
    MemoryKeyring,
    SmtpServer,
    fail_keyring,
    memory_keyring,
    smtp_server,
)


@dataclass
class Pages:
    services: Services
    base_url: str
    world: World
    smtp: SmtpServer


class _ServerThread:
    def __init__(self, listener: WebListener) -> None:
        self.listener = listener
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def start(self) -> None:
        self.thread.start()
        asyncio.run_coroutine_threadsafe(self.listener.start(), self.loop).result(10)

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self.listener.stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


@pytest.fixture
def pages(
    memory_keyring: MemoryKeyring,  # noqa: F811 (before the services read the keyring)
    services: Services,
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
) -> Iterator[Pages]:
    smtp = smtp_server()
    world = build_world(services, smtp.port)
    listener = WebListener("127.0.0.1", 0, build_sites(services))
    server = _ServerThread(listener)
    server.start()
    try:
        yield Pages(services, listener.base_url, world, smtp)
    finally:
        server.stop()
