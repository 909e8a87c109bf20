"""The groups list's share of the live feed: groups teammates changed, in place.

A change to ``groups`` names the rows; one to ``memberships`` names memberships, whose
groups' member counts moved. Those groups are re-read by id (``GroupService.rows_by_ids``)
off the UI thread and patched into the model (no reset: the selection and scroll stay).
A change naming no rows or many (``live_ids.MANY``), or deleting memberships (whose
groups cannot be looked up any more), re-reads the whole list and patches it the same way.
The form follows the group it shows only while it holds no unsaved edits; with edits, a
save meets the newer version and the compare dialog (see ``GroupsTab.save``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.services.groups import GroupRow
from desktop.services.live import Change
from desktop.ui.common.background import Background
from desktop.ui.live_ids import ids_in

if TYPE_CHECKING:
    from desktop.ui.groups.tab import GroupsTab


class GroupsLive:
    def __init__(self, tab: GroupsTab) -> None:
        self.tab = tab
        self.calls = Background(tab)

    def apply(self, changes: list[Change]) -> None:
        groups = ids_in(changes, "groups")
        memberships = ids_in(changes, "memberships")
        removed = any(c.table == "memberships" and c.kind != "update" for c in changes)
        service = self.tab.services.groups
        archived = self.tab.show_archived.isChecked()
        generation = self.tab.model.generation
        if groups is None or memberships is None or (memberships and removed):
            self.calls.read(
                lambda: service.list(include_archived=archived),
                lambda rows: self._patch(generation, None, rows),
                self._failed,
            )
            return

        def read() -> tuple[frozenset[int], list[GroupRow]]:
            wanted = groups | (service.groups_of_memberships(memberships) if memberships else set())
            return frozenset(wanted), service.rows_by_ids(wanted, include_archived=archived)

        if groups or memberships:
            self.calls.read(read, lambda got: self._patch(generation, *got), self._failed)

    def _patch(self, generation: int, asked: frozenset[int] | None, rows: list[GroupRow]) -> None:
        tab = self.tab
        if generation != tab.model.generation:
            return  # the list was read again since: it is newer than these rows
        if asked is None:  # everything was read: whatever is shown and not read is gone
            asked = frozenset(g.id for g in tab.model.rows()) | {g.id for g in rows}
        current = tab.current_group_id()
        tab._syncing = True
        try:
            tab.model.apply_rows(generation, asked, rows)
        finally:
            tab._syncing = False
        tab._update_count()
        if current is None or current not in asked:
            return
        fresh = next((g for g in rows if g.id == current), None)
        dirty = tab._is_dirty()
        if fresh is None:  # gone from the list (archived, deleted)
            if not dirty:
                tab._select_first_or_new()
        elif dirty:
            tab._current = fresh  # the member count; the typed edits stay in the form
            tab.form.show_capacity(tab._capacity())
        else:
            tab._load(fresh)

    def _failed(self, exc: BaseException) -> None:
        text = QCoreApplication.translate("GroupsLive", "Could not read the groups: %1")
        self.tab.form.form_message.show_error(text.replace("%1", str(exc)))
