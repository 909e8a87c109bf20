"""The compare dialog names the teammate who saved first (issue 18): "王芳 saved a newer
version while you were editing." With nobody to name (solo mode, the worker) it keeps
saying "a teammate"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft, GroupService
from desktop.ui.compare_dialog import CompareDialog
from desktop.ui.groups.tab import GroupsTab
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings


def _header_after_a_clash(qtbot: QtBot, services: Services, teammate: str) -> str:
    """The dialog's opening line when the teammate saves the rules the operator is editing."""
    group_id = services.groups.save(GroupDraft(name="读书会一群", rules="不刷屏"))
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = GroupsTab(services)
    window.setCentralWidget(tab)
    assert tab.select_group(group_id)
    tab.form.rules_edit.setPlainText("不发广告")

    services.live_identity.teammate = teammate  # the other app's signed-in teammate
    other = GroupService(services.db)
    theirs = other.get(group_id)
    theirs.rules = "禁止刷屏"
    other.save(theirs)
    services.live_identity.teammate = ""

    seen: list[str] = []

    def read_and_keep_theirs() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompareDialog)
        seen.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.theirs_button.click()

    QTimer.singleShot(0, read_and_keep_theirs)
    tab.save()
    assert seen, "the compare dialog did not open"
    assert services.groups.get(group_id).rules == "禁止刷屏"
    return "\n".join(seen)


def test_the_dialog_names_the_teammate(qtbot: QtBot, services: Services) -> None:
    shown = _header_after_a_clash(qtbot, services, "王芳")
    assert "王芳 saved a newer version while you were editing." in shown
    assert "A teammate" not in shown


def test_the_dialog_names_the_teammate_in_chinese(
    qtbot: QtBot, services: Services, chinese: None
) -> None:
    shown = _header_after_a_clash(qtbot, services, "王芳")
    assert "你编辑期间，王芳 保存了更新的版本。" in shown


def test_nobody_named_reads_a_teammate(qtbot: QtBot, services: Services) -> None:
    shown = _header_after_a_clash(qtbot, services, "")
    assert "A teammate saved a newer version while you were editing." in shown


def test_a_solo_window_names_nobody(qtbot: QtBot, services: Services, tmp_path: Path) -> None:
    """Solo mode: one operator, no teammates to tell apart, so saves carry no name."""
    services.teammates.add("王芳")
    window = MainWindow(services, UiSettings(tmp_path / "ui.ini"))
    qtbot.addWidget(window)
    assert services.live_identity.teammate == ""
    group_id = services.groups.save(GroupDraft(name="读书会一群"))
    assert services.groups.get(group_id).saved_by is None


def test_a_merge_without_a_dialog_names_the_teammate_in_the_status_bar(
    qtbot: QtBot, services: Services
) -> None:
    group_id = services.groups.save(GroupDraft(name="读书会一群", rules="不刷屏"))
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = GroupsTab(services)
    window.setCentralWidget(tab)
    window.show()
    assert tab.select_group(group_id)
    tab.form.rules_edit.setPlainText("不发广告")

    services.live_identity.teammate = "王芳"
    other = GroupService(services.db)
    theirs = other.get(group_id)
    theirs.purpose = "每周共读"
    other.save(theirs)
    services.live_identity.teammate = ""

    assert tab.save() == group_id
    message = window.statusBar().currentMessage()
    assert message.startswith("Saved. 王芳 had saved this meanwhile")
    assert tab.form.purpose_label.text() in message
