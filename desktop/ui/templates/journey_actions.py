"""Journey-level actions of the templates tab: the buttons (step order, enable, duplicate,
attaching to groups, verification replies), the attach dialog and the attach itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.welcome import WelcomeService


class AttachDialog(QDialog):
    """Tick the groups this journey welcomes new members of (opened with ``open()``)."""

    def __init__(self, groups: list[tuple[int, str, bool]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach journey to groups"))
        self.list = QListWidget()
        for gid, name, checked in groups:
            item = QListWidgetItem(name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, gid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def checked(self) -> list[int]:
        return [
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def apply_attach(welcome: WelcomeService, journey_id: int, chosen: list[int]) -> None:
    """Make ``chosen`` the groups the journey welcomes (blocking: run it off the UI thread)."""
    before = {gid for gid, _, on in welcome.group_choices(journey_id) if on}
    if removed := sorted(before - set(chosen)):
        welcome.attach(None, removed)
    if added := sorted(set(chosen) - before):
        welcome.attach(journey_id, added)


class JourneyActions(QWidget):
    """Buttons under the step list; the tab connects them to its changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.toggle_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.attach_button = QPushButton()
        self.replies_button = QPushButton()
        self.replies_button.setObjectName("verificationReplies")
        # Two rows keep the middle pane narrow enough for a 1366-pixel laptop screen.
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.up_button, 0, 0)
        grid.addWidget(self.down_button, 0, 1)
        grid.addWidget(self.toggle_button, 0, 2)
        grid.addWidget(self.duplicate_button, 1, 0)
        grid.addWidget(self.attach_button, 1, 1, 1, 2)
        grid.addWidget(self.replies_button, 2, 0, 1, 3)
        self.retranslate()

    def retranslate(self) -> None:
        self.up_button.setText(self.tr("Move up"))
        self.up_button.setToolTip(self.tr("Ctrl+Up; or drag the step"))
        self.down_button.setText(self.tr("Move down"))
        self.down_button.setToolTip(self.tr("Ctrl+Down; or drag the step"))
        self.toggle_button.setText(self.tr("Switch on/off"))
        self.duplicate_button.setText(self.tr("Duplicate"))
        self.attach_button.setText(self.tr("Attach to groups…"))
        self.replies_button.setText(self.tr("Verification replies…"))
        self.replies_button.setToolTip(
            self.tr("The automatic answers to a code: right, wrong, locked, expired")
        )
