"""Searching every message of the inbox (Ctrl+F): the line to type in and the hits under it.

The tab lays the two widgets out (the line shares a row with its buttons) and opens the
conversation a hit names. The query runs through the tab's ``Background``; a hit list
that arrives after a newer query was started is dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from desktop.services.inbox import SearchHit, SearchService
from desktop.ui.common.background import Background
from desktop.ui.common.times import clock_text


class InboxSearch(QObject):
    opened = Signal(int)  # the conversation of the hit chosen
    failed = Signal(object)  # the exception

    def __init__(self, search: SearchService, calls: Background, parent: QObject) -> None:
        super().__init__(parent)
        self._search = search
        self._calls = calls
        self._generation = 0
        self.tz: str | None = None  # the workspace zone (the tab sets it)
        self.edit = QLineEdit()
        self.edit.setObjectName("inboxSearch")
        self.edit.setClearButtonEnabled(True)
        self.edit.returnPressed.connect(self.run)
        self.results = QListWidget()
        self.results.setObjectName("searchResults")
        self.results.hide()
        self.edit.textChanged.connect(lambda t: self.results.setVisible(bool(t)))
        self.results.itemActivated.connect(self.open_hit)
        self.results.itemClicked.connect(self.open_hit)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Search all messages (Ctrl+F)"))

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()

    def run(self) -> None:
        self._generation += 1
        generation, query, search = self._generation, self.edit.text(), self._search
        if not query.strip():
            self.results.clear()
            self.results.setVisible(False)
            return
        self._calls.read(
            lambda: search.search(query),
            lambda hits: self._show_hits(generation, hits),
            self.failed.emit,
        )

    def _show_hits(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a newer search is on its way
        self.results.clear()
        for h in hits:
            when = clock_text(h.sent_at, self.tz, "%Y-%m-%d")
            item = QListWidgetItem(f"{h.member_name} · {when} — {h.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, h.conversation_id)
            self.results.addItem(item)
        if not hits:
            self.results.addItem(
                QListWidgetItem(
                    self.tr(
                        "No messages found. Search looks through every message's text and "
                        "the members' names; try fewer or other words."
                    )
                )
            )
        self.results.setVisible(True)

    def open_hit(self, item: QListWidgetItem) -> None:
        conv_id = item.data(Qt.ItemDataRole.UserRole)
        if conv_id is not None:
            self.opened.emit(conv_id)
