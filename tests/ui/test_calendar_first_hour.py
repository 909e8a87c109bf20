"""What an operator meets in the first hour with the calendar: holiday names in the UI
language, drafts planned with no group, a new post in the past, the go-to-date box, sent
cards that do not move, and times in the workspace's zone whatever the computer's."""

from __future__ import annotations

import time as process_time
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select, update

from desktop.domain.enums import PostStatus
from desktop.services.calendar import PostDraft
from desktop.services.container import Services
from desktop.store.models import Post
from desktop.ui.calendar.dnd import DragKind, Payload, to_mime
from desktop.ui.calendar.group_pick import GroupPickDialog
from desktop.ui.calendar.model import WeekModel
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.tab import CalendarTab
from desktop.ui.i18n import install_translator
from tests.calendar.conftest import Workspace, make_workspace
from tests.ui.test_calendar_dnd import cell_centre, drop, settle

SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def ws(services: Services) -> Workspace:
    return make_workspace(services)


def _tab(qtbot: QtBot, services: Services, day: date | None = None) -> CalendarTab:
    widget = CalendarTab(services)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    if day is not None:
        widget.show_week(day)
        settle(qtbot, widget)
    return widget


@pytest.fixture
def tab(qtbot: QtBot, ws: Workspace) -> CalendarTab:
    return _tab(qtbot, ws.services, ws.monday)


@pytest.fixture
def english(qapp: QApplication, language: None) -> None:
    install_translator(qapp, "en")


def _header(tab: CalendarTab, day: date, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    return str(tab.model.headerData(day.weekday(), Qt.Orientation.Horizontal, role))


def _header_fits(tab: CalendarTab, day: date) -> None:
    """Every line of the day's header is as wide as its section allows, and all lines fit."""
    header = tab.view.horizontalHeader()
    metrics = header.fontMetrics()
    lines = _header(tab, day).split("\n")
    width = header.sectionSize(day.weekday())
    assert all(metrics.horizontalAdvance(line) + 8 <= width for line in lines), (lines, width)
    assert header.height() >= len(lines) * metrics.height()


# -- 1. holiday names -----------------------------------------------------------------------
def test_holiday_header_in_english_marks_provisional(qtbot, english, services: Services):
    tab = _tab(qtbot, services, date(2031, 1, 23))
    text = _header(tab, date(2031, 1, 23))
    assert "Spring Festival" in text and "春节" not in text
    assert "(provisional)" in text
    tip = _header(tab, date(2031, 1, 23), Qt.ItemDataRole.ToolTipRole)
    assert "Computed by rule; the official dates are not announced yet" in tip
    _header_fits(tab, date(2031, 1, 23))
    tab.show_week(date(2026, 10, 1))
    settle(qtbot, tab)
    official = _header(tab, date(2026, 10, 1))
    assert "National Day" in official and "provisional" not in official
    assert "provisional" not in _header(tab, date(2026, 10, 1), Qt.ItemDataRole.ToolTipRole)
    _header_fits(tab, date(2026, 10, 1))
    # a make-up working day (调休) reads differently from a day off
    workday = date(2026, 10, 10)
    tab.show_week(workday)
    settle(qtbot, tab)
    assert tab.model.week.marks[workday].workday
    assert "Working day" in _header(tab, workday) and "🏮" not in _header(tab, workday)
    assert "🏮" in official
    _header_fits(tab, workday)


def test_holiday_header_in_chinese_marks_provisional(qtbot, chinese, services: Services):
    tab = _tab(qtbot, services, date(2031, 1, 23))
    text = _header(tab, date(2031, 1, 23))
    assert "春节" in text and "（待公布）" in text and "Spring" not in text
    tip = _header(tab, date(2031, 1, 23), Qt.ItemDataRole.ToolTipRole)
    assert "按规则推算，待国务院公布" in tip
    _header_fits(tab, date(2031, 1, 23))
    tab.show_week(date(2026, 10, 1))
    settle(qtbot, tab)
    assert "国庆节" in _header(tab, date(2026, 10, 1))
    assert "待公布" not in _header(tab, date(2026, 10, 1))
    _header_fits(tab, date(2026, 10, 1))


# -- 2. no target group ---------------------------------------------------------------------
def _targets(ws: Workspace, post_id: int) -> tuple[int, ...]:
    return tuple(ws.services.calendar.get(post_id).target_ids)


def _drop_draft(qtbot: QtBot, tab: CalendarTab, title: str, row: int, column: int) -> None:
    tab.backlog.reload()
    settle(qtbot, tab)
    drafts = tab.backlog.drafts
    [item] = [drafts.item(i) for i in range(drafts.count()) if title in drafts.item(i).text()]
    drop(tab.view.viewport(), cell_centre(tab, row, column), drafts.mimeData([item]))
    settle(qtbot, tab)


def test_dropped_draft_asks_for_groups_and_cancel_keeps_it(qtbot, tab, ws):
    d = ws.services.calendar.save(PostDraft(title="没有群的草稿"))
    _drop_draft(qtbot, tab, "没有群的草稿", 2, 3)
    qtbot.waitUntil(lambda: tab.post_actions.group_dialog is not None)
    dialog = tab.post_actions.group_dialog
    assert isinstance(dialog, GroupPickDialog)
    assert "will not be sent anywhere" in dialog.note.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing checked yet
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    settle(qtbot, tab)
    assert ws.services.calendar.get(d).when is None  # still in the backlog
    assert tab.backlog.drafts.count() == 1

    _drop_draft(qtbot, tab, "没有群的草稿", 2, 3)
    qtbot.waitUntil(lambda: tab.post_actions.group_dialog is not None)
    dialog = tab.post_actions.group_dialog
    dialog.set_checked(ws.groups["北京02群"])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, tab)
    assert ws.services.calendar.get(d).when == ws.at(3, 20)
    assert _targets(ws, d) == (ws.groups["北京02群"],)
    tab.toolbar.undo_action.trigger()
    settle(qtbot, tab)
    assert ws.services.calendar.get(d).when is None and _targets(ws, d) == ()


