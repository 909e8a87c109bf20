"""The post dialog meets a teammate's newer save of the same post (issue 18, part 4).

"Keep mine" takes mine only where the operator changed something: a field only the
teammate changed keeps their value. Different fields from both: saved with no dialog, and
the window's status bar says what was kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.domain.enums import ContentType
from desktop.services.calendar import CalendarService, PostDraft
from desktop.services.container import Services
from desktop.ui.calendar.labels import type_label
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.compare_dialog import THEIRS, CompareDialog

TZ = ZoneInfo("Asia/Shanghai")
WHEN = datetime(2031, 3, 7, 20, 0, tzinfo=TZ)


def _dialog(qtbot: QtBot, services: Services) -> tuple[QMainWindow, PostDialog, int]:
    post_id = services.calendar.save(
        PostDraft(title="周五读书会", body="原文", content_type=ContentType.VALUE, when=WHEN)
    )
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = PostDialog(services.calendar, TZ, services.calendar.get(post_id), parent=window)
    return window, dialog, post_id


def _teammate(services: Services, post_id: int, **changes: object) -> None:
    other = CalendarService(services.db)  # another operator's copy, saved first
    theirs = other.get(post_id)
    for name, value in changes.items():
        setattr(theirs, name, value)
    other.save(theirs)


def test_keep_mine_keeps_the_field_only_the_teammate_changed(
    qtbot: QtBot, services: Services
) -> None:
    _window, dialog, post_id = _dialog(qtbot, services)
    dialog.body_edit.setPlainText("我的正文")
    dialog.time_edit.setTime(QTime(19, 30))
    _teammate(
        services, post_id, title="周六读书会", body="同事的正文", content_type=ContentType.MARKETING
    )

    seen: list[tuple[int, int, list[str]]] = []

    def keep_mine() -> None:
        compare = QApplication.activeModalWidget()
        assert isinstance(compare, CompareDialog)
        values = [box.toPlainText() for box in compare.findChildren(QPlainTextEdit)]
        seen.append((compare.choice("title"), compare.choice("body"), values))
        compare.mine_button.click()

    QTimer.singleShot(0, keep_mine)
    dialog.save()
    [(title_choice, body_choice, values)] = seen
    assert (title_choice, body_choice) == (THEIRS, -1)
    # The content type reads as the post dialog's combo shows it, not as a stored code.
    assert type_label(ContentType.MARKETING) in values and "marketing" not in values
    stored = services.calendar.get(post_id)
    assert (stored.title, stored.content_type) == ("周六读书会", ContentType.MARKETING)  # theirs
    assert (stored.body, stored.when) == ("我的正文", WHEN - timedelta(minutes=30))  # mine


def test_different_fields_are_saved_together_and_the_status_bar_says_so(
    qtbot: QtBot, services: Services
) -> None:
    window, dialog, post_id = _dialog(qtbot, services)
    dialog.time_edit.setTime(QTime(21, 0))
    _teammate(services, post_id, title="周六读书会")

    opened: list[CompareDialog] = []

    def close_any() -> None:  # were a dialog to open, this ends it instead of hanging
        compare = QApplication.activeModalWidget()
        if isinstance(compare, CompareDialog):
            opened.append(compare)
            compare.reject()

    QTimer.singleShot(0, close_any)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    assert opened == []
    stored = services.calendar.get(post_id)
    assert (stored.title, stored.when) == ("周六读书会", WHEN + timedelta(hours=1))
    message = window.statusBar().currentMessage()
    assert dialog.field_labels()["title"] in message
    assert dialog.field_labels()["when"] not in message  # mine: nothing to report


def test_a_backlog_post_keeps_a_teammates_title_and_is_planned_as_a_plain_save_would(
    qtbot: QtBot, services: Services
) -> None:
    """The form cannot show "no time": its placeholder time is not a change of the base."""
    post_id = services.calendar.save(PostDraft(title="待定的活动"))
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = PostDialog(services.calendar, TZ, services.calendar.get(post_id), parent=window)
    dialog.body_edit.setPlainText("我的正文")
    _teammate(services, post_id, title="待定的活动（草稿）")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    stored = services.calendar.get(post_id)
    assert (stored.title, stored.body) == ("待定的活动（草稿）", "我的正文")
    assert stored.when == dialog.when()  # as any save from this dialog plans it
    message = window.statusBar().currentMessage()
    assert dialog.field_labels()["title"] in message
    assert dialog.field_labels()["when"] not in message
