"""The WeCom tab of a group's operations and the 添加企业微信应用 button."""

from __future__ import annotations

import asyncio

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.accounts.dialog import AccountsDialog
from desktop.ui.groups.ops_dialog import GroupOpsDialog
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


def test_wecom_tab_lists_groups_and_waiting_tasks(
    qtbot: QtBot, services: Services, wecom_server: ContractServer
) -> None:
    wecom_server.state.add_group("wrUI01", "拾光咖啡一群", "owner1", members=4)
    wecom_server.state.add_group("wrUI02", "拾光咖啡二群", "owner2")
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group = journey_group(services)
    services.wecom_ingest.link(account, "wrUI01", group)

    dialog = GroupOpsDialog(services, group)
    qtbot.addWidget(dialog)
    panel = dialog.wecom
    assert dialog.tabs.tabText(5) == "WeCom"
    qtbot.waitUntil(lambda: panel.chats.rowCount() == 2)
    names = {panel.chats.item(r, 0).text(): panel.chats.item(r, 3).text() for r in range(2)}
    assert names == {"拾光咖啡一群": "this group", "拾光咖啡二群": ""}
    assert "Owner owner1" in panel.welcome_label.text()
    assert "2 customer groups" in panel.status.text()


def test_accounts_dialog_offers_a_wecom_app(qtbot: QtBot, services: Services) -> None:
    dialog = AccountsDialog(
        services.accounts, matrix=services.matrix_accounts, wecom=services.wecom_accounts
    )
    qtbot.addWidget(dialog)
    assert dialog.add_wecom_button.text() == "Add WeCom app…"
    editor = dialog.open_wecom_editor(None)
    assert editor is not None
    editor.name.setText("拾光")
    editor.corp_id.setText("bad")
    editor.save()
    qtbot.waitUntil(lambda: "corp ID" in editor.message.text())
