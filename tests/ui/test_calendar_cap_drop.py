"""A drag into a month where a WeCom group already has its 群发 task for every day (issue 15):
the calendar tab puts the card back and says which group and month, as for any refused
move; a Ctrl-drop copy is refused the same way. Nothing is written."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.ui.calendar.post_dialog import PostDialog
from desktop.ui.calendar.tab import CalendarTab
from tests.calendar.conftest import Workspace, make_workspace
from tests.ui.test_calendar_dnd import cell_centre, drop, grab, local, settle
from tests.wecom.full_month import fill_month, wecom_group


@pytest.fixture
def ws(services: Services) -> Workspace:
    """A future week that runs into the next month, with a WeCom group whose next month is
    already full."""
    ws = make_workspace(services)
    while (ws.monday + timedelta(days=6)).month == ws.monday.month:
        ws.monday += timedelta(days=7)
    ws.groups["拾光01群"] = wecom_group(services)
    fill_month(services, ws.groups["拾光01群"], datetime.combine(_next_first(ws), time(), ws.tz))
    return ws


def _next_first(ws: Workspace) -> date:
    return (ws.monday + timedelta(days=6)).replace(day=1)


def test_a_drop_into_a_full_month_is_refused_and_said(
    qtbot: QtBot, services: Services, ws: Workspace
) -> None:
    tab = CalendarTab(services)
    qtbot.addWidget(tab)
    tab.resize(1400, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.show_week(ws.monday)
    settle(qtbot, tab)
    post = ws.post("月初活动", 0, 8, ("拾光01群",))
    tab.reload()
    settle(qtbot, tab)
    column = (_next_first(ws) - ws.monday).days  # the first day of the full month

    drop(tab.view.viewport(), cell_centre(tab, 1, column), grab(tab, post))
    settle(qtbot, tab)
    assert local(ws, post) == ws.at(0, 8)  # not moved
    assert [c.id for c in tab.model.cards(0, 0)] == [post]  # the card is back
    note = tab.status_note.text()
    assert "拾光01群" in note and f"{_next_first(ws):%Y-%m}" in note and "nothing" in note
    assert tab.planner.stack.count() == 0

    tab.status_note.clear_message()
    drop(tab.view.viewport(), cell_centre(tab, 1, column), grab(tab, post), ctrl=True)
    settle(qtbot, tab)
    assert tab.model.cards(1, column) == ()  # no copy
    assert "拾光01群" in tab.status_note.text()
    assert tab.planner.stack.count() == 0


def test_the_editor_says_the_same_in_chinese(
    qtbot: QtBot, services: Services, ws: Workspace, chinese: None
) -> None:
    """Saving the post into the full month in the editor: the same group and month, and what
    to do instead, in the operator's language."""
    post = ws.post("月初活动", 0, 8, ("拾光01群",))
    draft = services.calendar.get(post)
    dialog = PostDialog(services.calendar, ws.tz, draft)
    qtbot.addWidget(dialog)
    dialog.date_edit.setDate(_next_first(ws))
    dialog.save()
    assert "企业微信群“拾光01群”" in dialog.form_error.text()
    assert f"{_next_first(ws):%Y-%m}" in dialog.form_error.text()
    assert local(ws, post) == ws.at(0, 8)
