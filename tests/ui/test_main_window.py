"""The whole main window on a fresh demo workspace, and what survives a restart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import open_main_window
from desktop.config import Paths
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings


def _open(paths: Paths, qtbot: QtBot) -> MainWindow:
    window = open_main_window(paths, UiSettings(paths.ui_settings_file))
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_first_start_creates_a_labelled_demo_workspace(paths: Paths, qtbot: QtBot) -> None:
    window = _open(paths, qtbot)
    window.show()
    assert window.tabs.count() == 5
    assert window.services.workspace.settings().is_demo
    assert window.demo_label.isVisible()
    counts = window.services.workspace.counts()
    assert counts.groups >= 8 and counts.members >= 500 and counts.conversations >= 60
    assert counts.journeys == 3 and counts.posts > 10
    qtbot.waitUntil(lambda: window.inbox_tab.model.rowCount() > 0)  # read off the UI thread
    window.services.close()


def test_geometry_and_last_tab_survive_a_restart(paths: Paths, qtbot: QtBot) -> None:
    window = _open(paths, qtbot)
    window.show()
    window.tabs.setCurrentIndex(3)
    size = (1111, 777)
    window.resize(*size)
    QApplication.processEvents()
    assert (window.width(), window.height()) == size
    window.close()
    window.services.close()

    again = _open(paths, qtbot)
    again.show()
    assert again.tabs.currentIndex() == 3
    assert (again.width(), again.height()) == size
    assert not again.services.workspace.is_empty()  # the data is still there
    again.services.close()


def test_remove_demo_empties_the_workspace(paths: Paths, qtbot: QtBot) -> None:
    window = _open(paths, qtbot)

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, confirm)
    window.remove_demo()
    assert window.services.workspace.is_empty()
    assert not window.services.workspace.settings().is_demo
    assert window.inbox_tab.model.rowCount() == 0
    window.services.close()


def test_corrupt_database_offers_a_new_workspace_and_keeps_the_bad_file(
    paths: Paths, qtbot: QtBot
) -> None:
    paths.ensure()
    paths.sqlite_path.write_bytes(b"not sqlite" * 100)

    def start_new() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert str(paths.sqlite_path) in box.text()
        buttons = [b for b in box.buttons() if isinstance(b, QPushButton)]
        new = next(b for b in buttons if b.text() == "Start a new workspace")
        new.click()

    QTimer.singleShot(0, start_new)
    window = _open(paths, qtbot)
    kept = list(Path(paths.data_dir).glob("shequn.db.refused-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"not sqlite" * 100
    assert window.services.workspace.counts().groups > 0
    window.services.close()


def test_quit_from_the_corrupt_database_dialog_opens_nothing(paths: Paths, qtbot: QtBot) -> None:
    paths.ensure()
    paths.sqlite_path.write_bytes(b"not sqlite" * 100)

    def quit_() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Quit").click()

    QTimer.singleShot(0, quit_)
    assert open_main_window(paths, UiSettings(paths.ui_settings_file)) is None
    assert paths.sqlite_path.read_bytes() == b"not sqlite" * 100


def test_the_app_entry_point_paints_the_frame_then_opens_the_workspace(
    tmp_path: Path, qapp: QApplication
) -> None:
    """`shequn` itself: frame first, workspace attached after its first paint, clean exit."""
    from desktop.app import main

    seen: dict[str, object] = {}

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        if windows and "frame_attached" not in seen:
            seen["frame_attached"] = windows[0].is_attached
        if (
            windows
            and windows[0].is_attached
            and windows[0].services.dispatcher.state.running
            and windows[0].services.inbox_poller.state.running
            and windows[0].services.welcome_runner.running
            and windows[0].services.janitor.passes >= 1
        ):
            window = windows[0]
            seen["groups"] = window.services.workspace.counts().groups
            seen["title"] = window.windowTitle()
            seen["worker"] = window.worker_status.text
            seen["dispatcher"] = window.services.dispatcher
            seen["poller"] = window.services.inbox_poller
            seen["welcome"] = window.services.welcome_runner
            seen["janitor"] = window.services.janitor
            window.close()
            return
        QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    assert main(["--data-dir", str(tmp_path / "ws"), "--lang", "en"]) == 0
    assert seen["frame_attached"] is False  # the frame was up before the database
    assert seen["groups"] == 8
    assert "拾光" in str(seen["title"])
    # The sending worker ran on the app's loop and was stopped before the app quit.
    assert str(seen["worker"]).startswith("Sending: running")
    assert not seen["dispatcher"].state.running  # type: ignore[attr-defined]
    assert not seen["poller"].state.running  # type: ignore[attr-defined]  # IMAP reader too
    assert not seen["welcome"].running  # type: ignore[attr-defined]  # and the welcome runner
    # The janitor made its first pass at start and was stopped too.
    assert seen["janitor"].last_error is None  # type: ignore[attr-defined]
    assert not seen["janitor"].running  # type: ignore[attr-defined]
    assert (tmp_path / "ws" / "ui.ini").exists()


def test_sending_menu_opens_the_outbox_and_the_accounts(paths: Paths, qtbot: QtBot) -> None:
    window = _open(paths, qtbot)
    window.show()
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Sending" in titles
    assert window.worker_status.text == "Sending: stopped"  # no loop runs it in this test
    window.sending.act_outbox.trigger()
    outbox = window.sending.outbox_window
    assert outbox is not None and outbox.isVisible() and not outbox.isModal()
    qtbot.waitUntil(lambda: not outbox.model.loading and "pending" in outbox.counts_label.text())
    window.sending.act_accounts.trigger()
    accounts = window.sending.accounts_dialog
    assert accounts is not None and accounts.isVisible() and not accounts.isModal()
    qtbot.mouseClick(window.worker_status.label, Qt.MouseButton.LeftButton)
    assert outbox.isVisible()
    window.close()
    assert not outbox.isVisible() and not accounts.isVisible()
    window.services.close()


def test_the_inbox_knows_the_operator_and_reports_reply_times(paths: Paths, qtbot: QtBot) -> None:
    window = _open(paths, qtbot)
    window.show()
    window.tabs.setCurrentIndex(4)
    inbox = window.inbox_tab
    assert inbox.operator_id is not None and inbox.operator_id == window.current_operator_id()
    inbox.sla_status.emit("2 replies overdue")
    assert window.sla_label.text() == "2 replies overdue"
    window.services.close()