def test_dropped_draft_in_a_group_filtered_week_takes_the_shown_groups(qtbot, tab, ws):
    d = ws.services.calendar.save(PostDraft(title="上海的草稿"))
    kept = ws.services.calendar.save(
        PostDraft(title="已有群的草稿", target_ids=[ws.groups["北京01群"]])
    )
    tab.toolbar.group_filter.setCurrentIndex(
        tab.toolbar.group_filter.findData(ws.groups["上海01群"])
    )
    settle(qtbot, tab)
    _drop_draft(qtbot, tab, "上海的草稿", 0, 1)
    assert tab.post_actions.group_dialog is None
    assert ws.services.calendar.get(d).when == ws.at(1, 8)
    assert _targets(ws, d) == (ws.groups["上海01群"],)
    # a draft that already has its groups keeps them, and nobody is asked
    tab.toolbar.group_filter.setCurrentIndex(0)
    settle(qtbot, tab)
    _drop_draft(qtbot, tab, "已有群的草稿", 0, 2)
    assert tab.post_actions.group_dialog is None
    assert ws.services.calendar.get(kept).when == ws.at(2, 8)
    assert _targets(ws, kept) == (ws.groups["北京01群"],)


def test_material_planned_in_an_unfiltered_week_asks_for_groups(qtbot, tab, ws):
    m = ws.services.materials.add_material("poster", "海报", "文案", "poster.png")
    drop(tab.view.viewport(), cell_centre(tab, 1, 5), to_mime(Payload(DragKind.MATERIALS, (m,))))
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.post_actions.group_dialog is not None)
    dialog = tab.post_actions.group_dialog
    dialog.set_checked(ws.groups["上海01群"])
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    settle(qtbot, tab)
    [card] = tab.model.cards(1, 5)
    assert card.title == "海报" and card.target_ids == (ws.groups["上海01群"],)


def test_planned_post_without_group_is_marked_on_its_card(qtbot, tab, ws):
    ws.services.calendar.save(PostDraft(title="无目标", when=ws.at(4, 12)))
    tab.reload()
    settle(qtbot, tab)
    [card] = tab.model.cards(1, 4)
    tip = tab.model.index(1, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "will not be sent anywhere" in tip
    layout = tab.view.card_delegate.card_layout(tab.view.font())
    assert layout.badge(card) == "No target group"


# -- 3. a new post's default time -----------------------------------------------------------
def _at(day: date, hh: int, mm: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm), SHANGHAI)


def test_next_free_slot_skips_past_and_taken_slots(ws: Workspace):
    calendar, slots = ws.services.calendar, ws.services.workspace.settings().slots
    day = ws.monday
    beijing = [ws.groups["北京01群"]]
    assert calendar.next_free_slot(slots, beijing, now=_at(day, 7)) == _at(day, 8)
    assert calendar.next_free_slot(slots, beijing, now=_at(day, 13)) == _at(day, 20)
    assert calendar.next_free_slot(slots, beijing, now=_at(day, 21)) == _at(day + timedelta(1), 8)
    ws.post("晚上已有", 0, 20)
    assert calendar.next_free_slot(slots, beijing, now=_at(day, 13)) == _at(day + timedelta(1), 8)
    # another group's slot is still free for this one
    assert calendar.next_free_slot(slots, [ws.groups["上海01群"]], now=_at(day, 13)) == _at(day, 20)


