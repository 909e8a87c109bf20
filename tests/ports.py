"""Ports for local peers (SMTP, Synapse, PostgreSQL, the worker's listener)."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port nothing listens on right now, on the loopback address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
