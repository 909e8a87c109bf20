"""The inbox tab's share of the live feed: what teammates and the worker changed, in place.

Changed conversations are re-read by id with the filter shown and patched into the list
(``ConversationListModel.apply_rows``: no reset, the selection and scroll stay); the open
thread gets its new messages appended (``ThreadView.show_changed_messages``) and its header
follows a changed status or assignee; its replies show their delivery's new state (queued,
sent, failed) when the worker or a teammate changed it. Only a change that names no rows,
or too many, reads the list again from its first page, keeping the selected conversation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.services.inbox import ConversationRow
from desktop.services.live import Change
from desktop.ui.live_ids import ids_in

if TYPE_CHECKING:
    from desktop.ui.inbox.tab import InboxTab

_Read = tuple[list[ConversationRow], ConversationRow | None]


class InboxLive:
    def __init__(self, tab: InboxTab) -> None:
        self.tab = tab

    def apply(self, changes: list[Change]) -> None:
        tab = self.tab
        conversations = ids_in(changes, "conversations")
        if conversations is None:
            tab.refresh()  # reselects the open conversation, which reads its thread again
            return
        if conversations:
            self._reread(conversations)
        messages = ids_in(changes, "messages")
        if messages is None or messages:
            tab.thread_view.show_changed_messages(messages)
        deliveries = ids_in(changes, "deliveries")
        if deliveries:  # a sending burst too large to name is left to the next read
            tab.thread_view.show_changed_deliveries(deliveries)

    def _reread(self, ids: frozenset[int]) -> None:
        tab, model = self.tab, self.tab.model
        queue, generation, flt = tab.inbox.queue, model.generation, model.filter
        shown = tab.thread_view.row
        open_id = shown.id if shown is not None and shown.id in ids else None

        def read() -> _Read:
            rows = queue.rows_by_ids(ids, flt)
            # The open thread may have left the filter; its header still follows it.
            opened = next((r for r in rows if r.id == open_id), None)
            if open_id is not None and opened is None:
                opened = queue.row(open_id)
            return rows, opened

        tab.calls.read(read, lambda got: self._read(generation, ids, got), tab._read_failed)

    def _read(self, generation: int, ids: frozenset[int], got: _Read) -> None:
        rows, opened = got
        tab = self.tab
        tab.model.apply_rows(generation, ids, rows)
        if opened is not None:
            tab.thread_view.update_row(opened)
        tab.queue_empty.show_for(tab.model.rowCount(), tab.current_filter())
