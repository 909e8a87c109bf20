"""Drag-planning on the week grid: synthesized drag events offscreen, one real QDrag under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.calendar import PostDraft
from desktop.services.container import Services
from desktop.store.models import Delivery, Post
from desktop.ui.calendar.dnd import DragKind, Payload, to_mime
from desktop.ui.calendar.tab import CalendarTab
from tests.calendar.conftest import Workspace, make_workspace

MOVE = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction


@pytest.fixture
def ws(services: Services) -> Workspace:
    return make_workspace(services)


@pytest.fixture
def tab(qtbot: QtBot, ws: Workspace) -> CalendarTab:
    widget = CalendarTab(ws.services)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    widget.show_week(ws.monday)
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, tab: CalendarTab) -> None:
    """Wait until the tab's reads and writes (off the UI thread) are done and shown; the
    view hands a drop over on the next turn of the event loop, so that turn comes first."""
    qtbot.wait(1)
    qtbot.waitUntil(lambda: not tab.busy)


def drop(target: QWidget, pos: QPoint, mime: QMimeData, ctrl: bool = False) -> None:
    """What Qt delivers during a drag: enter, move, drop — on the target viewport."""
    mods = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    buttons = Qt.MouseButton.LeftButton
    # Qt 6 takes a QPoint for enter/move and a QPointF for the drop itself.
    enter = QDragEnterEvent(pos, MOVE, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(pos, MOVE, mime, buttons, mods)
    QApplication.sendEvent(target, move)
    assert move.isAccepted()
    event = QDropEvent(QPointF(pos), MOVE, mime, buttons, mods)
    QApplication.sendEvent(target, event)


def cell_centre(tab: CalendarTab, row: int, column: int) -> QPoint:
    rect = tab.view.visualRect(tab.model.index(row, column))
    return QPoint(rect.center().x(), rect.bottom() - 6)  # below any card


def local(ws: Workspace, post_id: int) -> datetime | None:
    with ws.services.db.read() as s:
        at = s.scalar(select(Post.scheduled_at).where(Post.id == post_id))
    return None if at is None else at.astimezone(ws.tz)


def grab(tab: CalendarTab, post_id: int) -> QMimeData:
    card = tab.model.first_card(post_id)
    assert card is not None
    return to_mime(tab.view.drag_payload(card))


def pick_group(qtbot: QtBot, tab: CalendarTab, group_id: int) -> None:
    """Answer the "send to which groups?" dialog a planned draft with no group opens."""
    qtbot.waitUntil(lambda: tab.post_actions.group_dialog is not None)
    dialog = tab.post_actions.group_dialog
    dialog.set_checked(group_id)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, tab)


def test_drag_moves_and_undo_redo_keys(qtbot: QtBot, tab: CalendarTab, ws: Workspace):
    a = ws.post("拖动我", 0, 8)
    tab.reload()
    settle(qtbot, tab)
    drop(tab.view.viewport(), cell_centre(tab, 1, 2), grab(tab, a))
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: local(ws, a) == ws.at(2, 12))
    assert [c.id for c in tab.model.cards(1, 2)] == [a]
    assert tab.view.selected_ids() == [a]
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tab)
    assert local(ws, a) == ws.at(0, 8)
    assert [c.id for c in tab.model.cards(0, 0)] == [a]
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, tab)
    assert local(ws, a) == ws.at(2, 12)


def test_drop_shows_the_move_before_the_write_ends(qtbot: QtBot, tab: CalendarTab, ws: Workspace):
    a = ws.post("乐观移动", 0, 8)
    tab.reload()
    settle(qtbot, tab)
    planning = ws.services.planning
    real_move, release = planning.move, threading.Event()

    def slow_move(targets, versions=None):  # the worker waits here; the UI thread must not
        release.wait(10)
        return real_move(targets, versions)

    planning.move = slow_move  # type: ignore[method-assign]
    try:
        drop(tab.view.viewport(), cell_centre(tab, 1, 2), grab(tab, a))
        qtbot.wait(1)
        assert [c.id for c in tab.model.cards(1, 2)] == [a]  # shown at once
        assert local(ws, a) == ws.at(0, 8)  # not written yet
        release.set()
        settle(qtbot, tab)
    finally:
        planning.move = real_move  # type: ignore[method-assign]
    assert local(ws, a) == ws.at(2, 12)
    assert [c.id for c in tab.model.cards(1, 2)] == [a]


def test_a_failed_move_puts_the_card_back_and_says_so(
    qtbot: QtBot, tab: CalendarTab, ws: Workspace
):
    a = ws.post("移动失败", 0, 8)
    tab.reload()
    settle(qtbot, tab)
    planning = ws.services.planning
    real_move = planning.move

    def broken(_targets, _versions=None):
        raise OSError("disk full")

    planning.move = broken  # type: ignore[method-assign]
    try:
        drop(tab.view.viewport(), cell_centre(tab, 1, 2), grab(tab, a))
        settle(qtbot, tab)
    finally:
        planning.move = real_move  # type: ignore[method-assign]
    assert [c.id for c in tab.model.cards(0, 0)] == [a]
    assert tab.model.cards(1, 2) == ()
    assert "disk full" in tab.status_note.text()
    assert tab.planner.stack.count() == 0


def test_ctrl_drop_copies(qtbot: QtBot, tab: CalendarTab, ws: Workspace):
    a = ws.post("复制我", 1, 20, ("北京01群", "上海01群"))
    tab.reload()
    settle(qtbot, tab)
    drop(tab.view.viewport(), cell_centre(tab, 0, 4), grab(tab, a), ctrl=True)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.model.cards(0, 4)) == 1)
    [copy] = tab.model.cards(0, 4)
    assert copy.id != a and copy.title == "复制我" and len(copy.target_ids) == 2
    assert local(ws, a) == ws.at(1, 20)  # the original stays
    tab.toolbar.undo_action.trigger()
    settle(qtbot, tab)
    assert tab.model.cards(0, 4) == ()


def test_multi_select_moves_together_and_header_drop_keeps_time(qtbot, tab, ws):
    a = ws.post("一", 0, 8)
    b = ws.post("二", 0, 20, ("北京02群",))
    tab.reload()
    settle(qtbot, tab)
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=tab.view.card_center(a))
    qtbot.mouseClick(
        tab.view.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        tab.view.card_center(b),
    )
    settle(qtbot, tab)
    assert sorted(tab.view.selected_ids()) == sorted([a, b])
    drop(tab.view.viewport(), cell_centre(tab, 0, 3), grab(tab, a))  # Mon → Thu
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: local(ws, a) == ws.at(3, 8))
    assert local(ws, b) == ws.at(3, 20)
    # On the day header: same time, another day.
    header = tab.view.horizontalHeader()
    pos = QPoint(header.sectionViewportPosition(5) + 20, header.height() // 2)
    tab.view.select_post(a)
    drop(header.viewport(), pos, grab(tab, a))
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: local(ws, a) == ws.at(5, 8))
    tab.toolbar.undo_action.trigger()
    settle(qtbot, tab)
    tab.toolbar.undo_action.trigger()
    settle(qtbot, tab)
    assert (local(ws, a), local(ws, b)) == (ws.at(0, 8), ws.at(0, 20))


def test_backlog_draft_and_material_drops(qtbot, tab, ws):
    d = ws.services.calendar.save(PostDraft(title="待排期"))
    m = ws.services.materials.add_material("poster", "双十二海报", "海报文案", "poster.png")
    tab.refresh()
    settle(qtbot, tab)
    tab.show_week(ws.monday)
    settle(qtbot, tab)
    drafts = tab.backlog.drafts
    assert drafts.count() == 1
    drop(tab.view.viewport(), cell_centre(tab, 2, 6), drafts.mimeData([drafts.item(0)]))
    settle(qtbot, tab)
    pick_group(qtbot, tab, ws.groups["北京01群"])  # a draft with no group asks for one
    qtbot.waitUntil(lambda: local(ws, d) == ws.at(6, 20))
    assert tab.backlog.drafts.count() == 0
    tab.toolbar.group_filter.setCurrentIndex(
        tab.toolbar.group_filter.findData(ws.groups["上海01群"])
    )
    settle(qtbot, tab)
    mime = to_mime(Payload(DragKind.MATERIALS, (m,)))
    drop(tab.view.viewport(), cell_centre(tab, 1, 1), mime)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: len(tab.model.cards(1, 1)) == 1)
    [card] = tab.model.cards(1, 1)
    assert card.title == "双十二海报" and card.target_ids == (ws.groups["上海01群"],)
    assert ws.services.calendar.get(card.id).attachments[0].uri == "poster.png"


def test_search_and_type_filter(qtbot, tab, ws):
    ws.services.calendar.save(PostDraft(title="咖啡干货"))
    ws.services.materials.add_material("script", "欢迎话术", "你好")
    ws.services.materials.add_material("poster", "活动海报")
    tab.backlog.reload()
    settle(qtbot, tab)
    tab.backlog.tabs.setCurrentIndex(1)
    settle(qtbot, tab)
    assert tab.backlog.materials.count() == 2
    tab.backlog.type_filter.setCurrentIndex(tab.backlog.type_filter.findData("script"))
    settle(qtbot, tab)
    assert tab.backlog.materials.item(0).text().endswith("欢迎话术")
    assert tab.backlog.materials.count() == 1
    tab.backlog.search.setText("haibao-none")
    qtbot.waitUntil(lambda: tab.backlog.materials.count() == 0)


def test_drop_into_the_past_asks_first(qtbot, tab, ws):
    a = ws.services.calendar.save(PostDraft(title="补记上周的帖子"))
    tab.backlog.reload()
    settle(qtbot, tab)
    mime = tab.backlog.drafts.mimeData([tab.backlog.drafts.item(0)])
    tab.show_week(ws.services.calendar.today() - timedelta(days=14))
    settle(qtbot, tab)
    drop(tab.view.viewport(), cell_centre(tab, 0, 0), mime)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.post_actions.confirm is not None)
    box = tab.post_actions.confirm
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, tab)
    assert local(ws, a) is None  # refused: still in the backlog
    drop(tab.view.viewport(), cell_centre(tab, 0, 0), mime)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.post_actions.confirm is not None)
    tab.post_actions.confirm.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, tab)
    pick_group(qtbot, tab, ws.groups["北京01群"])
    assert local(ws, a) < datetime.now(UTC)


def test_keyboard_moves_selected_post(qtbot, tab, ws):
    a = ws.post("键盘移动", 1, 8)
    tab.reload()
    settle(qtbot, tab)
    tab.view.select_post(a)
    tab.view.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(tab.view, Qt.Key.Key_Down, ctrl_alt)
    settle(qtbot, tab)
    assert local(ws, a) == ws.at(1, 12)
    qtbot.keyClick(
        tab.view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, tab)
    assert local(ws, a) == ws.at(2, 12)
    assert tab.view.selected_post_id() == a
    assert "Ctrl+Alt" in tab.view.toolTip()


def test_schedule_week_button_and_group_set_view(qtbot, tab, ws):
    a = ws.post("有群", 2, 12, ("北京01群", "邮件订阅"))
    ws.services.calendar.save(PostDraft(title="无群帖子", when=ws.at(3, 12)))
    tab.reload()
    settle(qtbot, tab)
    tab.toolbar.schedule_button.click()
    settle(qtbot, tab)
    text = tab.status_note.text()
    assert "无群帖子" in text and "no target group" in text
    with ws.services.db.read() as s:
        assert len(s.scalars(select(Delivery).where(Delivery.post_id == a)).all()) == 2
    card = tab.model.first_card(a)
    assert card.status.value == "scheduled"
    # the "北京全部群" set shows posts for 北京01群/北京02群 only
    index = next(
        i
        for i in range(tab.toolbar.group_filter.count())
        if "北京全部群" in tab.toolbar.group_filter.itemText(i)
    )
    tab.toolbar.group_filter.setCurrentIndex(index)
    settle(qtbot, tab)
    assert {c.title for c in tab.model.week.cards} == {"有群"}


REAL_DRAG = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from desktop.config import resolve_paths
from desktop.services.container import Services
from desktop.services.workspace.service import open_workspace
from tests.calendar.conftest import make_workspace
from desktop.ui.calendar.tab import CalendarTab

app = QApplication(sys.argv)
paths = resolve_paths(Path(sys.argv[1]))
services = Services.build(paths, open_workspace(paths))
ws = make_workspace(services)
pid = ws.post("真拖动", 0, 8)
tab = CalendarTab(services)
tab.resize(1300, 800)
tab.show()
QTest.qWaitForWindowExposed(tab)
tab.show_week(ws.monday)
QTest.qWait(200)
while tab.busy:  # the week is read off the UI thread
    QTest.qWait(20)
view = tab.view.viewport()
start = tab.view.card_center(pid)
rect = tab.view.visualRect(tab.model.index(2, 3))
end = QPoint(rect.center().x(), rect.bottom() - 8)

def steps():
    # Runs inside QDrag.exec's loop: move over the target, then release there.
    for i in range(1, 11):
        p = start + (end - start) * (i / 10)
        QTest.mouseMove(view, QPoint(int(p.x()), int(p.y())))
        QTest.qWait(20)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)

QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
QTimer.singleShot(100, steps)
QTest.mouseMove(view, start + QPoint(30, 30))
QTest.qWait(800)
# The drop is saved off the UI thread: on a loaded machine that can take a while.
for _ in range(150):
    if services.calendar.get(pid).when == ws.at(3, 20):
        break
    QTest.qWait(100)
QTest.qWait(200)
print("MOVED_TO", services.calendar.get(pid).when.isoformat(), ws.at(3, 20).isoformat())
"""


