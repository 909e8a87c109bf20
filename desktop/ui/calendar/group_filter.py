"""The calendar's group filter: all groups, a saved group set, or one group.

Each item's data says which: ``ALL_GROUPS``, ``"set:<id>"`` for a set, or a group id.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop.services.container import Services

ALL_GROUPS = -1
SET_PREFIX = "set:"


class GroupFilter(QComboBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setObjectName("groupFilter")
        self.setMinimumContentsLength(12)

    def retranslate(self) -> None:
        if self.count():
            self.setItemText(0, self.tr("All groups"))

    def reload(self) -> None:
        """Re-read groups and sets, keeping the current choice if it still exists."""
        chosen = self.currentData()
        # Refilling must not look like a new choice to whoever listens for one.
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All groups"), ALL_GROUPS)
        for info in self.services.group_sets.all():
            self.addItem(f"▣ {info.name}", f"{SET_PREFIX}{info.id}")
        for group_id, name in self.services.calendar.group_choices():
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
            info = self.services.group_sets.get(int(data[len(SET_PREFIX) :]))
            return list(info.group_ids) if info else []
        single = self.group_id()
        return None if single is None else [single]
