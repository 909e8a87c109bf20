"""A real Synapse homeserver on 127.0.0.1 for the Matrix tests and the bench.

Synapse lives in its own venv (``.ci/synapse-venv`` builds ``.cache/synapse-venv``)
because it pins libraries of its own. The config is written here rather than generated
with ``--generate-config``: that is slower and every test-relevant key would be overridden
anyway.
"""

from __future__ import annotations

import base64
import ctypes
import hashlib
import hmac
import json
import secrets
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
SYNAPSE_VENV = ROOT / ".cache" / "synapse-venv"
SERVER_NAME = "localhost"

# Every rate limit a test or the bench could hit, lifted: tests must never wait on a
# limiter, and the bench measures our code, not Synapse's throttling.
_HIGH = {"per_second": 100000, "burst_count": 100000}
_RATE_LIMITS: dict[str, Any] = {
    "rc_message": _HIGH,
    "rc_registration": _HIGH,
    "rc_registration_token_validity": _HIGH,
    "rc_login": {"address": _HIGH, "account": _HIGH, "failed_attempts": _HIGH},
    "rc_joins": {"local": _HIGH, "remote": _HIGH},
    "rc_joins_per_room": _HIGH,
    "rc_invites": {"per_room": _HIGH, "per_user": _HIGH, "per_issuer": _HIGH},
    "rc_third_party_invite": _HIGH,
    "rc_admin_redaction": _HIGH,
    "rc_3pid_validation": _HIGH,
    "rc_federation": {"window_size": 1000, "sleep_limit": 100000, "reject_limit": 100000},
    "rc_media_create": _HIGH,
    "rc_room_creation": _HIGH,
    "rc_reports": _HIGH,
    "rc_delayed_event_mgmt": _HIGH,
    "rc_presence": {"per_user": _HIGH},
}


class SynapseMissing(RuntimeError):
    """The Synapse venv is not there: ``make test`` (or ``.ci/synapse-venv``) builds it."""


