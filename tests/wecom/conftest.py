"""WeCom tests run against the local contract server (tests/wecom_contract)."""

from tests.wecom_contract.fixtures import wecom_server

__all__ = ["wecom_server"]
