"""The inbox tab's keyboard: single keys that work the queue without the mouse.

Installed on the conversation list and the thread's messages only, so typing in the reply
box or the search stays typing: j/k next/previous, r reply, e resolve and move on,
a assign, / canned reply; Ctrl+F search (anywhere in the tab). Each key calls one of the
tab's public actions; the keys know nothing of services.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class QueueActions(Protocol):
    def move_selection(self, step: int) -> None: ...
    def reply(self) -> None: ...
    def resolve_current(self) -> None: ...
    def assign_current(self) -> None: ...
    def canned_reply(self) -> None: ...
    def focus_search(self) -> None: ...


class InboxShortcuts(QObject):
    def __init__(self, tab: QWidget, actions: QueueActions, watched: Iterable[QWidget]) -> None:
        super().__init__(tab)
        self._actions = actions
        self._keys: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_J: lambda: actions.move_selection(1),
            Qt.Key.Key_K: lambda: actions.move_selection(-1),
            Qt.Key.Key_R: actions.reply,
            Qt.Key.Key_E: actions.resolve_current,
            Qt.Key.Key_A: actions.assign_current,
            Qt.Key.Key_Slash: actions.canned_reply,
        }
        QShortcut(QKeySequence.StandardKey.Find, tab, actions.focus_search)
        for widget in watched:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Never hand ``watched`` back to Qt (no ``super().eventFilter``): while the tab is torn
        # down the watched list is deleted before this filter, and touching its wrapper then
        # raises inside Qt's event loop and crashes the process. The base filter returns False.
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (
                event.modifiers()
                & ~Qt.KeyboardModifier.KeypadModifier
                & ~Qt.KeyboardModifier.ShiftModifier
            ):
                if event.matches(QKeySequence.StandardKey.Find):
                    self._actions.focus_search()
                    return True
                return False
            handler = self._keys.get(Qt.Key(event.key()))
            if handler is not None:
                handler()
                return True
        return False
