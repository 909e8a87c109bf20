"""The calendar's group filter: all groups, a saved group set, or one group.

Each item's data says which: ``ALL_GROUPS``, ``"set:<id>"`` for a set, or a group id. A
set's groups ride along on its item, so choosing it needs no database read; the tab
reads the sets and groups off the UI thread and hands them in.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.calendar import GroupSetInfo

ALL_GROUPS = -1
SET_PREFIX = "set:"
SET_GROUPS_ROLE = Qt.ItemDataRole.UserRole + 1


class GroupFilter(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupFilter")
        self.setMinimumContentsLength(12)
        self.set_choices([], [])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.count():
            self.setItemText(0, self.tr("All groups"))

    def set_choices(self, sets: Sequence[GroupSetInfo], groups: Sequence[tuple[int, str]]) -> None:
        """Refill with these sets and groups, keeping the current choice if it still exists."""
        chosen = self.currentData()
        # Refilling must not look like a new choice to whoever listens for one.
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All groups"), ALL_GROUPS)
        for info in sets:
            self.addItem(f"▣ {info.name}", f"{SET_PREFIX}{info.id}")
            self.setItemData(self.count() - 1, list(info.group_ids), SET_GROUPS_ROLE)
        for group_id, name in groups:
            self.addItem(name, group_id)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)

    def group_id(self) -> int | None:
        """The one group shown, or None for all groups or a set."""
        data = self.currentData()
        return int(data) if isinstance(data, int) and data != ALL_GROUPS else None

    def group_ids(self) -> list[int] | None:
        """The groups shown: None for all, a set's groups, or the one group."""
        data = self.currentData()
        if isinstance(data, str) and data.startswith(SET_PREFIX):
            return list(self.currentData(SET_GROUPS_ROLE) or [])
        single = self.group_id()
        return None if single is None else [single]
