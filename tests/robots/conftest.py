"""Contract receivers for the robot tests, started per test and stopped after."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

import pytest

from tests.robots.contract.base import Receiver
from tests.sending.conftest import MemoryKeyring, db, memory_keyring  # noqa: F401

R = TypeVar("R", bound=Receiver)


@pytest.fixture
def receiver() -> Iterator[Callable[[R], R]]:
    started: list[Receiver] = []

    def start(r: R) -> R:
        r.start()
        started.append(r)
        return r

    yield start
    for r in started:
        r.stop()
