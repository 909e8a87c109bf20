"""The team key: 32 random bytes that encrypt the team's account secrets (AES-GCM).

Where it comes from:
- a teammate's computer: the OS keyring (put there by ``team init`` or ``team join``);
- the worker on a server: a credentials file whose path it is given (``--team-key-file``,
  ``$SHEQUN_TEAM_KEY_FILE``, or ``team-key`` in systemd's ``$CREDENTIALS_DIRECTORY`` from
  ``LoadCredential=``), or the environment variable ``$SHEQUN_TEAM_KEY``.

A credentials file another user could read is refused: the key opens every account.
The key's text never appears in a repr, an exception or a log line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets as random_source
import stat
from dataclasses import dataclass, field
from pathlib import Path

from desktop.secrets import SecretError, SecretStore

KEY_BYTES = 32
KEYRING_REF = "team/key"
ENV_KEY = "SHEQUN_TEAM_KEY"
ENV_KEY_FILE = "SHEQUN_TEAM_KEY_FILE"
CREDENTIAL_NAME = "team-key"  # LoadCredential=team-key:/etc/shequn/team-key


class TeamKeyError(SecretError):
    """The team key is missing, unreadable or not the team's; the text says which."""


@dataclass(frozen=True)
class TeamKey:
    raw: bytes = field(repr=False)
    source: str  # where it was read from, for messages ("the keyring", a file path, …)

    def __post_init__(self) -> None:
        if len(self.raw) != KEY_BYTES:
            raise TeamKeyError(f"the team key from {self.source} is not a team key")

    @classmethod
    def generate(cls) -> TeamKey:
        return cls(random_source.token_bytes(KEY_BYTES), "a new key")

    @classmethod
    def from_text(cls, text: str, source: str) -> TeamKey:
        try:
            raw = base64.urlsafe_b64decode(text.strip().encode("ascii"))
        except (binascii.Error, UnicodeEncodeError, ValueError):
            raise TeamKeyError(f"the team key from {source} is not a team key") from None
        return cls(raw, source)

    @property
    def text(self) -> str:
        return base64.urlsafe_b64encode(self.raw).decode("ascii")

    @property
    def fingerprint(self) -> str:
        """Names a key in messages and in the database without revealing it."""
        return hashlib.sha256(b"shequn-team-key\0" + self.raw).hexdigest()[:16]


def read_key_file(path: Path) -> TeamKey:
    """The key in a credentials file, refused unless only its owner can read it."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise TeamKeyError(f"the team key file {path} does not exist") from None
    except OSError as exc:
        raise TeamKeyError(f"the team key file {path} cannot be read ({exc.strerror})") from None
    if st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        mode = stat.S_IMODE(st.st_mode)
        raise TeamKeyError(
            f"the team key file {path} is readable by other users (mode {mode:04o}); "
            f"make it private with: chmod 600 {path}"
        )
    try:
        text = path.read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError):
        raise TeamKeyError(f"the team key file {path} cannot be read") from None
    return TeamKey.from_text(text, str(path))


def write_key_file(key: TeamKey, path: Path) -> None:
    """A 0600 file for the worker's ``LoadCredential=`` (created private, never widened)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
        os.write(fd, (key.text + "\n").encode("ascii"))
    finally:
        os.close(fd)


def key_file_from_env(explicit: str | None = None) -> Path | None:
    """The credentials file the worker was pointed at, if any."""
    if explicit:
        return Path(explicit)
    if named := os.environ.get(ENV_KEY_FILE):
        return Path(named)
    if creds := os.environ.get("CREDENTIALS_DIRECTORY"):
        candidate = Path(creds) / CREDENTIAL_NAME
        if candidate.exists():
            return candidate
    return None


class KeySource:
    """Finds the team key once (file, environment, keyring, in that order) and remembers
    it; ``forget()`` after a rotation or a join makes it look again."""

    def __init__(self, keyring: SecretStore, key_file: Path | None = None) -> None:
        self.keyring = keyring
        self.key_file = key_file
        self._key: TeamKey | None = None

    def __repr__(self) -> str:
        return f"KeySource(file={self.key_file})"

    def forget(self) -> None:
        self._key = None

    def get(self) -> TeamKey:
        if self._key is None:
            self._key = self._find()
        return self._key

    def _find(self) -> TeamKey:
        path = self.key_file or key_file_from_env()
        if path is not None:
            return read_key_file(path)
        if text := os.environ.get(ENV_KEY):
            return TeamKey.from_text(text, f"${ENV_KEY}")
        stored = self.keyring.get(KEYRING_REF)
        if stored:
            return TeamKey.from_text(stored, "this computer's keyring")
        raise TeamKeyError(
            "no team key on this computer: the team's account passwords are encrypted with "
            "it. Join with an invite code from an admin (shequn team join); a worker needs "
            f"--team-key-file, ${ENV_KEY_FILE}, a '{CREDENTIAL_NAME}' systemd credential or "
            f"${ENV_KEY}"
        )

    def remember(self, key: TeamKey) -> None:
        """Keep a key in this computer's keyring (after init, join or rotate)."""
        self.keyring.set(KEYRING_REF, key.text)
        self._key = key
