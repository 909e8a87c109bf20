"""The per-workspace key that signs members' links, and where it lives.

The key is a secret: it sits in the OS keyring (R2) under a random id kept in the
workspace (``member_pages_settings.key_id``). A headless worker has no keyring, so
``$SHEQUN_LINK_KEY`` or the systemd credential file ``shequn-link-key`` (under
``$CREDENTIALS_DIRECTORY``) override it there. In a team with a team key the key lives in
the team vault instead (``services/team/vault.py``): one key for every teammate and the
worker, which reads it with the team key. Rotating writes a new key under a new id: every
link signed before stops working, in every process, once it re-reads the id
(``KEY_ID_TTL``).
"""

from __future__ import annotations

import contextlib
import os
import secrets as pysecrets
import threading
import time
from pathlib import Path
from typing import Protocol

from desktop.secrets import SecretStore
from desktop.store.db import Database
from desktop.store.models import MemberPagesSettings

ENV_KEY = "SHEQUN_LINK_KEY"
CREDENTIAL_NAME = "shequn-link-key"
KEY_ID_TTL = 5.0  # seconds a process trusts the key id it read (rotation reaches it after)


class LinkKeyError(Exception):
    """No key can be had (e.g. the keyring refused); links cannot be made or checked."""


class LinkKeySource(Protocol):
    def key(self) -> bytes: ...

    def rotate(self) -> None: ...


def settings_row(db: Database) -> MemberPagesSettings:
    """The workspace's one settings row, created with a fresh key id on first use."""
    with db.read() as s:
        row = s.get(MemberPagesSettings, 1)
        if row is not None:
            s.expunge(row)
            return row
    with db.write() as s:
        row = s.get(MemberPagesSettings, 1)
        if row is None:
            row = MemberPagesSettings(id=1, key_id=pysecrets.token_hex(8))
            s.add(row)
            s.flush()
        s.expunge(row)
        return row


def _override() -> bytes | None:
    value = os.environ.get(ENV_KEY)
    if value:
        return value.encode()
    folder = os.environ.get("CREDENTIALS_DIRECTORY")
    if folder:
        path = Path(folder) / CREDENTIAL_NAME
        if path.is_file():
            return path.read_bytes().strip() or None
    return None


class KeyringLinkKeys:
    """The key from the keyring (or the worker's override), cached by its id."""

    def __init__(self, db: Database, secrets: SecretStore) -> None:
        self.db = db
        self.secrets = secrets
        self._lock = threading.Lock()
        self._cached: tuple[str, bytes] | None = None
        self._checked = 0.0

    @staticmethod
    def link_ref(key_id: str) -> str:
        return f"member-links:{key_id}"

    def key(self) -> bytes:
        override = _override()
        if override is not None:
            return override
        with self._lock:
            now = time.monotonic()
            if self._cached is not None and now - self._checked < KEY_ID_TTL:
                return self._cached[1]
            key_id = settings_row(self.db).key_id
            if self._cached is None or self._cached[0] != key_id:
                self._cached = (key_id, self._load(key_id))
            self._checked = now
            return self._cached[1]

    def _load(self, key_id: str) -> bytes:
        ref = self.link_ref(key_id)
        try:
            # In a team with a team key, the key is the team's (in the team vault): a
            # worker without a keyring reads it there with the team key.
            shared = self.secrets.shared(ref)
            if not shared and not self.secrets.available:
                # A key only in this process's memory would change at every restart and
                # differ from the other machines': every link sent would soon stop working.
                raise LinkKeyError(
                    f"no keyring on this machine: set ${ENV_KEY} (or the systemd credential "
                    f"{CREDENTIAL_NAME}) to the workspace's link key"
                )
            # Created once: the first computer to ask makes it, the others read that one.
            stored = self.secrets.setdefault(ref, pysecrets.token_urlsafe(32))
        except LinkKeyError:
            raise
        except Exception as exc:  # SecretError: say so without the secret
            raise LinkKeyError(f"the link key cannot be read: {exc}") from None
        return stored.encode()

    def reveal(self) -> str:
        """The key as text, to give a headless worker (``$SHEQUN_LINK_KEY``)."""
        return self.key().decode()

    def rotate(self) -> None:
        if _override() is not None:
            raise LinkKeyError(
                f"the key comes from ${ENV_KEY} or a credential file: change it there"
            )
        old = settings_row(self.db).key_id
        new = pysecrets.token_hex(8)
        self._load(new)
        with self.db.write() as s:
            row = s.get(MemberPagesSettings, 1)
            assert row is not None
            row.key_id = new
        # The old key is useless now; a leftover keyring entry harms nobody.
        with contextlib.suppress(Exception):
            self.secrets.delete(self.link_ref(old))
        with self._lock:
            self._cached = None


class FixedLinkKeys:
    """A key held in memory (tests, the benchmark)."""

    def __init__(self, key: bytes | None = None) -> None:
        self._key = key or pysecrets.token_bytes(32)

    def key(self) -> bytes:
        return self._key

    def rotate(self) -> None:
        self._key = pysecrets.token_bytes(32)
