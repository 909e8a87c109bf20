"""Fixtures for the sending tests: a real SMTP server (aiosmtpd) and an in-memory keyring."""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, Envelope, LoginPassword, Session
from keyring.backend import KeyringBackend
from keyring.backends import fail

from desktop.config import Paths
from desktop.services.workspace.service import open_workspace
from desktop.store.db import Database
from tests.memory_keyring import MemoryKeyring
from tests.ports import free_port


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def fail_keyring() -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    backend = fail.Keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    raw: bytes

    def parsed(self) -> EmailMessage:
        msg = email.message_from_bytes(self.raw, policy=email.policy.default)
        assert isinstance(msg, EmailMessage)
        return msg


@dataclass
class SinkHandler:
    """Accepts mail like a real server; scripted replies per recipient simulate faults."""

    received: list[Received] = field(default_factory=list)
    # recipient → replies to give to RCPT before accepting (e.g. ["451 4.3.0 later"])
    rcpt_script: dict[str, list[str]] = field(default_factory=dict)
    reject: dict[str, str] = field(default_factory=dict)  # recipient → permanent reply
    lock: threading.Lock = field(default_factory=threading.Lock)
    # Called (in the server's thread) with the running count after each accepted message.
    on_message: Callable[[int], None] | None = None

    async def handle_RCPT(
        self, server: Any, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        with self.lock:
            if address in self.reject:
                return self.reject[address]
            script = self.rcpt_script.get(address)
            if script:
                return script.pop(0)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        content = envelope.original_content or envelope.content
        assert isinstance(content, bytes)
        with self.lock:
            self.received.append(
                Received(str(envelope.mail_from), list(envelope.rcpt_tos), content)
            )
            count = len(self.received)
        if self.on_message is not None:
            self.on_message(count)
        return "250 Message accepted for delivery"

    def count(self) -> int:
        with self.lock:
            return len(self.received)

    def message_ids(self) -> list[str]:
        with self.lock:
            raw = list(self.received)
        ids = []
        for r in raw:
            head = r.raw.split(b"\r\n\r\n", 1)[0]
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"message-id:"):
                    ids.append(line.split(b":", 1)[1].strip().decode())
        return ids


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value


@dataclass
class SmtpServer:
    handler: SinkHandler
    port: int
    auth: tuple[str, str] | None = None
    controller: Controller | None = None

    def start(self) -> None:
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            user, password = self.auth

            def authenticator(
                server: Any, session: Session, envelope: Envelope, mechanism: str, data: Any
            ) -> AuthResult:
                ok = (
                    isinstance(data, LoginPassword)
                    and _text(data.login) == user
                    and _text(data.password) == password
                )
                # handled=False: the server itself answers "535 5.7.8 …" on failure.
                return AuthResult(success=ok, handled=False)

            kwargs = {
                "authenticator": authenticator,
                "auth_required": True,
                "auth_require_tls": False,
            }
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", port=self.port, ready_timeout=10, **kwargs
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_server() -> Iterator[Callable[..., SmtpServer]]:
    started: list[SmtpServer] = []

    def make(auth: tuple[str, str] | None = None, start: bool = True) -> SmtpServer:
        server = SmtpServer(SinkHandler(), free_port(), auth)
        if start:
            server.start()
        started.append(server)
        return server

    yield make
    for server in started:
        server.stop()


@pytest.fixture
def db(paths: Paths) -> Iterator[Database]:
    opened = open_workspace(paths)
    yield opened.db
    opened.db.dispose()
