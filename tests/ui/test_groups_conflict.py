"""The group editor meets a teammate's newer save (issue 18, part 4).

Different fields: saved together with no dialog, and the status bar says what was kept.
The same field: the compare dialog opens with that field highlighted and unchosen, and
"keep mine" saves mine there while the teammate's other change stays.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft, GroupService
from desktop.ui.compare_dialog import THEIRS, CompareDialog
from desktop.ui.groups.tab import GroupsTab


def _tab(qtbot: QtBot, services: Services) -> tuple[QMainWindow, GroupsTab]:
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = GroupsTab(services)
    window.setCentralWidget(tab)
    window.show()
    return window, tab


def test_a_teammates_other_field_is_merged_without_a_dialog(
    qtbot: QtBot, services: Services
) -> None:
    group_id = services.groups.save(GroupDraft(name="读书会一群", rules="不刷屏"))
    window, tab = _tab(qtbot, services)
    assert tab.select_group(group_id)
    tab.form.rules_edit.setPlainText("不发广告")

    teammate = GroupService(services.db)  # saves first, from its own read
    theirs = teammate.get(group_id)
    theirs.purpose = "每周共读"
    teammate.save(theirs)

    opened: list[CompareDialog] = []

    def close_any() -> None:  # were a dialog to open, this ends it instead of hanging
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CompareDialog):
            opened.append(dialog)
            dialog.reject()

    QTimer.singleShot(0, close_any)
    assert tab.save() == group_id
    saved = services.groups.get(group_id)
    assert (saved.rules, saved.purpose) == ("不发广告", "每周共读")  # both kept
    assert tab.form.purpose_combo.currentText() == "每周共读"
    message = window.statusBar().currentMessage()
    assert tab.form.purpose_label.text() in message
    assert opened == []


def test_the_same_field_opens_the_dialog_and_keep_mine_keeps_their_other_change(
    qtbot: QtBot, services: Services
) -> None:
    group_id = services.groups.save(GroupDraft(name="读书会一群", rules="不刷屏"))
    _window, tab = _tab(qtbot, services)
    assert tab.select_group(group_id)
    tab.form.rules_edit.setPlainText("不发广告")

    teammate = GroupService(services.db)
    theirs = teammate.get(group_id)
    theirs.purpose, theirs.rules = "每周共读", "禁止刷屏"
    teammate.save(theirs)

    seen: list[tuple[int, int, bool]] = []

    def keep_mine() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CompareDialog)
        seen.append(
            (dialog.choice("purpose"), dialog.choice("rules"), dialog.merge_button.isEnabled())
        )
        dialog.mine_button.click()

    QTimer.singleShot(0, keep_mine)
    assert tab.save() == group_id
    # Their purpose is preset, the rules both changed wait for a choice (no silent default).
    assert seen == [(THEIRS, -1, False)]
    saved = services.groups.get(group_id)
    assert (saved.rules, saved.purpose) == ("不发广告", "每周共读")
    assert tab.form.rules_edit.toPlainText() == "不发广告"
