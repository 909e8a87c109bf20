"""Fixtures for the Matrix tests: one real Synapse for the whole session, fresh users."""

from __future__ import annotations

import asyncio
import itertools
import os
from collections.abc import Callable, Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from tests.matrix.synapse_server import RegisteredUser, SynapseServer

T = TypeVar("T")

_counter = itertools.count()


@pytest.fixture(scope="session")
def synapse() -> Iterator[SynapseServer]:
    """Started once, stopped at the end. A missing Synapse venv is an error, not a skip:
    CI would otherwise go green without ever talking to a homeserver."""
    server = SynapseServer()  # raises SynapseMissing with the command to run
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def running_synapse(synapse: SynapseServer) -> SynapseServer:
    """The session server, restarted first if an earlier test left it stopped."""
    if not synapse.running:
        synapse.start()
    return synapse


@pytest.fixture
def new_user(running_synapse: SynapseServer) -> Callable[[str], RegisteredUser]:
    """``new_user("ops")`` registers a user with a unique localpart (``ops-<pid>-<n>``)."""

    def make(prefix: str = "user", admin: bool = False) -> RegisteredUser:
        localpart = f"{prefix}-{os.getpid()}-{next(_counter)}"
        return running_synapse.register_user(localpart, admin=admin)

    return make


def run(coro: Coroutine[Any, Any, T]) -> T:
    """Run one test scenario on a fresh loop (the Matrix channel layer has no Qt)."""
    return asyncio.run(coro)


@pytest.fixture
def arun() -> Callable[[Coroutine[Any, Any, Any]], Any]:
    return run
