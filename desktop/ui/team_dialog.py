"""File → Team database…: share one PostgreSQL workspace with teammates, or go back to this
computer's own. The choice takes effect at the next start; "Test" answers first whether
the server can be reached and what it holds, off the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.secrets import SecretStore
from desktop.services.team import (
    SECRET_REF,
    SETTING_KEY,
    ConnectionCheck,
    TeamDatabase,
    check_team_database,
)
from desktop.ui.common.background import Background

if TYPE_CHECKING:
    from desktop.services.team import TeamKeys
    from desktop.ui.team_key_box import TeamKeyBox
from desktop.ui.common.forms import InlineMessage
from desktop.ui.outbox.labels import keyring_unavailable_text
from desktop.ui.ui_settings import UiSettings


class TeamDatabaseDialog(QDialog):
    changed = Signal()  # the choice was saved: it applies at the next start

    def __init__(
        self,
        ui_settings: UiSettings,
        secrets: SecretStore,
        parent: QWidget | None = None,
        *,
        keys: TeamKeys | None = None,  # the open team workspace's key, when there is one
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDatabaseDialog")
        self.setMinimumWidth(520)
        self.ui_settings = ui_settings
        self.secrets = secrets
        self.calls = Background(self)
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, field in zip(
            self.labels,
            (self.host, self.port, self.database, self.user, self.password),
            strict=True,
        ):
            form.addRow(label, field)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.result_message = InlineMessage()
        self.result_message.setObjectName("teamResult")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.test_button = QPushButton()
        self.use_button = QPushButton()
        self.use_button.setObjectName("useTeamDatabase")
        self.local_button = QPushButton()
        self.local_button.setObjectName("useLocalWorkspace")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.use_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        layout.addWidget(self.result_message)
        self.key_box: TeamKeyBox | None = None
        if keys is not None:
            from desktop.ui.team_key_box import TeamKeyBox

            self.key_box = TeamKeyBox(keys, self)
            layout.addWidget(self.key_box)
        layout.addWidget(self.buttons)
        self.test_button.clicked.connect(self.test)
        self.use_button.clicked.connect(self.use)
        self.local_button.clicked.connect(self.use_local)
        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._validate)
        current = TeamDatabase.from_setting(ui_settings.value(SETTING_KEY))
        if current is not None:
            self.host.setText(current.host)
            self.port.setValue(current.port)
            self.database.setText(current.database)
            self.user.setText(current.user)
        self.retranslate()
        self._validate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team database"))
        for label, text in zip(
            self.labels,
            (
                self.tr("Server"),
                self.tr("Port"),
                self.tr("Database"),
                self.tr("User"),
                self.tr("Password"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.intro.setText(
            self.tr(
                "Teammates who use the same PostgreSQL database share groups, members, the "
                "calendar and the inbox. The choice applies the next time Shequn Desk starts; "
                "the password is kept in the system keyring."
            )
        )
        self.test_button.setText(self.tr("Test"))
        self.use_button.setText(self.tr("Use this team database"))
        self.local_button.setText(self.tr("Use this computer's workspace"))
        self.local_button.setEnabled(self.ui_settings.value(SETTING_KEY) is not None)

    def team(self) -> TeamDatabase:
        return TeamDatabase(
            self.host.text().strip(),
            self.database.text().strip(),
            self.user.text().strip(),
            self.port.value(),
        )

    def _validate(self) -> bool:
        ok = not self.team().problems() and not self.busy.isVisible()
        self.test_button.setEnabled(ok)
        self.use_button.setEnabled(ok)
        return ok

    def _password(self) -> str | None:
        return self.password.text() or self.secrets.get(SECRET_REF)

    def test(self) -> None:
        if not self._validate():
            return
        team, password = self.team(), self._password()
        self.busy.show()
        self._validate()
        self.result_message.show_info(self.tr("Connecting to %1…").replace("%1", team.host))
        self.calls.submit(lambda: check_team_database(team, password), self._tested)

    def _tested(self, check: ConnectionCheck) -> None:
        self.busy.hide()
        self._validate()
        if check.ok:
            self.result_message.show_info(self.tr("Works: %1").replace("%1", check.message))
        else:
            self.result_message.show_error(
                self.tr("Cannot use it: %1").replace("%1", check.message)
            )

    def use(self) -> None:
        if not self._validate():
            return
        team = self.team()
        if self.password.text():
            self.secrets.set(SECRET_REF, self.password.text())
        self.ui_settings.set_value(SETTING_KEY, team.to_setting())
        text = self.tr("Saved. Restart Shequn Desk to open the team workspace.")
        if not self.secrets.available:
            text += " " + keyring_unavailable_text()
        self.result_message.show_info(text)
        self.local_button.setEnabled(True)
        self.changed.emit()

    def use_local(self) -> None:
        self.ui_settings.remove(SETTING_KEY)
        self.secrets.delete(SECRET_REF)
        self.result_message.show_info(
            self.tr("Saved. Restart Shequn Desk to open this computer's workspace.")
        )
        self.local_button.setEnabled(False)
        self.changed.emit()
