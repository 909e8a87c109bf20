"""Journey-level actions of the templates tab: the buttons under the step list and what
they do (step order, switch on/off, duplicate, attaching to groups, verification replies).

The tab tells them which journey and step are shown; they write through the tab's
``Background`` (so a change and the tab's next read keep their order) and report back
which journey and step the tab should read again and select, or what failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
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

from desktop.services.welcome import JourneyEditor, StepDraft, WelcomeService
from desktop.ui.common.background import Background
from desktop.ui.templates.reply_texts_dialog import ReplyTextsDialog


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
    done = Signal(object, object)  # the journey to read again, the step to select (or None)
    failed = Signal(str)  # what went wrong, for the operator

    def __init__(
        self,
        journeys: JourneyEditor,
        welcome: WelcomeService,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.journeys = journeys
        self.welcome = welcome
        self._background = background
        self.journey_id: int | None = None
        self.step: StepDraft | None = None  # the current step as stored
        self.attach_dialog: AttachDialog | None = None
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
        self.toggle_button.clicked.connect(self.toggle)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.attach_button.clicked.connect(self.open_attach)
        self.replies_button.clicked.connect(self.open_replies)
        self.retranslate()

    def show_target(self, journey_id: int | None, step: StepDraft | None) -> None:
        """The journey and step shown in the tab: what the buttons act on."""
        self.journey_id = journey_id
        self.step = step
        self.setEnabled(journey_id is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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

    # -- actions ---------------------------------------------------------------------------
    def move_step(self, step_id: int, row: int) -> None:
        journey_id = self.journey_id
        if journey_id is None:
            return
        journeys = self.journeys
        self._change(lambda: journeys.move(journey_id, step_id, row), lambda _r: step_id)

    def toggle(self) -> None:
        if self.step is None or self.step.id is None:
            return
        journeys, step_id, enabled = self.journeys, self.step.id, not self.step.enabled
        self._change(lambda: journeys.set_enabled(step_id, enabled), lambda _r: step_id)

    def duplicate(self) -> None:
        if self.step is None or self.step.id is None:
            return
        journeys, step_id = self.journeys, self.step.id
        self._change(lambda: journeys.duplicate(step_id), lambda copy: copy)

    def open_attach(self) -> None:
        """Read which groups the journey welcomes, then let the operator tick them."""
        journey_id = self.journey_id
        if journey_id is None:
            return
        welcome = self.welcome
        self._background.read(
            lambda: welcome.group_choices(journey_id),
            lambda groups: self._show_attach(journey_id, groups),
            self._failed,
        )

    def _show_attach(self, journey_id: int, groups: list[tuple[int, str, bool]]) -> None:
        dialog = AttachDialog(groups, self.window())
        dialog.accepted.connect(lambda: self._attach(journey_id, dialog.checked()))
        self.attach_dialog = dialog
        dialog.open()

    def _attach(self, journey_id: int, chosen: list[int]) -> None:
        welcome = self.welcome
        self._background.change(
            lambda: apply_attach(welcome, journey_id, chosen),
            lambda _r: self.done.emit(journey_id, None),
            self._failed,
        )

    def open_replies(self) -> ReplyTextsDialog:
        dialog = ReplyTextsDialog(self.welcome.replies, self.window())
        dialog.open()
        return dialog

    def _change(self, fn: Callable[[], Any], select: Callable[[Any], int | None]) -> None:
        """Write off the UI thread; then the tab reads the journey again and selects the
        step ``select`` names from the result."""
        journey_id = self.journey_id
        self._background.change(
            fn, lambda result: self.done.emit(journey_id, select(result)), self._failed
        )

    def _failed(self, exc: BaseException) -> None:
        self.failed.emit(self.tr("Not saved: %1").replace("%1", str(exc)))
