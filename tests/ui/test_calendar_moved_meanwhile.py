"""A card a teammate moved after this week was read (issue 18): dropping it is refused —
nothing moves, the tab says why, and the week is read again so the card shows where the
teammate put it. Nothing goes on the undo stack."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.calendar.tab import CalendarTab
from tests.calendar.conftest import Workspace
from tests.ui.test_calendar_dnd import cell_centre, drop, grab, local, settle, tab, ws

__all__ = ["tab", "ws"]  # the fixtures


def test_dropping_a_card_a_teammate_moved_is_refused_and_the_week_reloads(
    qtbot: QtBot, tab: CalendarTab, ws: Workspace
) -> None:
    a = ws.post("周一早安", 0, 8)
    tab.reload()
    settle(qtbot, tab)
    mime = grab(tab, a)  # the card as this view read it
    # Meanwhile a teammate moves it to Thursday evening (a write this view has not seen).
    ws.services.planning.move([(a, ws.at(3, 20))])

    drop(tab.view.viewport(), cell_centre(tab, 1, 2), mime)
    settle(qtbot, tab)
    qtbot.waitUntil(lambda: tab.model.index_of_post(a).column() == 3)

    assert local(ws, a) == ws.at(3, 20)  # the teammate's move stands
    assert "teammate just changed this post" in tab.status_note.text()
    assert tab.planner.stack.count() == 0
