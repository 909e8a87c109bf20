"""Erasing a member (M5) asks for the member's name typed in full: a mistaken click must
not remove someone's data. The erase (with its file clean-up) runs off the UI thread."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.members import PrivacyService
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class EraseDialog(QDialog):
    erased = Signal(int)

    def __init__(
        self, privacy: PrivacyService, member_id: int, name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.privacy = privacy
        self.member_id = member_id
        self.name = name
        self._background = Background(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("eraseName")
        self.message = InlineMessage()
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("eraseConfirm")
        self.erase_button.setStyleSheet("QPushButton:enabled { color: #b00020; }")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.erase_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.name_edit.textChanged.connect(self._sync)
        self.erase_button.clicked.connect(self.erase)
        self.cancel_button.clicked.connect(self.reject)
        self.setWindowTitle(self.tr("Erase member"))
        self.text.setText(
            self.tr(
                "This removes %1's name, contacts, birthday, notes, tags, consent and the "
                "texts of their messages for good. Group and campaign counts keep them as an "
                "anonymous member. Type the member's name to confirm."
            ).replace("%1", name)
        )
        self.name_edit.setPlaceholderText(name)
        self.erase_button.setText(self.tr("Erase for good"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._sync()

    def _sync(self) -> None:
        matches = self.name_edit.text().strip() == self.name.strip()
        self.erase_button.setEnabled(matches and not self._background.busy)

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        typed, privacy, member_id = self.name_edit.text(), self.privacy, self.member_id
        self._background.change(lambda: privacy.erase(member_id, typed), self._done, self._failed)
        self._sync()
        self.cancel_button.setEnabled(False)

    def _done(self, _value: object) -> None:
        self.erased.emit(self.member_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.cancel_button.setEnabled(True)
        self._sync()
        self.message.show_error(self.tr("The member was not erased: %1").replace("%1", str(exc)))
