"""Add or edit a Matrix account: homeserver, user ID, and a password *or* an access token.

The password is sent once to sign in and never stored; the access token the server returns
goes to the keyring, the device ID into the account's settings (so the next sign-in is the
same device). Signing in runs on the app's event loop — the homeserver may be slow — while
the dialog shows a busy bar; refused credentials show the server's words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matrix import (
    MatrixAccountError,
    MatrixAccountRow,
    MatrixAccounts,
    MatrixConfig,
    MatrixSaveResult,
    config_problems,
)
from desktop.ui.accounts.keyring_note import warn_when_typed
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class MatrixAccountEditor(QDialog):
    saved = Signal(object)  # MatrixSaveResult

    def __init__(
        self,
        accounts: MatrixAccounts,
        account: MatrixAccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MatrixAccountEditor")
        self.setMinimumWidth(520)
        self._accounts = accounts
        self._account = account
        self.calls = Background(self)
        self._build()
        self.retranslate()
        if account is not None:
            self.name.setText(account.name)
            self.homeserver.setText(account.config.homeserver)
            self.user_id.setText(account.config.user_id)
        self._validate()

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.homeserver = QLineEdit(self)
        self.homeserver.setPlaceholderText("https://matrix.example.org")
        self.user_id = QLineEdit(self)
        self.user_id.setPlaceholderText("@ops:example.org")
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.labels = {key: QLabel(self) for key in ("name", "homeserver", "user_id", "pw", "tok")}
        form = QFormLayout()
        form.addRow(self.labels["name"], self.name)
        form.addRow(self.labels["homeserver"], self.homeserver)
        form.addRow(self.labels["user_id"], self.user_id)
        form.addRow(self.labels["pw"], self.password)
        form.addRow(self.labels["tok"], self.token)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.error = InlineMessage(self)
        self.error.setObjectName("matrixAccountError")
        self.keyring_note = InlineMessage(self)
        self.keyring_note.setObjectName("keyringNote")
        warn_when_typed(self.keyring_note, self._accounts.secrets, self.token)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        for field in (self.name, self.homeserver, self.user_id, self.password, self.token):
            field.textChanged.connect(self._validate)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Matrix account"))
        self.labels["name"].setText(self.tr("Name"))
        self.labels["homeserver"].setText(self.tr("Homeserver URL"))
        self.labels["user_id"].setText(self.tr("User ID"))
        self.labels["pw"].setText(self.tr("Password"))
        self.labels["tok"].setText(self.tr("or access token"))
        self.hint.setText(
            self.tr(
                "The password is used once to sign in and is not kept; the access token "
                "goes to the system keyring. Leave both empty to keep the current sign-in."
            )
        )

    def config(self) -> MatrixConfig:
        base = self._account.config if self._account else MatrixConfig(homeserver="", user_id="")
        return MatrixConfig.from_json(
            {
                **base.to_json(),
                "homeserver": self.homeserver.text().strip().rstrip("/"),
                "user_id": self.user_id.text().strip(),
            }
        )

    def problems(self) -> list[str]:
        out = config_problems(self.config())
        if not self.name.text().strip():
            out.insert(0, "name")
        new = self._account is None or self._account.config.user_id != self.user_id.text().strip()
        if new and not (self.password.text() or self.token.text().strip()):
            out.append("password")
        return out

    def _validate(self) -> bool:
        problems = self.problems()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not problems and not self.busy.isVisible())
        return not problems

    def save(self) -> None:
        if not self._validate():
            return
        name, config = self.name.text().strip(), self.config()
        password, token = self.password.text() or None, self.token.text().strip() or None
        account_id = self._account.id if self._account else None
        self.busy.show()
        self._validate()
        self.error.show_info(self.tr("Signing in to %1…").replace("%1", config.homeserver))
        self.calls.call(
            lambda: self._accounts.save(
                name, config, password=password, access_token=token, account_id=account_id
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, result: MatrixSaveResult) -> None:
        self.busy.hide()
        self.password.clear()
        self.token.clear()
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self._validate()
        if isinstance(exc, MatrixAccountError):
            self.error.show_error(self.tr("Sign-in failed: %1").replace("%1", str(exc)))
        else:
            self.error.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))
