"""Welcome journeys in the templates tab: drag to reorder, default journey, funnel view."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.container import Services
from desktop.services.sending.outbox import OutboxService
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.store.models import Group, Member, MemberContact
from desktop.ui.templates.tab import TemplatesTab


@pytest.fixture
def tab(qtbot: QtBot, services: Services) -> TemplatesTab:
    widget = TemplatesTab(services)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    widget.default_journey_button.click()
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, tab: TemplatesTab) -> None:
    """Wait until the tab's reads and writes (off the UI thread) have come back."""
    qtbot.waitUntil(lambda: not tab.busy, timeout=5000)


def _titles(tab: TemplatesTab) -> list[str]:
    return [tab.step_list.topLevelItem(i).text(1) for i in range(tab.step_list.topLevelItemCount())]


def _drop(tab: TemplatesTab, source_row: int, target_row: int) -> None:
    view = tab.step_list
    mime = view.mimeData([view.topLevelItem(source_row)])
    rect = view.visualItemRect(view.topLevelItem(target_row))
    pos = QPoint(rect.center().x(), rect.top() + 2)  # upper half: drop before the target
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    vp = view.viewport()
    QApplication.sendEvent(vp, QDragEnterEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(vp, QDragMoveEvent(pos, actions, mime, buttons, mods))
    QApplication.sendEvent(vp, QDropEvent(QPointF(pos), actions, mime, buttons, mods))


def test_default_journey_has_the_eight_seed_steps(tab: TemplatesTab, services: Services) -> None:
    assert _titles(tab) == [
        "信息获取",
        "邮件邀请",
        "验证身份",
        "个人中心",
        "内容推荐",
        "互动引导",
        "权益说明",
        "反馈渠道",
    ]
    assert "标准欢迎流程" in tab.journey_list.currentItem().text()


def test_reorder_by_drag_and_keyboard_is_saved(
    qtbot: QtBot, tab: TemplatesTab, services: Services
) -> None:
    journey = tab.current_journey_id()
    assert journey is not None
    _drop(tab, 4, 1)  # 内容推荐 before 邮件邀请
    settle(qtbot, tab)
    assert _titles(tab)[:3] == ["信息获取", "内容推荐", "邮件邀请"]
    saved = [s.title for s in services.templates.steps(journey)]
    assert saved == _titles(tab)
    assert tab.step_list.currentItem().text(1) == "内容推荐"

    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    QApplication.sendEvent(tab.step_list, key)
    settle(qtbot, tab)
    assert _titles(tab)[:3] == ["信息获取", "邮件邀请", "内容推荐"]
    assert [s.title for s in services.templates.steps(journey)] == _titles(tab)


def test_disable_and_duplicate(qtbot: QtBot, tab: TemplatesTab, services: Services) -> None:
    journey = tab.current_journey_id()
    assert journey is not None
    tab.step_list.setCurrentItem(tab.step_list.topLevelItem(2))
    tab.journey_actions.toggle_button.click()
    settle(qtbot, tab)
    assert not services.templates.steps(journey)[2].enabled
    assert tab.step_list.topLevelItem(2).font(1).strikeOut()
    tab.journey_actions.duplicate_button.click()
    settle(qtbot, tab)
    copy = tab.current_step_id()
    steps = services.templates.steps(journey)
    assert len(steps) == 9 and steps[3].id == copy and steps[3].title.startswith("验证身份")


def test_live_preview_and_unknown_variable_marker(tab: TemplatesTab) -> None:
    editor = tab.editor
    editor.body_edit.setPlainText("{name}，欢迎加入{group}")
    assert editor.preview_text().endswith("，欢迎加入" + editor.sample.values["group"])
    editor.body_edit.setPlainText("你好{nmae}")
    assert "{nmae}" in editor.body_error.text()
    assert editor.highlighter.problems and editor.highlighter.problems[0].text == "nmae"


def test_funnel_view_shows_reached_steps(qtbot: QtBot, tab: TemplatesTab, services: Services):
    journey = tab.current_journey_id()
    assert journey is not None
    with services.db.write() as s:
        g = Group(name="拾光·测试01")
        s.add(g)
        members = [
            Member(
                display_name=f"新人{i}",
                contacts=[MemberContact(channel="email", address=f"n{i}@example.net")],
            )
            for i in range(3)
        ]
        s.add_all(members)
        s.flush()
        gid, mids = g.id, [m.id for m in members]
    welcome = WelcomeService(services.db, services.outbox)
    welcome.attach(journey, [gid])
    for mid in mids:
        welcome.join(mid, gid)
    WelcomeRunner(services.db, OutboxService(services.db)).run_once(datetime.now(UTC))
    tab.right.setCurrentWidget(tab.funnel)
    tab.funnel.refresh()
    settle(qtbot, tab)
    assert tab.funnel.table.rowCount() == 1
    assert tab.funnel.table.item(0, 2).text() == "3"
    assert tab.funnel.bar_values()[0] == [3.0]
    with services.db.read() as s:
        assert s.scalar(select(Group.journey_id).where(Group.id == gid)) == journey


def test_attach_to_groups_through_the_dialog(
    qtbot: QtBot, tab: TemplatesTab, services: Services
) -> None:
    journey = tab.current_journey_id()
    assert journey is not None
    with services.db.write() as s:
        g = Group(name="拾光·测试02")
        s.add(g)
        s.flush()
        gid = g.id
    tab.journey_actions.attach_button.click()
    qtbot.waitUntil(lambda: tab.journey_actions.attach_dialog is not None, timeout=5000)
    dialog = tab.journey_actions.attach_dialog
    assert dialog is not None
    rows = [dialog.list.item(i) for i in range(dialog.list.count())]
    [item] = [r for r in rows if r.data(Qt.ItemDataRole.UserRole) == gid]
    item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    settle(qtbot, tab)
    assert services.welcome.groups_of(journey) == [gid]
    assert "拾光·测试02" in tab.journey_list.currentItem().text()


def test_a_failed_change_is_shown(
    qtbot: QtBot, tab: TemplatesTab, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(services.journeys, "duplicate", refuse)
    tab.journey_actions.duplicate_button.click()
    settle(qtbot, tab)
    assert "database is locked" in tab.step_error.text()
    assert tab.step_list.topLevelItemCount() == 8
