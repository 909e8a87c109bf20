"""The WeCom app account: bad input named, secrets in the keyring, a connection test that
says exactly what is wrong."""

from __future__ import annotations

import asyncio

import pytest

from desktop.channels.wecom.types import AccountSettings
from desktop.services.container import Services
from desktop.services.wecom import WeComAccountError
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import AES_KEY, add_account
from tests.wecom_contract.fixtures import CORP_ID
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_bad_settings_are_named_and_nothing_is_stored(services: Services) -> None:
    with pytest.raises(WeComAccountError) as e:
        services.wecom_accounts.save(
            "x", AccountSettings("not-a-corp", 0), secret="s", callback_token="t", aes_key="short"
        )
    assert e.value.fields == ["corp_id", "agent_id", "aes_key"]
    assert services.wecom_accounts.list() == []


def test_secrets_go_to_the_keyring_not_the_database(
    services: Services, wecom_server: ContractServer
) -> None:
    account = add_account(services, wecom_server)
    row = services.wecom_accounts.get(account)
    assert row is not None and row.has_secret and row.has_callback
    assert row.settings == AccountSettings(CORP_ID, 1000002, wecom_server.url)
    with services.db.read() as s:
        from desktop.store.models import ChannelAccount

        config = s.get(ChannelAccount, account).config  # type: ignore[union-attr]
    assert AES_KEY not in str(config) and "secret" not in str(config)


def test_connection_test_names_the_problem(
    services: Services, wecom_server: ContractServer
) -> None:
    account = add_account(services, wecom_server)
    test = services.wecom_accounts.test
    assert asyncio.run(test(account)).ok

    wecom_server.state.trusted_ips = {"203.0.113.9"}
    check = asyncio.run(test(account))
    assert not check.ok and "this computer's IP is not in the app's trusted IPs" in check.message

    wecom_server.state.trusted_ips = None
    wecom_server.state.apps[0].external_contact = False
    check = asyncio.run(test(account))
    assert not check.ok and "no 客户联系 permission (WeCom 48002)" in check.message

    wecom_server.state.apps[0].secret = "rotated"
    wecom_server.state.tokens.clear()
    check = asyncio.run(test(account))
    assert not check.ok and "bad secret (WeCom 40001)" in check.message
