"""The calendar tab shows the real week from the database and edits posts through its dialog."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.calendar.week import nearest_slot, week_start
from desktop.domain.enums import ContentType
from desktop.services.calendar import PostDraft
from desktop.services.container import Services
from desktop.store.models import Post
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.tab import CalendarTab


@pytest.fixture
def tab(qtbot: QtBot, demo_services: Services) -> CalendarTab:
    widget = CalendarTab(demo_services)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, widget)
    return widget


def settle(qtbot: QtBot, tab: CalendarTab) -> None:
    """Wait until the tab's reads and writes (off the UI thread) are done and shown."""
    qtbot.waitUntil(lambda: not tab.busy)


def _cells_in_db(services: Services, any_day: date) -> set[tuple[int, int, int]]:
    """(slot row, day column, post id) for every post of that week, straight from the table."""
    settings = services.workspace.settings()
    start = week_start(any_day)
    lo = datetime.combine(start, time(0), settings.tz).astimezone(UTC)
    hi = datetime.combine(start + timedelta(days=7), time(0), settings.tz).astimezone(UTC)
    with services.db.read() as s:
        rows = s.execute(
            select(Post.id, Post.scheduled_at).where(
                Post.scheduled_at >= lo, Post.scheduled_at < hi
            )
        ).all()
    out = set()
    for post_id, at in rows:
        local = at.astimezone(settings.tz)
        out.add((nearest_slot(settings.slots, local.time()), (local.date() - start).days, post_id))
    return out


def _cells_shown(tab: CalendarTab) -> set[tuple[int, int, int]]:
    model = tab.model
    return {
        (row, column, card.id)
        for row in range(model.rowCount())
        for column in range(model.columnCount())
        for card in model.cards(row, column)
    }


def _post_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Post)) or 0)


