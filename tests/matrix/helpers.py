"""Small helpers for the Matrix tests: sessions for registered users, a tiny PNG."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from desktop.channels.matrix import MatrixConfig, MatrixSession
from tests.matrix.synapse_server import RegisteredUser, SynapseServer


def config_for(server: SynapseServer, user: RegisteredUser) -> MatrixConfig:
    return MatrixConfig(homeserver=server.url, user_id=user.user_id, device_id=user.device_id)


def session_for(server: SynapseServer, user: RegisteredUser) -> MatrixSession:
    """A session on the user's registration token. Create it inside the test's loop."""
    return MatrixSession(config_for(server, user), user.access_token)


def write_png(path: Path, width: int = 3, height: int = 2) -> Path:
    """A valid RGB PNG, built by hand so the tests need no imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path
