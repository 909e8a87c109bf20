"""The members list's share of the live feed: members teammates changed, in place.

A change to ``members`` names them; one to ``member_contacts`` names contact rows, whose
members are looked up. Those members are re-read by id with the search and segment shown
(``MemberService.rows_by_ids``) off the UI thread and patched into the model: no reset, so
the selection and the scroll position stay; one that no longer matches leaves, a new one
comes in where the order puts it within the pages loaded. A change naming no rows or many
(``live_ids.MANY``, e.g. an import) reloads the list, keeping the selected member. The
profile follows the member it shows only while it holds no unsaved edits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.live import Change
from desktop.services.members import MemberRow
from desktop.ui.common.background import Background
from desktop.ui.live_ids import ids_in

if TYPE_CHECKING:
    from desktop.ui.members.tab import MembersTab

# (members asked for, their rows as the list shows them, whether the member the profile
# shows still exists — read with the rows so the UI thread never asks the database)
_Read = tuple[frozenset[int], list[MemberRow], bool]


class MembersLive:
    def __init__(self, tab: MembersTab) -> None:
        self.tab = tab
        self.calls = Background(tab)

    def apply(self, changes: list[Change]) -> None:
        members = ids_in(changes, "members")
        contacts = ids_in(changes, "member_contacts")
        if members is None or contacts is None:
            self.tab.refresh()
            return
        if not members and not contacts:
            return
        model, service = self.tab.model, self.tab.services.members
        generation, query, flt = model.generation, model.query, model.segment_filter
        shown = self.tab._member_id

        def read() -> _Read:
            wanted = members | (service.members_of_contacts(contacts) if contacts else set())
            rows = service.rows_by_ids(wanted, query, flt=flt)
            # The profile's member may have left the list's filter yet still exist.
            exists = shown is not None and (
                any(m.id == shown for m in rows) or service.row(shown) is not None
            )
            return frozenset(wanted), rows, exists

        self.calls.read(read, lambda got: self._patch(generation, shown, *got), self._failed)

    def _patch(
        self,
        generation: int,
        shown: int | None,
        asked: frozenset[int],
        rows: list[MemberRow],
        exists: bool,
    ) -> None:
        tab = self.tab
        tab._syncing = True
        try:
            tab.model.apply_rows(generation, asked, rows)
        finally:
            tab._syncing = False
        tab._update_status()
        if shown is None or shown not in asked or tab._is_dirty():
            return  # unsaved edits stay; saving meets the newer version (compare dialog)
        if tab._member_id != shown:
            return  # another member was opened meanwhile, read fresh when it was
        if exists:
            tab._load(shown)
        else:  # erased meanwhile
            tab._select_first_or_new()

    def _failed(self, exc: BaseException) -> None:
        text = QCoreApplication.translate("MembersLive", "Could not read the members: %1")
        self.tab.status_label.setText(text.replace("%1", str(exc)))
