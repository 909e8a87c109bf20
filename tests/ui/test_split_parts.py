"""The parts the window, the inbox, the step editor and the outbox hold (menus, status-bar
labels, live updates, filter rows, dialogs, thread header, note box, preview, variables,
details pane) follow a language change, each text under the context it was first written in,
so its Chinese translation still applies."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.services.container import Services
from desktop.services.live import Takeover
from desktop.services.sending import OutboxRow
from desktop.ui import i18n
from desktop.ui.main_window import MainWindow
from desktop.ui.outbox.delivery_details import DeliveryDetails
from desktop.ui.ui_settings import UiSettings

ZH_TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "shequn_zh_CN.ts"


def _zh(context: str, source: str) -> str:
    for ctx in ET.parse(ZH_TS).iter("context"):
        if ctx.findtext("name") == context:
            for msg in ctx.iter("message"):
                if msg.findtext("source") == source:
                    text = msg.findtext("translation") or ""
                    assert text and text != source, (context, source)
                    return text
    raise AssertionError(f"{context}: {source!r} is not in the .ts file")


def _chinese(*widgets: object) -> None:
    app = QApplication.instance()
    assert app is not None
    i18n.install_translator(app, "zh_CN")
    for widget in widgets:
        QApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))  # type: ignore[arg-type]
    QApplication.processEvents()


def _row() -> OutboxRow:
    when = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    return OutboxRow(
        id=1, kind=DeliveryKind.DM, channel=ChannelKind.EMAIL, channel_account_id=None,
        purpose=ConsentPurpose.SERVICE, member_id=1, group_id=None, recipient="a@example.com",
        subject="你好", preview="欢迎", due_at=when, next_attempt_at=None,
        status=DeliveryStatus.FAILED, attempts=2, last_error="550 no such user",
        status_reason=None, sent_at=None, external_id=None, done_by=None, member_name="阿明",
    )  # fmt: skip


def test_the_parts_held_by_the_window_and_tabs_speak_chinese(
    qtbot: QtBot, services: Services, language: None, tmp_path: Path
) -> None:
    window = MainWindow(services, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    window.show()
    inbox, templates = window.inbox_tab, window.templates_tab
    qtbot.waitUntil(lambda: not inbox.calls.busy and not templates.busy, timeout=10_000)
    details = DeliveryDetails()
    qtbot.addWidget(details)
    _chinese(window, details)

    # The window's menus, status-bar labels and live-updates notices.
    assert window.menus.act_settings.text() == _zh("MainWindow", "&Settings…")
    assert window.file_menu.title() == _zh("MainWindow", "&File")
    name = services.workspace.settings().name
    assert window.status_labels.workspace_label.text() == _zh(
        "MainWindow", "Workspace: %1"
    ).replace("%1", name)
    live = window.live_updates
    assert live is not None
    at = datetime.now(UTC)
    live._show_takeovers([Takeover(3, "退款", None, "小李", at)])
    took = _zh("MainWindow", "%1 took over your conversation “%2”.")
    assert window.statusBar().currentMessage() == took.replace("%1", "小李").replace("%2", "退款")

    # The inbox tab's filter rows and dialog buttons, the thread's header and note box.
    assert inbox.filters.filter_caption.text() == _zh("InboxTab", "Show")
    assert inbox.filter_combo.itemText(0) == _zh("InboxTab", "All conversations")
    assert inbox.dialogs.settings_button.text() == _zh("InboxTab", "Settings…")
    thread = inbox.thread_view
    assert thread.header.status_caption.text() == _zh("ThreadView", "Status")
    thread.show_assignee(None)
    assert thread.assign_combo.itemText(0) == _zh("ThreadView", "Unassigned")
    assert thread.note_box.note_button.text() == _zh("ThreadView", "Add note")

    # The step editor's preview and variables.
    editor = templates.editor
    assert editor.sample.caption.text() == _zh("StepEditor", "Preview for")
    assert editor.variables.toolTip() == _zh("StepEditor", "Click to insert at the cursor")

    # The outbox's details pane.
    details.show_rows([_row()], "Asia/Shanghai")
    lines = details.toPlainText().splitlines()
    assert _zh("OutboxWindow", "To: %1").replace("%1", "阿明") in lines
    assert _zh("OutboxWindow", "Attempts: %1").replace("%1", "2") in lines
    assert _zh("OutboxWindow", "Server said: %1").replace("%1", "550 no such user") in lines
    details.show_rows([_row(), _row()], None)
    assert details.toPlainText() == ""
