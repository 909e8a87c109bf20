"""Which groups a draft goes to, asked when it is planned from the backlog.

A post planned with no group is sent nowhere; the post editor warns about that, and so
does this dialog, whose OK stays off until a group is checked. Opened with ``open()``.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.forms import InlineMessage


class GroupPickDialog(QDialog):
    def __init__(
        self, groups: Sequence[tuple[int, str]], count: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupPickDialog")
        self.setWindowTitle(self.tr("Send to which groups?"))
        self.setMinimumWidth(360)
        question = QLabel(self.tr("Plan %n post(s) for these groups:", None, count))
        question.setWordWrap(True)
        self.groups = QListWidget()
        self.groups.setObjectName("pickGroups")
        for group_id, name in groups:
            item = QListWidgetItem(name, self.groups)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.note = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.groups, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.groups.itemChanged.connect(self._check)
        self._check()

    def checked_group_ids(self) -> list[int]:
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for row in range(self.groups.count())
            if (item := self.groups.item(row)).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, group_id: int, checked: bool = True) -> None:
        for row in range(self.groups.count()):
            item = self.groups.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _check(self) -> None:
        chosen = bool(self.checked_group_ids())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(chosen)
        if chosen:
            self.note.clear_message()
        else:
            self.note.show_warning(
                self.tr("No target group is checked: the post will not be sent anywhere.")
            )
