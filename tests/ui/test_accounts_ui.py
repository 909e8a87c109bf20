"""The email accounts dialog: save (password to the keyring only), test the connection
against a real SMTP server, and say plainly when there is no keyring."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import UNAVAILABLE_MESSAGE
from desktop.services.container import Services
from desktop.services.mail import TlsMode
from desktop.ui.accounts.dialog import AccountsDialog
from desktop.ui.accounts.editor import EmailAccountEditor
from desktop.ui.accounts.matrix_editor import MatrixAccountEditor
from desktop.ui.outbox.controller import SendingController
from tests.sending.conftest import (  # noqa: F401  (fixtures)
    MemoryKeyring,
    SmtpServer,
    fail_keyring,
    memory_keyring,
    smtp_server,
)

PASSWORD = "k8#Qz-秘密-pass"


def _dialog(services: Services, qtbot: QtBot) -> AccountsDialog:
    dialog = AccountsDialog(services.accounts)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.calls.busy)
    return dialog


def _fill(editor: EmailAccountEditor, port: int, password: str = PASSWORD) -> None:
    editor.name.setText("Club newsletter")
    editor.from_addr.setText("club@example.org")
    editor.host.setText("127.0.0.1")
    editor.tls.setCurrentIndex(editor.tls.findData(TlsMode.NONE))
    editor.port.setValue(port)
    editor.username.setText("club")
    editor.password.setText(password)


def _files_under(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_saving_puts_the_password_in_the_keyring_and_nowhere_else(
    memory_keyring: MemoryKeyring,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    dialog = _dialog(services, qtbot)
    assert dialog.rows() == [] and not dialog.keyring_note.isVisible()
    editor = dialog.add_account()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # inline validation before anything is typed
    assert not editor.errors["host"].isVisible()  # but no red on a blank form
    editor.host.textEdited.emit("")
    assert editor.errors["host"].isVisible()
    _fill(editor, 2525)
    editor.from_addr.setText("not-an-address")
    editor.from_addr.textEdited.emit("not-an-address")
    assert editor.errors["from_addr"].isVisible() and not save.isEnabled()
    editor.from_addr.setText("club@example.org")
    assert save.isEnabled() and not editor.errors["from_addr"].isVisible()
    save.click()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    assert "Account saved." in dialog.feedback.text()

    row = dialog.rows()[0]
    assert row.has_secret and row.email is not None and row.email.host == "127.0.0.1"
    assert list(memory_keyring.store.values()) == [PASSWORD]
    assert PASSWORD.encode() not in _files_under(services.paths.data_dir)

    # Editing shows no password; leaving it empty keeps the stored one.
    dialog.table.selectRow(0)
    editor = dialog.edit_selected()
    assert editor is not None and editor.password.text() == ""
    assert "keep" in editor.password.placeholderText()
    editor.port.setValue(2626)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.rows()[0].email.port == 2626)  # type: ignore[union-attr]
    assert list(memory_keyring.store.values()) == [PASSWORD]


def test_test_connection_shows_success_or_the_exact_error(
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    server = smtp_server(auth=("club", PASSWORD))
    dialog = _dialog(services, qtbot)
    editor = dialog.add_account()
    _fill(editor, server.port)

    editor.test_button.click()
    assert editor.busy.isVisibleTo(editor) and not editor.test_button.isEnabled()
    qtbot.waitUntil(lambda: editor.test_result.text().startswith("Connection works"))
    assert not editor.busy.isVisibleTo(editor) and editor.test_button.isEnabled()

    editor.password.setText("wrong")
    editor.test_button.click()
    qtbot.waitUntil(lambda: editor.test_result.text().startswith("Connection failed"))
    assert "535" in editor.test_result.text()  # the server's own reply

    closed = smtp_server(start=False)  # a port nobody listens on
    editor.port.setValue(closed.port)
    editor.password.setText(PASSWORD)
    editor.test_button.click()
    qtbot.waitUntil(
        lambda: editor.test_result.text().startswith("Connection failed"), timeout=10000
    )
    assert str(closed.port) in editor.test_result.text() or "refused" in (
        editor.test_result.text().lower()
    )

    # A saved account is tested with its stored password and its status is recorded.
    editor.port.setValue(server.port)
    editor.password.setText(PASSWORD)
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    dialog.table.selectRow(0)
    again = dialog.edit_selected()
    assert again is not None
    again.test_button.click()
    qtbot.waitUntil(lambda: again.test_result.text().startswith("Connection works"))
    qtbot.waitUntil(lambda: dialog.rows()[0].status == AccountStatus.OK)
    assert dialog.table.item(0, 3).text() == "Working"


def test_without_a_keyring_the_dialog_says_so(
    fail_keyring: object,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    assert not services.secrets.available
    dialog = _dialog(services, qtbot)
    assert dialog.keyring_note.isVisible()
    assert dialog.keyring_note.text() == UNAVAILABLE_MESSAGE
    editor = dialog.add_account()
    assert not editor.keyring_note.isVisibleTo(editor)  # nothing to keep yet
    _fill(editor, 2525)
    assert editor.keyring_note.isVisibleTo(editor)
    assert "install or unlock a system keyring" in editor.keyring_note.text()
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: len(dialog.rows()) == 1)
    assert UNAVAILABLE_MESSAGE in dialog.feedback.text()
    assert PASSWORD.encode() not in _files_under(services.paths.data_dir)


def test_under_the_app_loop_the_test_runs_on_it_and_the_window_stays_live(
    memory_keyring: MemoryKeyring,  # noqa: F811
    smtp_server: Callable[..., SmtpServer],  # noqa: F811
    services: Services,
    qtbot: QtBot,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = smtp_server(auth=("club", PASSWORD))
    editor = EmailAccountEditor(services.accounts)
    qtbot.addWidget(editor)
    _fill(editor, server.port)
    loops: list[asyncio.AbstractEventLoop] = []
    real = services.accounts.test_email

    async def spy(*args: Any, **kwargs: Any) -> Any:
        loops.append(asyncio.get_running_loop())
        return await real(*args, **kwargs)

    monkeypatch.setattr(services.accounts, "test_email", spy)

    async def scenario() -> None:
        editor.test_button.click()
        deadline = time.monotonic() + 15
        while not editor.test_result.text().startswith("Connection works"):
            assert time.monotonic() < deadline, editor.test_result.text()
            await asyncio.sleep(0.02)
        assert loops == [asyncio.get_running_loop()]  # the app's loop, not a private one

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(qapp)) as runner:
        runner.run(scenario())


def test_without_a_keyring_the_start_shows_no_dialog_only_a_status_note(
    fail_keyring: object,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    controller = SendingController(window)
    controller.services = services
    window.show()
    assert controller.announce_keyring() is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert controller.keyring_label.isVisible()
    assert controller.keyring_label.toolTip() == UNAVAILABLE_MESSAGE


def test_the_matrix_editor_warns_once_a_token_is_typed_without_a_keyring(
    fail_keyring: object,  # noqa: F811
    services: Services,
    qtbot: QtBot,
) -> None:
    editor = MatrixAccountEditor(services.matrix_accounts)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.keyring_note.isVisible()
    editor.token.setText("syt_secret")
    assert editor.keyring_note.isVisible()
    assert UNAVAILABLE_MESSAGE in editor.keyring_note.text()
