"""WeCom's refusals in the operator's language: the connection test and the group's WeCom
tab show a translated sentence for a known errcode, the code and WeCom's errmsg otherwise."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.wecom import WeComError
from desktop.ui.accounts.wecom_editor import WeComAccountEditor
from desktop.ui.accounts.wecom_problems import describe
from desktop.ui.groups.wecom_panel import WeComPanel
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.ui.conftest import chinese, language  # noqa: F401 (fixtures)
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


def editor_test_message(qtbot: QtBot, services: Services, server: ContractServer) -> str:
    server.state.trusted_ips = {"203.0.113.7"}  # not this computer: WeCom answers 60020
    account = add_account(services, server)
    row = services.wecom_accounts.get(account)
    editor = WeComAccountEditor(services.wecom_accounts, row)
    qtbot.addWidget(editor)
    editor.test()
    qtbot.waitUntil(lambda: "60020" in editor.message.text())
    return editor.message.text()


@pytest.mark.usefixtures("chinese")
def test_untrusted_ip_is_explained_in_chinese(
    qtbot: QtBot, services: Services, wecom_server: ContractServer
) -> None:
    text = editor_test_message(qtbot, services, wecom_server)
    assert "IP 不在可信范围" in text and "企业微信 60020" in text
    assert "not allow to access" not in text

    # The group's WeCom tab: a sync refused the same way.
    panel = WeComPanel(services, journey_group(services))
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.account.count() == 1)
    panel.sync_now()
    qtbot.waitUntil(lambda: "60020" in panel.message.text())
    assert "IP 不在可信范围" in panel.message.text()


def test_untrusted_ip_in_english_and_unknown_codes_keep_wecoms_words(
    qtbot: QtBot, services: Services, wecom_server: ContractServer
) -> None:
    text = editor_test_message(qtbot, services, wecom_server)
    assert text.startswith("IP not trusted: this computer's IP is not in the app's trusted IPs")
    assert describe(WeComError(93017, "invalid chat_id")) == "WeCom error 93017: invalid chat_id"
