"""The worker as a service on the real PostgreSQL: alone on a server (a credentials file, no
keyring) it sends mail and posts to Matrix with the secrets an operator configured on
another computer; no plaintext secret reaches the database, the log or its output; a wrong
key sends nothing and changes nothing; ``/healthz`` and ``shequn team status`` tell what it
does."""

from __future__ import annotations

import json
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from desktop import cli
from desktop.channels.mail_message import TlsMode
from desktop.config import Paths
from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.secrets import StoredIn
from desktop.services.container import Services
from desktop.services.mail.imap_settings import ImapConfig
from desktop.services.team.keys import TeamKeys
from desktop.services.team.team_key import TeamKey, write_key_file
from desktop.services.workspace.service import open_workspace
from desktop.store.base import Base
from desktop.store.models import ChannelAccount, Delivery, TeamSecret
from tests.matrix.conftest import new_user, run, running_synapse, synapse  # noqa: F401
from tests.matrix.service_support import add_group, add_operator, room_texts, session_of
from tests.matrix.synapse_server import RegisteredUser, SynapseServer
from tests.ports import free_port
from tests.sending.conftest import (  # noqa: F401
    MemoryKeyring,
    SmtpServer,
    memory_keyring,
    smtp_server,
)
from tests.sending.helpers import add_members, enqueue_to_members, group_posts
from tests.worker_process import stop, wait_while_alive, worker_process

SMTP_PASSWORD = "smtp-口令-7Qx!v2"
IMAP_PASSWORD = "imap-口令-9Lm#k4"
MAILS = 5
POSTS = 3
NO_KEYRING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def _statuses(services: Services) -> dict[str, int]:
    with services.db.read() as s:
        rows = s.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
        return {str(st): int(n) for st, n in rows}


def _every_row(services: Services) -> str:
    """Every table's rows as text, as a dump of the database would hold them (bytes too)."""
    parts: list[str] = []
    with services.db.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            for row in conn.execute(text(f'SELECT * FROM "{table.name}"')):
                for value in row:
                    if isinstance(value, bytes | memoryview):
                        parts.append(bytes(value).decode("utf-8", "replace"))
                    parts.append(str(value))
    return "\n".join(parts)


def _configure(
    services: Services, smtp: SmtpServer, server: SynapseServer, ops: RegisteredUser
) -> tuple[int, str, str]:
    """What an operator does on their computer: every account kind, with its secrets."""
    from tests.sending.helpers import email_config

    saved = services.accounts.save_email("客服邮箱", email_config(smtp.port, "club"), SMTP_PASSWORD)
    assert saved.stored_in == StoredIn.TEAM
    imap = ImapConfig(host="127.0.0.1", port=free_port(), tls=TlsMode.NONE, username="club")
    services.accounts.save_imap(saved.account_id, imap, IMAP_PASSWORD)
    group_id = add_group(services)

    async def matrix() -> tuple[int, str]:
        account = await add_operator(services, server, ops)
        return account, await services.matrix_rooms.create_room(group_id, account)

    account, room_id = run(matrix())
    with services.db.read() as s:
        ref = s.scalar(select(ChannelAccount.secret_ref).where(ChannelAccount.id == account))
    token = services.secrets.get(ref or "")
    assert token
    enqueue_to_members(services.db, add_members(services.db, MAILS))
    services.outbox.enqueue_many(
        group_posts(
            ChannelKind.MATRIX,
            account,
            [group_id],
            [f"团队模式第 {i} 条" for i in range(POSTS)],
            key="post:team",
            recipient=room_id,
        )
    )
    return saved.account_id, room_id, token


def _get(url: str) -> tuple[int, dict[str, Any]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def test_the_worker_alone_uses_the_team_secrets_and_leaks_none(
    team_paths: Paths,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
    running_synapse: SynapseServer,  # noqa: F811
    new_user: Callable[..., RegisteredUser],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    smtp = smtp_server(auth=("club", SMTP_PASSWORD))
    ops = new_user("ops")
    services = Services.build(team_paths, open_workspace(team_paths))
    try:
        TeamKeys(services.db, services.secrets).init()
        _account, room_id, token = _configure(services, smtp, running_synapse, ops)
        secrets = (SMTP_PASSWORD, IMAP_PASSWORD, token)
        before = _every_row(services)

        # A key that is not the team's: a clear message, nothing sent, nothing changed.
        wrong = tmp_path / "wrong-key"
        write_key_file(TeamKey.generate(), wrong)
        proc = worker_process(team_paths, "--drain", "--team-key-file", str(wrong), env=NO_KEYRING)
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert f"the team key from {wrong} is not the team's current key" in err
        assert _statuses(services).get(str(DeliveryStatus.SENT), 0) == 0
        with services.db.read() as s:
            assert len(list(s.scalars(select(TeamSecret.ref)))) == 3

        # The right key, exported for the server: everything goes out.
        key_file = tmp_path / "credentials" / "team-key"
        TeamKeys(services.db, services.secrets).export(key_file)
        with services.db.write() as s:  # the wrong-key run held the rows for a minute
            s.execute(Delivery.__table__.update().values(next_attempt_at=None, status_reason=None))
        port = free_port()
        worker = worker_process(
            team_paths,
            "--team-key-file",
            str(key_file),
            "--health",
            f"127.0.0.1:{port}",
            "--log-stdout",
            env=NO_KEYRING,
            poll=0.2,
        )
        try:
            wait_while_alive(
                worker,
                lambda: _statuses(services).get(str(DeliveryStatus.SENT), 0) >= MAILS + POSTS,
                lambda: f"not all sent: {_statuses(services)}",
                timeout=90,
                pause=0.1,
            )
            deadline = time.monotonic() + 30
            while True:  # the dispatcher's cycle that sent the last row comes to its end
                status, health = _get(f"http://127.0.0.1:{port}/healthz")
                assert status == 200, health
                loops = {x["loop"]: x for x in health["loops"]}
                if loops["dispatcher"]["state"] == "ok":
                    break
                assert loops["dispatcher"]["state"] == "starting", health
                assert time.monotonic() < deadline, health
                time.sleep(0.1)
            assert set(loops) >= {"dispatcher", "matrix", "imap", "welcome", "janitor"}
            assert loops["dispatcher"]["last_success_at"]
            deadline = time.monotonic() + 30
            while True:  # the first heartbeat reaches the database
                capsys.readouterr()
                assert cli.main(["--data-dir", str(team_paths.data_dir), "team", "status"]) == 0
                shown = capsys.readouterr().out
                if "dispatcher" in shown:
                    break
                assert time.monotonic() < deadline, shown
                time.sleep(0.2)
            assert "queue: 0 due" in shown and "worker " in shown
        finally:
            out, err = stop(worker)
        assert len(smtp.handler.received) == MAILS

        async def read() -> list[str]:
            session = session_of(running_synapse, ops)
            try:
                return await room_texts(session, room_id)
            finally:
                await session.close()

        texts = [t for t in run(read()) if "团队模式" in t]
        assert sorted(texts) == sorted(f"团队模式第 {i} 条" for i in range(POSTS))

        # No plaintext secret anywhere: database, log file, the worker's output.
        logs = "\n".join(p.read_text("utf-8") for p in team_paths.log_dir.glob("*.log*"))
        everything = "\n".join((before, _every_row(services), logs, out, err))
        assert "team secret" in logs or "dispatcher" in out + logs
        for secret in secrets:
            assert secret not in everything
    finally:
        services.close()
