"""The inbox tab's keyboard: single keys that work the queue without the mouse.

A mixin of ``InboxTab``; the tab filters the key presses of the conversation list and of the
thread's messages. Only there do plain keys act, so typing in the reply box or the search
stays typing: j/k next/previous, r reply, e resolve and move on, a assign, / canned reply;
Ctrl+F search.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from desktop.domain.enums import ConversationStatus
from desktop.ui.i18n import MixinTr

if TYPE_CHECKING:
    from desktop.ui.inbox.tab import InboxTab

    _Base = InboxTab
else:
    _Base = MixinTr  # self.tr finds this mixin's strings, plural ones too


class InboxKeys(_Base):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if (
                event.modifiers()
                & ~Qt.KeyboardModifier.KeypadModifier
                & ~Qt.KeyboardModifier.ShiftModifier
            ):
                if event.matches(QKeySequence.StandardKey.Find):
                    self.focus_search()
                    return True
                return super().eventFilter(watched, event)
            handler = {
                Qt.Key.Key_J: lambda: self.move(1),
                Qt.Key.Key_K: lambda: self.move(-1),
                Qt.Key.Key_R: self.thread.focus_reply,
                Qt.Key.Key_E: self.resolve_current,
                Qt.Key.Key_A: self.assign_current,
                Qt.Key.Key_Slash: self.canned_reply,
            }.get(Qt.Key(event.key()))
            if handler is not None:
                handler()
                return True
        return super().eventFilter(watched, event)

    def move(self, step: int) -> None:
        count = self.model.rowCount()
        at_end = self.list_view.currentIndex().row() + step >= count
        if step > 0 and at_end and self.model.canFetchMore():
            self.model.fetchMore()
            count = self.model.rowCount()
        if not count:
            return
        current = self.list_view.currentIndex().row()
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        self.list_view.setCurrentIndex(self.model.index(target))

    def resolve_current(self) -> None:
        row = self.thread.row
        if row is None:
            return
        self.services.inbox.set_status(row.id, ConversationStatus.RESOLVED)
        self._conversation_changed(row.id)
        self.move(1)

    def assign_current(self) -> None:
        if self.thread.row is None:
            return
        if self.operator_id is not None:
            self.services.inbox.assign(self.thread.row.id, self.operator_id)
            self._conversation_changed(self.thread.row.id)
            self.thread._fill_assignees(self.operator_id)
        else:
            self.thread.assign_combo.setFocus()
            self.thread.assign_combo.showPopup()

    def canned_reply(self) -> None:
        if self.thread.row is None:
            return
        editor = self.thread.reply_box.editor
        editor.setFocus()
        editor.insertPlainText("/")

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()
