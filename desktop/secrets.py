"""Passwords and tokens, only through the OS keyring (R2) — or, in a team that created a
team key, in the team database encrypted with it (``services/team/vault.py``), so the
worker and every teammate use the accounts one person configured.

When no usable keyring exists (a headless machine: keyring's ``fail`` backend, or
``NoKeyringError``), the store says so through ``available`` and ``message`` and keeps
secrets in this process's memory for the session only. It never falls back to a file:
a plaintext password on disk is exactly what the keyring is there to prevent.

Secrets never appear in reprs, log lines or exception messages raised from here.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "shequn-desk"
UNAVAILABLE_MESSAGE = (
    "No system keyring is available, so passwords cannot be saved. They are kept in memory "
    "until the app closes and must be entered again next time."
)


class StoredIn(StrEnum):
    KEYRING = "keyring"
    MEMORY = "memory"  # this session only
    TEAM = "team"  # the team database, encrypted with the team key


@dataclass(frozen=True)
class SecretStatus:
    available: bool
    backend: str
    message: str  # empty when the keyring works; otherwise for the UI to show as-is


class SecretError(Exception):
    """A keyring failure other than "there is none"; the text never holds the secret."""


class SecretVault(Protocol):
    """Where shared secrets go in team mode. ``handles`` says whether a reference is the
    team's (account passwords, once a team key exists) or stays in this keyring (the team
    database's own password, the team key itself). Failures raise ``SecretError``."""

    def handles(self, ref: str) -> bool: ...
    def get(self, ref: str) -> str | None: ...
    def has(self, ref: str) -> bool: ...
    def put(self, ref: str, secret: str) -> None: ...
    def setdefault(self, ref: str, secret: str) -> str: ...
    def delete(self, ref: str) -> None: ...


def _is_fail_backend(backend: KeyringBackend) -> bool:
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring):
        return True
    # The chainer with nothing to chain is as good as none.
    backends = getattr(backend, "backends", None)
    return backends is not None and len(backends) == 0


class SecretStore:
    """Get/set/delete secrets by reference (``ChannelAccount.secret_ref``)."""

    def __init__(self, service: str = SERVICE_NAME, vault: SecretVault | None = None) -> None:
        self.service = service
        self.vault = vault
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()  # the dispatcher reads from an executor thread
        backend = keyring.get_keyring()
        self._backend_name = type(backend).__name__
        self._available = not _is_fail_backend(backend)
        self._message = "" if self._available else UNAVAILABLE_MESSAGE

    def __repr__(self) -> str:
        return f"SecretStore({self.service!r}, available={self._available})"

    @property
    def available(self) -> bool:
        return self._available

    @property
    def message(self) -> str:
        return self._message

    def status(self) -> SecretStatus:
        return SecretStatus(self._available, self._backend_name, self._message)

    def _fall_back(self, exc: BaseException) -> None:
        self._available = False
        self._message = UNAVAILABLE_MESSAGE
        log.warning("keyring unavailable (%s); secrets kept in memory", type(exc).__name__)

    def set(self, ref: str, secret: str) -> StoredIn:
        if self.vault is not None and self.vault.handles(ref):
            self.vault.put(ref, secret)
            return StoredIn.TEAM
        with self._lock:
            if self._available:
                try:
                    keyring.set_password(self.service, ref, secret)
                    self._memory.pop(ref, None)
                    return StoredIn.KEYRING
                except keyring.errors.NoKeyringError as exc:
                    self._fall_back(exc)
                except keyring.errors.KeyringError as exc:
                    # e.g. a locked or refused keyring: say so, without the secret.
                    raise SecretError(f"the keyring refused to store the secret ({exc})") from None
            self._memory[ref] = secret
            return StoredIn.MEMORY

    def shared(self, ref: str) -> bool:
        """Whether ``ref`` lives in the team vault rather than this computer's keyring."""
        return self.vault is not None and self.vault.handles(ref)

    def setdefault(self, ref: str, secret: str) -> str:
        """The stored secret, or ``secret`` stored now. In the team vault this is one step,
        so two computers creating the same secret at once end up with the same one."""
        if self.vault is not None and self.vault.handles(ref):
            return self.vault.setdefault(ref, secret)
        stored = self.get(ref)
        if stored is not None:
            return stored
        self.set(ref, secret)
        return secret

    def get(self, ref: str) -> str | None:
        if self.vault is not None and self.vault.handles(ref):
            return self.vault.get(ref)
        with self._lock:
            if ref in self._memory:
                return self._memory[ref]
            if not self._available:
                return None
            try:
                return keyring.get_password(self.service, ref)
            except keyring.errors.NoKeyringError as exc:
                self._fall_back(exc)
                return None
            except keyring.errors.KeyringError as exc:
                raise SecretError(f"the keyring could not be read ({exc})") from None

    def has(self, ref: str) -> bool:
        """Whether a secret is stored (in team mode: even when this computer lacks the key)."""
        if self.vault is not None and self.vault.handles(ref):
            return self.vault.has(ref)
        try:
            return self.get(ref) is not None
        except SecretError:
            return False

    def delete(self, ref: str) -> None:
        if self.vault is not None and self.vault.handles(ref):
            self.vault.delete(ref)
            return
        with self._lock:
            self._memory.pop(ref, None)
            if not self._available:
                return
            try:
                keyring.delete_password(self.service, ref)
            except keyring.errors.PasswordDeleteError:
                pass  # already gone
            except keyring.errors.NoKeyringError as exc:
                self._fall_back(exc)
            except keyring.errors.KeyringError as exc:
                raise SecretError(f"the keyring could not delete the secret ({exc})") from None
