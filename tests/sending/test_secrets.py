"""Passwords live in the keyring only; without one, the app says so and keeps them in memory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

from desktop.config import Paths
from desktop.domain.sending.accounts import AccountStatus
from desktop.logging_setup import setup_logging
from desktop.secrets import UNAVAILABLE_MESSAGE, SecretStore, StoredIn
from desktop.services.mail.accounts import AccountService
from desktop.store.db import Database

from .conftest import MemoryKeyring, SmtpServer
from .helpers import add_members, email_config, enqueue_to_members, run_dispatcher, statuses

PASSWORD = "s3cret-密码-Ünïcode-9f2c"


def _files_containing(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_password_is_in_no_file_and_no_log_line(
    paths: Paths,
    db: Database,
    memory_keyring: MemoryKeyring,
    smtp_server: Callable[..., SmtpServer],
    caplog: object,
) -> None:
    setup_logging(paths.log_dir, logging.DEBUG)
    server = smtp_server(auth=("club", PASSWORD))
    secrets = SecretStore()
    accounts = AccountService(db, secrets)
    saved = accounts.save_email("社群邮箱", email_config(server.port, "club"), PASSWORD)
    assert saved.stored_in == StoredIn.KEYRING and saved.keyring_message == ""
    assert list(memory_keyring.store.values()) == [PASSWORD]

    check = asyncio.run(accounts.test_email(email_config(server.port, "club"), PASSWORD))
    assert check.ok, check.message
    bad = asyncio.run(accounts.test_email(email_config(server.port, "club"), "nope"))
    assert not bad.ok and bad.message.startswith("535 5.7.8"), bad.message
    enqueue_to_members(db, add_members(db, 5))
    run_dispatcher(db, secrets)
    assert statuses(db) == {"sent": 5}
    row = accounts.get(saved.account_id)
    assert row is not None and row.has_secret and row.status == AccountStatus.OK

    logging.shutdown()
    for root in (paths.data_dir, paths.log_dir):
        for encoded in (PASSWORD.encode("utf-8"), PASSWORD.encode("utf-16-le")):
            assert _files_containing(root, encoded) == []
    assert (paths.log_dir / "shequn.log").read_text(encoding="utf-8")  # logging did happen
    assert PASSWORD not in repr(secrets) and PASSWORD not in repr(row)


def test_fail_backend_reports_unavailable_and_keeps_the_secret_in_memory(
    paths: Paths, db: Database, fail_keyring: KeyringBackend
) -> None:
    secrets = SecretStore()
    assert not secrets.available and secrets.message == UNAVAILABLE_MESSAGE
    status = secrets.status()
    assert not status.available and status.message
    saved = AccountService(db, secrets).save_email("邮箱", email_config(2525, "club"), PASSWORD)
    assert saved.stored_in == StoredIn.MEMORY
    assert saved.keyring_message == UNAVAILABLE_MESSAGE
    row = AccountService(db, secrets).get(saved.account_id)
    assert row is not None and row.has_secret
    # A new session (new store) has nothing: the secret was never written anywhere.
    assert SecretStore().get(f"{row.id}") is None
    assert AccountService(db, SecretStore()).get(saved.account_id).has_secret is False  # type: ignore[union-attr]
    assert _files_containing(paths.data_dir, PASSWORD.encode("utf-8")) == []


def test_no_keyring_error_at_write_time_falls_back_to_memory(
    memory_keyring: MemoryKeyring,
) -> None:
    class Refusing(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise keyring.errors.NoKeyringError("no backend")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise keyring.errors.NoKeyringError("no backend")

        def delete_password(self, service: str, username: str) -> None:
            raise keyring.errors.NoKeyringError("no backend")

    keyring.set_keyring(Refusing())
    secrets = SecretStore()
    assert secrets.available  # not known until it is tried
    assert secrets.set("ref", PASSWORD) == StoredIn.MEMORY
    assert not secrets.available and secrets.message == UNAVAILABLE_MESSAGE
    assert secrets.get("ref") == PASSWORD
