"""Painting must not leak or steal references (a PySide6 6.12.0 bug on Python 3.11 freed
None after a few thousand painted cards and aborted the app)."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from desktop.services.container import Services
from desktop.services.workspace.demo_calendar import fill_week
from desktop.ui.calendar.tab import CalendarTab
from desktop.ui.inbox.tab import InboxTab


def test_painting_cards_and_conversations_keeps_none_balanced(
    demo_services: Services, qtbot: QtBot
) -> None:
    fill_week(demo_services.db, demo_services.calendar.today(), n=40)
    calendar = CalendarTab(demo_services)
    inbox = InboxTab(demo_services)
    for w in (calendar, inbox):
        qtbot.addWidget(w)
        w.resize(1400, 900)
        w.show()
    calendar.grab()
    inbox.grab()
    # Background threads (the week's read, the inbox's first page) move None's count a
    # little too; a leak in painting moves it in every round. So: the quietest of three.
    drifts = []
    for _round in range(3):
        before = sys.getrefcount(None)
        for _ in range(20):
            calendar.grab()
            inbox.grab()
        drifts.append(sys.getrefcount(None) - before)
    drift = min(drifts, key=abs)
    assert abs(drift) < 200, f"None refcount drifted by {drifts} while painting"
