"""No silent overwrites (issue 18, part 4): two runtimes edit one post at the same time.

One save wins; the other gets an EditConflict holding both copies, and saving the merge
it offers keeps both operators' work. From the post dialog, changes to different fields
from one base are merged with no dialog; the same field changed by both opens it. A drag
from a week read before a teammate's move is refused and nothing moves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from desktop.services.calendar import MovedMeanwhile, PostDraft, merged
from desktop.services.live import EditConflict
from desktop.services.runtime import Runtime
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.compare_dialog import MINE, CompareDialog

from .live_helpers import at_once

TZ = ZoneInfo("Asia/Shanghai")


def test_concurrent_saves_one_wins_the_other_gets_both_copies(two) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    post_id = a.services.calendar.save(PostDraft(title="周五活动", body="原文"))
    for round_ in range(10):  # both read the same version, then save at once
        mine_a = a.services.calendar.get(post_id)
        mine_b = b.services.calendar.get(post_id)
        mine_a.title = f"A 的标题 {round_}"
        mine_b.body = f"B 的正文 {round_}"
        results = dict(
            zip(
                "ab",
                at_once(
                    partial(a.services.calendar.save, mine_a),
                    partial(b.services.calendar.save, mine_b),
                ),
                strict=True,
            )
        )
        assert not [
            r
            for r in results.values()
            if isinstance(r, Exception) and not isinstance(r, EditConflict)
        ], results
        conflicts = [r for r in results.values() if isinstance(r, EditConflict)]
        assert len(conflicts) == 1, results  # exactly one wins
        conflict = conflicts[0]
        loser = mine_b if results["b"] is conflict else mine_a
        differing = {f.name for f in conflict.differing}
        assert differing == {"title", "body"}
        # The loser keeps their own field and the winner's: nothing is lost.
        keep = {"body"} if loser is mine_b else {"title"}
        b_or_a = b if loser is mine_b else a
        b_or_a.services.calendar.save(merged(conflict.theirs, loser, keep))
        final = a.services.calendar.get(post_id)
        assert final.title == f"A 的标题 {round_}"
        assert final.body == f"B 的正文 {round_}"


def test_saving_an_old_copy_is_refused_with_the_newer_one(two) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    post_id = a.services.calendar.save(PostDraft(title="旧标题"))
    stale = b.services.calendar.get(post_id)
    newer = a.services.calendar.get(post_id)
    newer.title = "A 改过"
    a.services.calendar.save(newer)
    stale.title = "B 改的"
    with pytest.raises(EditConflict) as caught:
        b.services.calendar.save(stale)
    assert caught.value.theirs.title == "A 改过"
    assert [(f.theirs, f.mine) for f in caught.value.differing] == [("A 改过", "B 改的")]
    assert a.services.calendar.get(post_id).title == "A 改过"  # not overwritten


def test_dragging_a_post_someone_just_moved_is_refused(two) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    when = datetime(2031, 3, 3, 9, tzinfo=TZ)
    post_id = a.services.calendar.save(PostDraft(title="早安", when=when))
    seen = b.services.calendar.get(post_id).version
    assert seen is not None
    a.services.planning.move([(post_id, when + timedelta(days=1))])
    with pytest.raises(MovedMeanwhile) as caught:
        b.services.planning.move([(post_id, when + timedelta(days=2))], {post_id: seen})
    assert caught.value.post_ids == [post_id]
    assert b.services.calendar.get(post_id).when == when + timedelta(days=1)


def _b_dialog(qtbot: QtBot, b: Runtime, post_id: int) -> tuple[QMainWindow, PostDialog]:
    window = QMainWindow()
    qtbot.addWidget(window)
    draft = b.services.calendar.get(post_id)
    return window, PostDialog(b.services.calendar, TZ, draft, parent=window)


def _compare_dialogs(act: Callable[[CompareDialog], None]) -> list[CompareDialog]:
    """Records (and acts on) a compare dialog if one opens during the next save."""
    seen: list[CompareDialog] = []

    def check() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, CompareDialog):
            seen.append(dialog)
            act(dialog)

    QTimer.singleShot(0, check)
    return seen


def test_title_in_a_and_time_in_b_from_one_base_both_survive_without_a_dialog(
    two, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    when = datetime(2031, 3, 7, 20, tzinfo=TZ)
    post_id = a.services.calendar.save(PostDraft(title="周五读书会", when=when))
    base_a = a.services.calendar.get(post_id)
    window, dialog = _b_dialog(qtbot, b, post_id)  # B opens the post from the same version
    dialog.time_edit.setTime(QTime(19, 0))

    a.services.calendar.save(replace(base_a, title="周五读书会（改期）"), base_a)
    seen = _compare_dialogs(lambda d: d.reject())
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        dialog.save()
    assert seen == []
    for runtime in (a, b):
        stored = runtime.services.calendar.get(post_id)
        assert (stored.title, stored.when) == ("周五读书会（改期）", when - timedelta(hours=1))
    assert dialog.field_labels()["title"] in window.statusBar().currentMessage()


def test_title_in_both_opens_the_dialog_and_nothing_is_lost(two, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    a, b = two
    when = datetime(2031, 3, 7, 20, tzinfo=TZ)
    post_id = a.services.calendar.save(PostDraft(title="周五读书会", when=when))
    base_a = a.services.calendar.get(post_id)
    _window, dialog = _b_dialog(qtbot, b, post_id)
    dialog.title_edit.setText("B 的标题")
    dialog.time_edit.setTime(QTime(19, 0))
    a.services.calendar.save(replace(base_a, title="A 的标题"), base_a)

    asked: list[list[str]] = []

    def take_mine(compare: CompareDialog) -> None:
        asked.append([d.name for d in compare.conflict.conflicting])
        compare.choose("title", MINE)
        compare.merge_button.click()

    seen = _compare_dialogs(take_mine)
    dialog.save()
    assert len(seen) == 1 and asked == [["title"]]
    stored = a.services.calendar.get(post_id)
    assert (stored.title, stored.when) == ("B 的标题", when - timedelta(hours=1))
