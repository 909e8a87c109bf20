"""The compare dialog and the thread's presence line (issue 18, parts 3 and 4)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.services.live import EditConflict, FieldDiff, Present
from desktop.ui.compare_dialog import MINE, THEIRS, CompareDialog
from desktop.ui.inbox.presence_line import PresenceLine

LABELS = {"title": "标题", "body": "正文", "when": "时间"}


def _conflict() -> EditConflict:
    return EditConflict(
        "posts",
        7,
        4,
        [
            FieldDiff("title", "周五读书会", "周五读书会（改期）"),
            FieldDiff("body", "原正文", "我的正文"),
            FieldDiff("when", "2031-03-07 20:00", "2031-03-07 20:00"),  # the same: not asked
        ],
    )


def test_only_differing_fields_are_offered_and_merge_takes_each_choice(qtbot: QtBot) -> None:
    dialog = CompareDialog(_conflict(), LABELS, who="陈可乐")
    qtbot.addWidget(dialog)
    assert set(dialog._choices) == {"title", "body"}
    assert dialog.choice("title") == MINE  # what the operator typed is the default
    dialog.choose("body", THEIRS)
    dialog.merge_button.click()
    assert dialog.result() == CompareDialog.DialogCode.Accepted
    assert dialog.keep_mine == {"title"}


def test_keep_theirs_saves_nothing_and_keep_mine_takes_every_field(qtbot: QtBot) -> None:
    theirs = CompareDialog(_conflict(), LABELS)
    qtbot.addWidget(theirs)
    theirs.theirs_button.click()
    assert theirs.result() == CompareDialog.DialogCode.Rejected
    assert theirs.keep_mine == set()
    mine = CompareDialog(_conflict(), LABELS)
    qtbot.addWidget(mine)
    mine.mine_button.click()
    assert mine.keep_mine == {"title", "body"}


def test_presence_line_names_who_types_and_who_views(qtbot: QtBot) -> None:
    line = PresenceLine()
    qtbot.addWidget(line)
    line.show()
    line.show_present([])
    assert not line.isVisible()
    line.show_present([Present("陈可乐", True), Present("王小明", False)])
    assert line.isVisible()
    assert "陈可乐 is replying" in line.text()
    assert "王小明 is also viewing" in line.text()
    line.show_present([])
    assert not line.isVisible()
