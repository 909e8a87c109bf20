"""Pytest fixtures for any test that talks to WeCom: import them in a conftest.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.wecom_contract.server import ContractServer
from tests.wecom_contract.state import ContractState

CORP_ID = "wwcontract0001"
SECRET = "contract-secret-0001"


@pytest.fixture
def wecom_server() -> Iterator[ContractServer]:
    """A fresh contract server on 127.0.0.1 with one app (``CORP_ID``/``SECRET``)."""
    state = ContractState()
    state.add_app(CORP_ID, SECRET)
    server = ContractServer(state).start()
    try:
        yield server
    finally:
        server.stop()