def _save(dialog: PostDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_demo_week_posts_sit_in_their_day_and_slot(tab: CalendarTab, demo_services: Services):
    today = demo_services.calendar.today()
    expected = _cells_in_db(demo_services, today)
    assert len(expected) >= 10  # the demo plans most slots of the current week
    assert _cells_shown(tab) == expected
    # rows are the workspace's slots (早/中/晚), columns Monday..Sunday of this week
    slots = demo_services.workspace.settings().slots
    assert tab.model.rowCount() == len(slots) == 3
    assert [tab.model.slot(r).label for r in range(3)] == ["早", "中", "晚"]
    assert [tab.model.day(c) for c in range(7)] == [
        week_start(today) + timedelta(days=i) for i in range(7)
    ]
    assert tab.model.today_column() == today.weekday()
    header = tab.model.headerData(today.weekday(), Qt.Orientation.Horizontal)
    assert "Today" in header
    # every card is readable: its title is in the cell text
    row, column, post_id = next(iter(expected))
    title = demo_services.calendar.get(post_id).title
    assert title in tab.model.index(row, column).data()


def test_cells_grow_to_show_every_card(qtbot: QtBot, tab: CalendarTab, demo_services: Services):
    today = demo_services.calendar.today()
    when = datetime.combine(today, time(8, 30), demo_services.workspace.settings().tz)
    for i in range(4):
        demo_services.calendar.save(PostDraft(title=f"同一时段的第{i + 1}条帖子", when=when))
    tab.reload()
    settle(qtbot, tab)
    row, column = 0, today.weekday()
    cards = tab.model.cards(row, column)
    assert len(cards) >= 4
    layout = tab.view.card_delegate.card_layout(tab.view.font())
    cell = tab.view.visualRect(tab.model.index(row, column))
    geometries = layout.layout(cell, cards)
    assert cell.height() >= layout.cell_height(cards, cell.width())
    assert all(cell.contains(g.rect) for g in geometries)  # nothing drawn outside the cell


def test_week_navigation_changes_dates_and_posts(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    today = demo_services.calendar.today()
    start = week_start(today)
    next_week_day = start + timedelta(days=9)
    demo_services.calendar.save(
        PostDraft(
            title="下周的活动预告",
            content_type=ContentType.ACTIVITY,
            when=datetime.combine(next_week_day, time(20), demo_services.workspace.settings().tz),
        )
    )

    qtbot.mouseClick(tab.toolbar.next_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.model.day(0) == start + timedelta(days=7)
    assert _cells_shown(tab) == _cells_in_db(demo_services, next_week_day)
    assert [c.title for c in tab.model.cards(2, 2)] == ["下周的活动预告"]
    assert tab.model.today_column() is None
    # The date box keeps the weekday it showed: today, a week on.
    assert tab.toolbar.date_edit.date().toPython() == today + timedelta(days=7)

    qtbot.mouseClick(tab.toolbar.prev_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    qtbot.mouseClick(tab.toolbar.prev_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.model.day(0) == start - timedelta(days=7)
    assert _cells_shown(tab) == _cells_in_db(demo_services, start - timedelta(days=7))

    qtbot.mouseClick(tab.toolbar.today_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tab)
    assert tab.model.day(0) == start
    assert _cells_shown(tab) == _cells_in_db(demo_services, today)

    tab.toolbar.date_edit.setDate(QDate(next_week_day.year, next_week_day.month, next_week_day.day))
    settle(qtbot, tab)
    assert tab.model.day(0) == start + timedelta(days=7)


def test_keyboard_shortcuts_move_between_weeks(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    start = week_start(demo_services.calendar.today())
    tab.activateWindow()
    tab.view.setFocus()
    qtbot.waitUntil(lambda: tab.view.hasFocus())
    qtbot.keyClick(tab.view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, tab)
    assert tab.model.day(0) == start + timedelta(days=7)
    qtbot.keyClick(tab.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, tab)
    qtbot.keyClick(tab.view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    settle(qtbot, tab)
    assert tab.model.day(0) == start - timedelta(days=7)


def test_double_click_empty_cell_creates_post_at_that_day_and_slot(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    tab.next_week()  # an empty week: every cell is free
    settle(qtbot, tab)
    row, column = 1, 2  # 中 (12:00), Wednesday
    day = tab.model.day(column)
    centre = tab.view.visualRect(tab.model.index(row, column)).center()
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    settle(qtbot, tab)

    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.date_edit.date() == QDate(day.year, day.month, day.day)
    assert dialog.time_edit.time() == QTime(12, 0)
    group_id, group_name = demo_services.calendar.group_choices()[0]
    dialog.title_edit.setText("周三午间：新品试饮报名")
    dialog.body_edit.setPlainText("报名链接见群公告。")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData(ContentType.ACTIVITY.value))
    dialog.set_group_checked(group_id)
    _save(dialog)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.dialog is None)

    week = demo_services.calendar.week(day, demo_services.workspace.settings().slots)
    [card] = [c for c in week.cards if c.title == "周三午间：新品试饮报名"]
    assert (card.day_index, card.slot_index) == (column, row)
    tz = demo_services.workspace.settings().tz
    assert card.local_time == datetime.combine(day, time(12, 0), tz)
    assert card.content_type == ContentType.ACTIVITY
    assert card.target_names == (group_name,)
    assert [c.id for c in tab.model.cards(row, column)] == [card.id]
    assert tab.view.selected_post_id() == card.id


def test_empty_title_is_refused_and_nothing_saved(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    before = _post_count(demo_services)
    tab.new_post(0, 3)
    settle(qtbot, tab)
    dialog = tab.dialog
    assert dialog is not None
    dialog.title_edit.setText("   ")
    _save(dialog)
    settle(qtbot, tab)
    assert dialog.isVisible()
    assert not dialog.title_error.isHidden()
    assert "title" in dialog.title_error.text()
    assert _post_count(demo_services) == before


def test_double_click_card_edits_it(qtbot: QtBot, tab: CalendarTab, demo_services: Services):
    row, column, post_id = sorted(_cells_in_db(demo_services, demo_services.calendar.today()))[0]
    pos = tab.view.card_center(post_id)
    assert pos is not None
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    settle(qtbot, tab)
    dialog = tab.dialog
    assert dialog is not None and dialog.draft.id == post_id
    dialog.title_edit.setText("改过的标题")
    _save(dialog)
    settle(qtbot, tab)
    assert demo_services.calendar.get(post_id).title == "改过的标题"
    assert "改过的标题" in tab.model.index(row, column).data()


def test_delete_asks_then_removes_the_post(qtbot: QtBot, tab: CalendarTab, demo_services: Services):
    row, column, post_id = sorted(_cells_in_db(demo_services, demo_services.calendar.today()))[0]
    pos = tab.view.card_center(post_id)
    assert pos is not None
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))
    assert tab.view.selected_post_id() == post_id
    assert tab.toolbar.delete_button.isEnabled()
    tab.toolbar.delete_button.click()
    box = tab.findChild(QMessageBox)
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()
    settle(qtbot, tab)
    with pytest.raises(KeyError):
        demo_services.calendar.get(post_id)
    assert post_id not in {c.id for c in tab.model.cards(row, column)}


def test_group_filter_shows_only_that_groups_posts(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    group_id, group_name = demo_services.calendar.group_choices()[0]
    tab.toolbar.group_filter.setCurrentIndex(tab.toolbar.group_filter.findData(group_id))
    settle(qtbot, tab)
    shown = _cells_shown(tab)
    week = demo_services.calendar.week(
        demo_services.calendar.today(), demo_services.workspace.settings().slots
    )
    assert {pid for _, _, pid in shown} == {
        c.id for c in week.cards if group_name in c.target_names
    }
    tab.toolbar.group_filter.setCurrentIndex(0)  # all groups
    settle(qtbot, tab)
    assert {pid for _, _, pid in _cells_shown(tab)} == {c.id for c in week.cards}


def test_mix_footer_counts_types_and_warns_about_marketing(
    qtbot: QtBot, tab: CalendarTab, demo_services: Services
):
    tab.next_week()
    settle(qtbot, tab)
    assert tab.mix_warning.isHidden()
    tz = demo_services.workspace.settings().tz
    day = tab.model.day(0)
    kinds = [ContentType.MARKETING] * 3 + [ContentType.VALUE]
    for i, kind in enumerate(kinds):
        when = datetime.combine(day + timedelta(days=i), time(8), tz)
        demo_services.calendar.save(PostDraft(title=f"帖子{i}", content_type=kind, when=when))
    tab.reload()
    settle(qtbot, tab)
    text = tab.mix_label.text()
    assert "Marketing 3" in text and "Value 1" in text and "Norms 0" in text
    limit = demo_services.workspace.settings().marketing_share_limit
    assert limit < 75
    assert not tab.mix_warning.isHidden()
    assert "75%" in tab.mix_warning.text()


def test_empty_workspace_and_language_change(qtbot: QtBot, services: Services):
    tab = CalendarTab(services)
    qtbot.addWidget(tab)
    settle(qtbot, tab)
    assert tab.model.rowCount() == 3 and tab.model.columnCount() == 7
    assert _cells_shown(tab) == set()
    assert tab.toolbar.group_filter.count() == 1  # only "All groups"
    assert not tab.toolbar.edit_button.isEnabled() and not tab.toolbar.delete_button.isEnabled()
    QApplication.sendEvent(tab, QEvent(QEvent.Type.LanguageChange))
    assert tab.toolbar.today_button.text() == "Today"
    assert tab.toolbar.group_filter.itemText(0) == "All groups"
