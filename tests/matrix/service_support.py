"""Building a workspace that talks to the test Synapse: an operator account, linked groups."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from sqlalchemy import select

from desktop.channels.matrix import MatrixConfig, MatrixSession, RoomMessage
from desktop.domain.enums import Platform
from desktop.services.container import Services
from desktop.services.sending.dispatcher import Dispatcher
from desktop.store.models import Group
from tests.matrix.file_keyring import BACKEND, ENV_FILE, FileKeyring
from tests.matrix.synapse_server import RegisteredUser, SynapseServer
from tests.sending.helpers import fast_config


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Secrets in a file, readable by a restarted app and by a worker subprocess."""
    before = keyring.get_keyring()  # before the variable below could choose it
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(ENV_FILE, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", BACKEND)
    keyring.set_keyring(FileKeyring())
    try:
        yield path
    finally:
        keyring.set_keyring(before)


@dataclass
class Operator:
    account_id: int
    user: RegisteredUser


async def add_operator(services: Services, synapse: SynapseServer, user: RegisteredUser) -> int:
    """A Matrix account signed in with the user's password (token and device kept)."""
    saved = await services.matrix_accounts.save(
        "运营号",
        MatrixConfig(homeserver=synapse.url, user_id=user.user_id),
        password=user.password,
    )
    return saved.account_id


def add_group(services: Services, name: str = "咖啡研习社 1 群", welcome: str = "") -> int:
    with services.db.write() as s:
        g = Group(
            name=name,
            platform=Platform.MATRIX,
            purpose="一起研究手冲和拉花",
            announcement="群公告：每周三晚八点拉花分享",
            welcome_message=welcome,
        )
        s.add(g)
        s.flush()
        return g.id


def session_of(synapse: SynapseServer, user: RegisteredUser) -> MatrixSession:
    return MatrixSession(
        MatrixConfig(homeserver=synapse.url, user_id=user.user_id), user.access_token
    )


async def invite(operator: MatrixSession, room_id: str, user_id: str) -> None:
    await operator.invite(room_id, user_id)


async def sync_until(
    services: Services, account_id: int, done: Callable[[], bool], rounds: int = 15
) -> None:
    """Run sync rounds (short long-polls) until ``done()`` holds."""
    account = services.matrix_accounts.get(account_id)
    token = services.matrix_accounts.token_for(account_id)
    assert account is not None and token is not None
    session = MatrixSession(account.config, token)
    syncer = services.matrix_syncer
    syncer.timeout_ms = 500
    try:
        for _ in range(rounds):
            await syncer.sync_once(account, session)
            if await asyncio.to_thread(done):
                return
        raise AssertionError("the sync never produced what the test waited for")
    finally:
        await session.close()
        await syncer.stop()  # releases its database thread; a later round makes a new one


async def room_texts(session: MatrixSession, room_id: str, limit: int = 500) -> list[str]:
    """Bodies of the room's text messages, oldest first."""
    out: list[RoomMessage] = []
    since: str | None = None
    while True:
        page, end = await session.messages(room_id, limit=100, since=since)
        out.extend(page)
        if not page or not end or len(out) >= limit:
            break
        since = end
    return [m.body for m in reversed(out)]


async def drain(services: Services, timeout: float = 60, ahead: timedelta = timedelta(0)) -> None:
    """Send everything due through the real dispatcher (and the Matrix channel);
    ``ahead`` runs it that far in the future (steps planned later fall due)."""
    dispatcher = Dispatcher(
        services.db,
        services.secrets,
        config=fast_config(),
        clock=lambda: datetime.now(UTC) + ahead,
    )
    try:
        await asyncio.wait_for(dispatcher.run(until_idle=True), timeout)
    finally:
        await dispatcher.stop()


def group_room(services: Services, group_id: int) -> str:
    with services.db.read() as s:
        room = s.scalar(select(Group.external_id).where(Group.id == group_id))
    assert room
    return room
