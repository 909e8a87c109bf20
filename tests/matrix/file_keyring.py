"""A keyring backend for tests that share secrets with a worker *process*.

The worker subprocess must read the Matrix access token the test stored, and this machine
has no desktop keyring. keyring picks a backend from ``PYTHON_KEYRING_BACKEND``; this one
keeps secrets in the JSON file named by ``SHEQUN_TEST_KEYRING_FILE``. Tests only: it stores
in plain text, which is exactly why the app never installs such a backend itself.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.compat import properties

ENV_FILE = "SHEQUN_TEST_KEYRING_FILE"
BACKEND = "tests.matrix.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    @properties.classproperty
    def priority(cls) -> float:
        # keyring considers every imported backend class; outside the tests that ask for
        # it (the variable set), this one must never be chosen.
        if ENV_FILE not in os.environ:
            raise RuntimeError("the test keyring file is not configured")
        return 1

    def _path(self) -> Path:
        return Path(os.environ[ENV_FILE])

    def _load(self) -> dict[str, str]:
        p = self._path()
        return json.loads(p.read_text("utf-8")) if p.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path().write_text(json.dumps(data), "utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._path().write_text(json.dumps(data), "utf-8")
