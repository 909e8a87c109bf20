"""A group's 群活码: what is shown and saved is WeCom's own image, downloaded from the
``qr_code`` URL get_join_way answers, not a new QR made of that URL."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.groups.wecom_panel import WeComPanel
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import add_account, journey_group
from tests.wecom_contract.server import ContractServer

pytestmark = pytest.mark.usefixtures("memory_keyring")


def linked_group(services: Services, server: ContractServer) -> int:
    server.state.add_group("wrQR01", "拾光咖啡一群", "owner1")
    account = add_account(services, server)
    asyncio.run(services.wecom_sync.sync(account))
    group = journey_group(services)
    services.wecom_ingest.link(account, "wrQR01", group)
    return group


def test_join_way_image_is_the_one_wecom_serves(
    services: Services, wecom_server: ContractServer
) -> None:
    group = linked_group(services, wecom_server)
    qr = asyncio.run(services.wecom_groups.make_join_way(group, "市集传单"))

    (row,) = wecom_server.state.join_ways.values()
    assert row.image.startswith(b"\x89PNG")
    assert qr.image == row.image
    assert qr.url.endswith(f"/wwpic/{row.config_id}/0")
    assert qr.suffix == "png"
    # Opened later, the image comes from WeCom again (only its URL is stored).
    again = asyncio.run(services.wecom_groups.join_way_qr(group))
    assert again is not None and again.image == row.image


def test_panel_saves_the_downloaded_image(
    qtbot: QtBot,
    services: Services,
    wecom_server: ContractServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    group = linked_group(services, wecom_server)
    panel = WeComPanel(services, group)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.qr_button.isEnabled())
    panel.state.setText("市集传单")
    panel.room_base.setText("拾光咖啡一群")  # when full, WeCom opens 拾光咖啡一群2, …
    panel.make_qr()
    qtbot.waitUntil(lambda: panel.qr_save.isEnabled())
    (row,) = wecom_server.state.join_ways.values()
    assert (row.body["auto_create_room"], row.body["room_base_name"]) == (1, "拾光咖啡一群")
    assert row.body["state"] == "市集传单"
    assert not panel.qr_image.pixmap().isNull()

    target = tmp_path / "qr.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    panel.save_qr()
    qtbot.waitUntil(lambda: target.exists() and target.read_bytes() == row.image)