def _die_with_parent() -> None:
    """In the child before exec: SIGTERM when the test run dies (even by SIGKILL), so a
    crashed or killed pytest never leaves a Synapse behind holding its port."""
    try:
        libc = ctypes.CDLL("libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:  # not Linux: the fixture's stop() is the only cleanup
        pass


@dataclass(frozen=True)
class RegisteredUser:
    user_id: str
    access_token: str
    device_id: str
    password: str


class SynapseServer:
    """One Synapse process with its config, database and media under a temp dir."""

    def __init__(self, workdir: Path | None = None, port: int | None = None) -> None:
        python = SYNAPSE_VENV / "bin" / "python"
        if not python.exists():
            raise SynapseMissing(
                f"{python} not found: run `.ci/synapse-venv` (make test does) first"
            )
        self.python = python
        self._own_dir = workdir is None
        self.dir = workdir or Path(tempfile.mkdtemp(prefix="shequn-synapse-"))
        self.port = port or free_port()
        self.server_name = SERVER_NAME
        self.shared_secret = secrets.token_hex(16)
        self.config_path = self.dir / "homeserver.yaml"
        self._proc: subprocess.Popen[bytes] | None = None
        self._write_config()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _write_config(self) -> None:
        log_config = self.dir / "log.yaml"
        # JSON is valid YAML: no YAML library needed on our side.
        log_config.write_text(
            json.dumps(
                {
                    "version": 1,
                    "formatters": {
                        "f": {"format": "%(asctime)s %(name)s %(levelname)s %(message)s"}
                    },
                    "handlers": {
                        "file": {
                            "class": "logging.FileHandler",
                            "formatter": "f",
                            "filename": str(self.dir / "homeserver.log"),
                        }
                    },
                    "root": {"level": "WARNING", "handlers": ["file"]},
                    "disable_existing_loggers": False,
                }
            )
        )
        config: dict[str, Any] = {
            "server_name": self.server_name,
            "pid_file": str(self.dir / "homeserver.pid"),
            "listeners": [
                {
                    "port": self.port,
                    "bind_addresses": ["127.0.0.1"],
                    "type": "http",
                    "tls": False,
                    "x_forwarded": False,
                    "resources": [{"names": ["client"], "compress": False}],
                }
            ],
            "database": {"name": "sqlite3", "args": {"database": str(self.dir / "homeserver.db")}},
            "log_config": str(log_config),
            "media_store_path": str(self.dir / "media"),
            "signing_key_path": str(self.dir / "signing.key"),
            "registration_shared_secret": self.shared_secret,
            "macaroon_secret_key": secrets.token_hex(16),
            "form_secret": secrets.token_hex(16),
            "enable_registration": True,
            "enable_registration_without_verification": True,
            "report_stats": False,
            "trusted_key_servers": [],
            "suppress_key_server_warning": True,
            "presence": {"enabled": False},
            "url_preview_enabled": False,
            "enable_metrics": False,
            "bcrypt_rounds": 4,  # password hashing at the default cost makes each user ~0.3 s
            **_RATE_LIMITS,
        }
        self.config_path.write_text(json.dumps(config, indent=1))

    def _command(self, *extra: str) -> list[str]:
        return [
            str(self.python),
            "-m",
            "synapse.app.homeserver",
            "-c",
            str(self.config_path),
            *extra,
        ]

    def start(self, timeout: float = 60.0) -> None:
        if self._proc is not None and self._proc.poll() is None:
            return
        key = self.dir / "signing.key"
        if not key.exists():
            # Synapse's format: "ed25519 <version> <unpadded base64 of the 32-byte seed>".
            # Written here: `--generate-keys` would cost another 1.5 s Synapse start-up.
            seed = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            key.write_text(f"ed25519 a_{secrets.token_hex(2)} {seed}\n")
        out = (self.dir / "stdout.log").open("ab")
        self._proc = subprocess.Popen(
            self._command(),
            cwd=self.dir,
            stdout=out,
            stderr=subprocess.STDOUT,
            # PDEATHSIG follows the forking *thread*: from a worker thread (to_thread) the
            # server would die when that pool thread exits, so only the main thread sets it.
            preexec_fn=_die_with_parent
            if threading.current_thread() is threading.main_thread()
            else None,
        )
        out.close()
        self._wait_ready(timeout)

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self._proc is not None
            if self._proc.poll() is not None:
                raise RuntimeError(
                    f"Synapse exited with {self._proc.returncode}:\n{self.log_tail()}"
                )
            try:
                with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=2) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Synapse not ready after {timeout:.0f}s:\n{self.log_tail()}")

    def stop(self, timeout: float = 15.0) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)

    def restart(self) -> None:
        self.stop()
        self.start()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def close(self) -> None:
        """Stop and remove the temp dir (when this object created it)."""
        self.stop()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def log_tail(self, lines: int = 40) -> str:
        text = ""
        for name in ("stdout.log", "homeserver.log"):
            path = self.dir / name
            if path.exists():
                text += "".join(path.read_text(errors="replace").splitlines(True)[-lines:])
        return text

    # --- users -------------------------------------------------------------------------

    def _json(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return dict(json.loads(r.read()))
        except urllib.error.HTTPError as e:
            raise RuntimeError(
                f"{method} {path}: {e.code} {e.read().decode(errors='replace')}"
            ) from e

    def register(self, localpart: str, password: str, admin: bool = False) -> tuple[str, str, str]:
        """Create a user via the shared-secret admin API → (user_id, access_token, device_id)."""
        path = "/_synapse/admin/v1/register"
        nonce = self._json("GET", path)["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        for part in (nonce, localpart, password, "admin" if admin else "notadmin"):
            mac.update(part.encode("utf8"))
            if part != ("admin" if admin else "notadmin"):
                mac.update(b"\x00")
        reply = self._json(
            "POST",
            path,
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": mac.hexdigest(),
            },
        )
        return str(reply["user_id"]), str(reply["access_token"]), str(reply["device_id"])

    def register_user(
        self, localpart: str, password: str = "", admin: bool = False
    ) -> RegisteredUser:
        password = password or secrets.token_urlsafe(12)
        user_id, token, device = self.register(localpart, password, admin)
        return RegisteredUser(user_id, token, device, password)


def main() -> None:
    """``python -m tests.matrix.synapse_server``: run one for manual poking until Ctrl-C."""
    server = SynapseServer()
    server.start()
    user = server.register_user("ops", "ops-password", admin=True)
    print(f"homeserver={server.url} user={user.user_id} password={user.password}", flush=True)
    print(f"access_token={user.access_token} dir={server.dir}", flush=True)
    try:
        signal.pause()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()


if __name__ == "__main__":
    main()
