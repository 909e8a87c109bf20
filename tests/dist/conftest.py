"""The built app (tests/dist/frozen.py): built once per source state, shared by the tests."""

from __future__ import annotations

import pytest

from tests.dist.frozen import FrozenApp, built_app


@pytest.fixture(scope="session")
def frozen() -> FrozenApp:
    return built_app()