def test_new_post_button_defaults_to_the_next_slot_not_a_past_one(qtbot, ws: Workspace):
    ws.services.calendar.clock = lambda: _at(ws.monday, 13).astimezone(UTC)
    tab = _tab(qtbot, ws.services)
    tab.toolbar.new_button.click()
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    assert tab.dialog.when() == _at(ws.monday, 20)
    tab.dialog.reject()


def test_new_post_after_the_last_slot_goes_to_tomorrow(qtbot, ws: Workspace):
    ws.services.calendar.clock = lambda: _at(ws.monday, 22).astimezone(UTC)
    tab = _tab(qtbot, ws.services)
    tab.toolbar.new_button.click()
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    assert tab.dialog.when() == _at(ws.monday + timedelta(days=1), 8)
    tab.dialog.reject()


# -- 4. the go-to-date box ------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["2027/1/1", "2027-01-01", "2031-1-23"])
def test_typed_date_with_any_year_goes_to_that_week(qtbot, tab, ws, typed: str):
    box = tab.toolbar.date_edit
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, tab)
    wanted = date(*(int(p) for p in typed.replace("/", "-").split("-")))
    assert wanted in tab.model.week.days
    assert box.date().toPython() == wanted


def test_typed_nonsense_keeps_the_shown_week(qtbot, tab, ws):
    box = tab.toolbar.date_edit
    box.selectAll()
    qtbot.keyClicks(box, "2027/13/45")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    settle(qtbot, tab)
    assert ws.monday in tab.model.week.days
    assert box.date().toPython() == ws.monday


# -- 5. sent cards --------------------------------------------------------------------------
def test_dragging_a_sent_card_says_why_it_stays(qtbot, tab, ws):
    p = ws.post("已经发出", 2, 12)
    with ws.services.db.write() as s:
        s.execute(update(Post).where(Post.id == p).values(status=PostStatus.SENT))
    tab.reload()
    settle(qtbot, tab)
    tip = tab.model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Sent posts stay where they were sent" in tip
    centre = tab.view.card_center(p)
    assert centre is not None
    viewport = tab.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre)
    far = centre + QPoint(0, QApplication.startDragDistance() + 30)
    qtbot.mouseMove(viewport, far)
    from PySide6.QtGui import QMouseEvent

    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        far.toPointF(),
        viewport.mapToGlobal(far).toPointF(),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, move)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=far)
    settle(qtbot, tab)
    assert "Sent posts stay where they were sent" in tab.status_note.text()


# -- 6. the workspace's time zone -----------------------------------------------------------
def test_times_show_in_the_workspace_zone_not_the_computers(qtbot, new_york, ws: Workspace):
    assert process_time.localtime(0).tm_hour != 8  # the process really is elsewhere
    when = _at(ws.monday + timedelta(days=2), 20)
    p = ws.post("晚八点", 2, 20)
    with ws.services.db.read() as s:
        stored = s.scalar(select(Post.scheduled_at).where(Post.id == p))
    assert stored.astimezone(UTC) == when.astimezone(UTC)
    tab = _tab(qtbot, ws.services, ws.monday)
    [card] = tab.model.cards(2, 2)
    assert card.local_time.strftime("%H:%M") == "20:00"
    tip = tab.model.index(2, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "20:00" in tip
    tab.edit_post(p)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.dialog is not None)
    dialog = tab.dialog
    assert dialog.time_edit.time().toString("HH:mm") == "20:00"
    assert dialog.when() == when
    assert isinstance(tab.model, WeekModel)
    dialog.reject()


def test_post_dialog_keeps_a_time_the_computers_zone_skips(qtbot, new_york, ws: Workspace):
    """02:30 on 14 March 2027 does not exist in New York (clocks jump 02:00 → 03:00); in
    Shanghai it is an ordinary time and must stay 02:30."""
    when = datetime(2027, 3, 14, 2, 30, tzinfo=SHANGHAI)
    draft = PostDraft(title="夜里", when=when, target_ids=[ws.groups["北京01群"]])
    dialog = PostDialog(ws.services.calendar, SHANGHAI, draft)
    qtbot.addWidget(dialog)
    assert dialog.time_edit.time().toString("HH:mm") == "02:30"
    assert dialog.when() == when
