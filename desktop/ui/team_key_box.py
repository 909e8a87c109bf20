"""The team key in File → Team database…: create it (the first admin), generate a one-time
invite code for a teammate, or join with a code. Shown only while a team workspace is open.
Every action runs off the UI thread; a refusal is shown with its reason.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.team import Invite, TeamKeys, TeamKeyStatus
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class TeamKeyBox(QGroupBox):
    def __init__(self, keys: TeamKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamKeyBox")
        self.keys = keys
        self.calls = Background(self)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.create_button = QPushButton()
        self.invite_button = QPushButton()
        self.invite_code = QLineEdit()
        self.invite_code.setReadOnly(True)
        self.invite_code.hide()
        self.join_code = QLineEdit()
        self.join_button = QPushButton()
        self.message = InlineMessage()
        self.message.setObjectName("teamKeyMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.invite_button)
        buttons.addStretch(1)
        join = QHBoxLayout()
        join.addWidget(self.join_code, 1)
        join.addWidget(self.join_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.invite_code)
        layout.addLayout(join)
        layout.addWidget(self.message)
        self.create_button.clicked.connect(self.create_key)
        self.invite_button.clicked.connect(self.generate_invite)
        self.join_button.clicked.connect(self.join)
        self.join_code.textChanged.connect(lambda _t: self._enable())
        self._status: TeamKeyStatus | None = None
        self.retranslate()
        self._enable()
        self.refresh()

    @property
    def status(self) -> TeamKeyStatus | None:
        """The last status read (None until the first read is back)."""
        return self._status

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Team key (shared account passwords)"))
        self.create_button.setText(self.tr("Create team key"))
        self.invite_button.setText(self.tr("Generate invite code"))
        self.join_code.setPlaceholderText(self.tr("Invite code from an admin"))
        self.join_button.setText(self.tr("Join with code"))
        self._show_status()

    def refresh(self) -> None:
        self.calls.read(self.keys.status, self._got_status, self._failed)

    def _got_status(self, status: TeamKeyStatus) -> None:
        self._status = status
        self._show_status()
        self._enable()

    def _show_status(self) -> None:
        status = self._status
        if status is None:
            self.status_label.setText(self.tr("Reading the team key…"))
        elif not status.team_has_key:
            self.status_label.setText(
                self.tr(
                    "This team keeps account passwords on each computer. Create a team key "
                    "to store them in the team database, encrypted, for every teammate and "
                    "the server's worker."
                )
            )
        elif status.problem:
            self.status_label.setText(
                self.tr("This computer cannot read the team's passwords: %1").replace(
                    "%1", status.problem
                )
            )
        else:
            self.status_label.setText(
                self.tr("This computer holds the team key (%1).").replace(
                    "%1", status.local_fingerprint or ""
                )
            )

    def _enable(self) -> None:
        status = self._status
        idle = not self.calls.busy
        has_key = status is not None and status.team_has_key
        usable = has_key and status is not None and not status.problem
        self.create_button.setEnabled(idle and status is not None and not has_key)
        self.invite_button.setEnabled(idle and usable)
        self.join_button.setEnabled(idle and has_key and bool(self.join_code.text().strip()))

    def create_key(self) -> None:
        self.message.show_info(self.tr("Creating the team key…"))
        self.calls.change(self.keys.init, self._created, self._failed)
        self._enable()

    def _created(self, moved: int) -> None:
        self.message.show_info(
            self.tr("Team key created; %1 password(s) from this computer moved in.").replace(
                "%1", str(moved)
            )
        )
        self.refresh()

    def generate_invite(self) -> None:
        self.calls.change(self.keys.invite, self._invited, self._failed)
        self._enable()

    def _invited(self, invite: Invite) -> None:
        self.invite_code.setText(invite.code)
        self.invite_code.show()
        self.invite_code.selectAll()
        self.message.show_info(
            self.tr("Send this code to one teammate; it works once, until %1 UTC.").replace(
                "%1", f"{invite.expires_at:%Y-%m-%d %H:%M}"
            )
        )
        self._enable()

    def join(self) -> None:
        code = self.join_code.text().strip()
        if not code:
            return
        who = getpass.getuser()
        self.calls.change(lambda: self.keys.join(code, who), self._joined, self._failed)
        self._enable()

    def _joined(self, fingerprint: str) -> None:
        self.join_code.clear()
        self.message.show_info(
            self.tr("Joined: this computer now holds the team key (%1).").replace("%1", fingerprint)
        )
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        # The services' messages say what is missing or refused (never a secret).
        self.message.show_error(self.tr("Not done: %1").replace("%1", str(exc)))
        self._enable()


__all__ = ["TeamKeyBox"]
