"""The member profile meets a teammate's newer save (issue 18, part 4): a tag they added
and a note typed here are both saved with no dialog; the same note changed by both opens
the compare dialog, where "keep mine" keeps their tag."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.members.service import MemberDraft, MemberService
from desktop.ui.compare_dialog import THEIRS, CompareDialog
from desktop.ui.members.tab import MembersTab


def _open(qtbot: QtBot, services: Services) -> tuple[QMainWindow, MembersTab, int]:
    member_id = services.members.save(MemberDraft(name="王小明", notes="老会员"))
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = MembersTab(services)
    window.setCentralWidget(tab)
    window.show()
    qtbot.waitUntil(lambda: tab.select_member(member_id), timeout=5000)
    return window, tab, member_id


def _teammate(services: Services, member_id: int, tags: list[str], notes: str | None) -> None:
    other = MemberService(services.db)
    theirs = other.profile(member_id).draft
    theirs.tags = tags
    if notes is not None:
        theirs.notes = notes
    other.save(theirs)


def _watch(act_on: list[CompareDialog], choose_mine: bool) -> None:
    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CompareDialog):
            act_on.append(dialog)
            if choose_mine:
                dialog.mine_button.click()
            else:
                dialog.reject()

    QTimer.singleShot(0, check)


def test_their_tag_and_my_note_are_saved_together(qtbot: QtBot, services: Services) -> None:
    window, tab, member_id = _open(qtbot, services)
    tab.profile.notes_edit.setPlainText("周末有空")
    _teammate(services, member_id, ["志愿者"], None)
    opened: list[CompareDialog] = []
    _watch(opened, choose_mine=False)
    assert tab.save() == member_id
    assert opened == []
    stored = services.members.profile(member_id).draft
    assert (stored.tags, stored.notes) == (["志愿者"], "周末有空")
    assert tab.profile.tags_edit.text() == "志愿者"  # the panel shows the merged member
    assert tab.profile.field_labels()["tags"] in window.statusBar().currentMessage()


def test_the_same_note_asks_and_keep_mine_keeps_their_tag(qtbot: QtBot, services: Services) -> None:
    _window, tab, member_id = _open(qtbot, services)
    tab.profile.notes_edit.setPlainText("周末有空")
    _teammate(services, member_id, ["志愿者"], "只在晚上回复")
    opened: list[CompareDialog] = []
    _watch(opened, choose_mine=True)
    assert tab.save() == member_id
    [dialog] = opened
    assert dialog.choice("tags") == THEIRS
    stored = services.members.profile(member_id).draft
    assert (stored.tags, stored.notes) == (["志愿者"], "周末有空")