@pytest.mark.xvfb
def test_real_qdrag_under_xvfb(tmp_path: Path):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.skip("xvfb-run is not installed")
    script = tmp_path / "real_drag.py"
    script.write_text(REAL_DRAG, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", SHEQUN_DATA_DIR=str(tmp_path / "data"))
    root = Path(__file__).resolve().parents[2]
    env["PYTHONPATH"] = str(root)
    done = subprocess.run(
        [
            xvfb,
            "-a",
            "-s",
            "-screen 0 1400x900x24",
            sys.executable,
            str(script),
            str(tmp_path / "data"),
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    line = next(x for x in done.stdout.splitlines() if x.startswith("MOVED_TO"))
    _tag, got, wanted = line.split()
    assert got == wanted, out


def test_export_and_import_run_in_the_background(qtbot, tab, ws, tmp_path: Path):
    ws.post("导出我", 1, 12, ("北京01群",))
    tab.reload()
    settle(qtbot, tab)
    path = tmp_path / "week.csv"
    tab.post_actions.files.export_to(path, "csv")
    settle(qtbot, tab)
    assert "导出我" in path.read_text(encoding="utf-8-sig")
    assert str(path) in tab.status_note.text()
    tab.post_actions.files.export_to(tmp_path / "missing" / "week.csv", "csv")
    settle(qtbot, tab)
    assert "Could not write" in tab.status_note.text()

    tab.post_actions.files.import_from(path)
    settle(qtbot, tab)
    assert "Imported" in tab.status_note.text()
    assert len([c for c in tab.model.week.cards if c.title == "导出我"]) == 2
    tab.toolbar.undo_action.trigger()  # the import is one undo step
    settle(qtbot, tab)
    assert len([c for c in tab.model.week.cards if c.title == "导出我"]) == 1
