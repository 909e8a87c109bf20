"""Event filters see their watched widgets die first (children go in creation order), and Qt
still sends them events on the way out. A filter that hands such a widget back to Qt raised
inside Qt's event loop and crashed the whole test run; each filter must answer False."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QListView, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.calendar.view import WeekView
from desktop.ui.inbox.shortcuts import InboxShortcuts


class _Queue:
    def __init__(self) -> None:
        self.moves: list[int] = []

    def move_selection(self, step: int) -> None:
        self.moves.append(step)

    def reply(self) -> None: ...
    def resolve_current(self) -> None: ...
    def assign_current(self) -> None: ...
    def canned_reply(self) -> None: ...
    def focus_search(self) -> None: ...


def test_inbox_keys_ignore_a_deleted_list(qtbot: QtBot) -> None:
    tab = QWidget()
    qtbot.addWidget(tab)
    listing = QListView(tab)
    queue = _Queue()
    keys = InboxShortcuts(tab, queue, (listing,))
    shiboken6.delete(listing)
    assert keys.eventFilter(listing, QEvent(QEvent.Type.Hide)) is False
    assert queue.moves == []


def test_week_view_ignores_a_deleted_header(qtbot: QtBot) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    gone = QWidget()
    shiboken6.delete(gone)
    assert view.eventFilter(gone, QEvent(QEvent.Type.Hide)) is False
