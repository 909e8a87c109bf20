"""Add or edit one email account: SMTP settings, the password (to the keyring), a live
"Test connection" that shows the server's exact answer.

The password is never read back: an existing account shows an empty field meaning
"keep the saved one". Saving runs off the UI thread (the keyring can block) and testing on
the app's event loop (the server can be slow); the dialog stays usable and shows a busy bar
meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.mail import (
    AccountError,
    AccountRow,
    AccountService,
    ConnectionCheck,
    EmailConfig,
    ImapConfig,
    SaveResult,
    TlsMode,
)
from desktop.ui.accounts.imap_section import ImapSection
from desktop.ui.accounts.keyring_note import warn_when_typed
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

DEFAULT_PORTS = {TlsMode.STARTTLS: 587, TlsMode.SSL: 465, TlsMode.NONE: 25}


def _save(
    accounts: AccountService,
    name: str,
    config: EmailConfig,
    password: str | None,
    account_id: int | None,
    enabled: bool,
    imap: tuple[bool, ImapConfig | None, str | None] | None,
) -> SaveResult:
    result = accounts.save_email(name, config, password, account_id=account_id, enabled=enabled)
    if imap is not None:
        imap_on, imap_config, imap_password = imap
        accounts.save_imap(result.account_id, imap_config, imap_password, enabled=imap_on)
    return result


class EmailAccountEditor(QDialog):
    saved = Signal(object)  # SaveResult
    tested = Signal(object)  # ConnectionCheck

    def __init__(
        self,
        accounts: AccountService,
        account: AccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EmailAccountEditor")
        self._accounts = accounts
        self._account = account
        self.calls = Background(self)
        self._build()
        self.retranslate()
        if account is not None and account.email is not None:
            self._load(account)
            self._touched: set[str] = set(self.errors)
        self._validate()

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.from_addr = QLineEdit(self)
        self.from_name = QLineEdit(self)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(587)
        self.tls = QComboBox(self)
        for mode in TlsMode:
            self.tls.addItem("", mode)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors = {
            key: InlineMessage(self) for key in ("name", "from_addr", "host", "port", "password")
        }
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("name", self.name),
            ("from_addr", self.from_addr),
            ("from_name", self.from_name),
            ("host", self.host),
            ("port", self.port),
            ("tls", self.tls),
            ("username", self.username),
            ("password", self.password),
        ):
            label = QLabel(self)
            self.labels[key] = label
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(widget)
            if key in self.errors:
                box.addWidget(self.errors[key])
            self.form.addRow(label, box)
        # A blank new form is not shouted at: a field's error shows once it was edited.
        self._touched = set()
        for key, field in (("name", self.name), ("from_addr", self.from_addr), ("host", self.host)):
            field.textEdited.connect(lambda _t, key=key: self._touch(key))
            field.textChanged.connect(self._validate)
        self.port.valueChanged.connect(lambda _v: self._touch("port"))

        self.test_button = QPushButton(self)
        self.test_button.setObjectName("testConnection")
        self.test_button.clicked.connect(self.test_connection)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # indeterminate: we cannot know how long a server takes
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.imap = ImapSection(self)
        self.imap.changed.connect(self._validate)
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(
            self.test_result.textInteractionFlags().TextSelectableByMouse
        )
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.busy)
        test_row.addStretch(1)
        self.keyring_note = InlineMessage(self)
        self.keyring_note.setObjectName("keyringNote")
        warn_when_typed(
            self.keyring_note, self._accounts.secrets, self.password, self.imap.password
        )
        self.save_error = InlineMessage(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addLayout(self.form)
        layout.addWidget(self.imap)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.save_error)
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        editing = self._account is not None
        self.setWindowTitle(
            self.tr("Edit email account") if editing else self.tr("Add email account")
        )
        texts = {
            "name": self.tr("Name:"),
            "from_addr": self.tr("From address:"),
            "from_name": self.tr("From name:"),
            "host": self.tr("SMTP server:"),
            "port": self.tr("Port:"),
            "tls": self.tr("Encryption:"),
            "username": self.tr("User name:"),
            "password": self.tr("Password:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        tls_names = {
            TlsMode.STARTTLS: self.tr("STARTTLS (port 587)"),
            TlsMode.SSL: self.tr("SSL/TLS (port 465)"),
            TlsMode.NONE: self.tr("None (local relay only)"),
        }
        for i in range(self.tls.count()):
            self.tls.setItemText(i, tls_names[self.tls.itemData(i)])
        self.name.setPlaceholderText(self.tr("e.g. Club newsletter"))
        self.from_addr.setPlaceholderText("club@example.org")
        self.host.setPlaceholderText("smtp.example.org")
        self.password.setPlaceholderText(
            self.tr("Leave empty to keep the saved password") if editing else ""
        )
        self.password.setToolTip(self.tr("Stored in the system keyring, never in the database"))
        self.test_button.setText(self.tr("Test connection"))
        self.imap.retranslate()

    def _load(self, account: AccountRow) -> None:
        cfg = account.email
        assert cfg is not None
        self.name.setText(account.name)
        self.from_addr.setText(cfg.from_addr)
        self.from_name.setText(cfg.from_name)
        self.host.setText(cfg.host)
        self.tls.blockSignals(True)
        self.tls.setCurrentIndex(max(self.tls.findData(cfg.tls), 0))
        self.tls.blockSignals(False)
        self.port.setValue(int(cfg.port))
        self.username.setText(cfg.username)
        self.imap.load(account)

    def _tls_changed(self) -> None:
        # Follow the mode's usual port unless the user typed a different one.
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[self.tls.currentData()])

    # -- values -------------------------------------------------------------------------
    def config(self) -> EmailConfig:
        base = self._account.email if self._account and self._account.email else None
        fields = {
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "tls": self.tls.currentData(),
            "username": self.username.text().strip(),
            "from_addr": self.from_addr.text().strip(),
            "from_name": self.from_name.text().strip(),
        }
        if base is None:
            return EmailConfig(**fields)
        # Keep the settings this form does not show (pacing, timeout, unknown keys).
        data = base.to_json() | {**fields, "tls": str(fields["tls"])}
        return EmailConfig.from_json(data)

    def typed_password(self) -> str | None:
        """None keeps the stored password (an empty field on an existing account)."""
        text = self.password.text()
        return text if text else None

    def problems(self) -> list[str]:
        found = self.config().problems()
        if not self.name.text().strip():
            found.insert(0, "name")
        return found

    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _validate(self) -> bool:
        found = set(self.problems())
        imap_problems = self.imap.problems(self.username.text())
        self.imap.show_problems(imap_problems)
        messages = {
            "name": self.tr("Give the account a name."),
            "from_addr": self.tr("Enter the address mail is sent from, like club@example.org."),
            "host": self.tr("Enter the SMTP server's host name."),
            "port": self.tr("The port must be between 1 and 65535."),
        }
        for key, widget in self.errors.items():
            if key in found and key in messages and key in self._touched:
                widget.show_error(messages[key])
            else:
                widget.clear_message()
        ok = not (found & set(messages))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            ok and not imap_problems
        )
        self.test_button.setEnabled(ok and not self.calls.busy)
        return ok  # the SMTP side; save() checks the IMAP side too

    # -- actions ------------------------------------------------------------------------
    def test_connection(self) -> None:
        if not self._validate():
            return
        config, password = self.config(), self.typed_password()
        account_id = self._account.id if self._account else None
        self.test_button.setEnabled(False)
        self.busy.show()
        self.test_result.setStyleSheet("")
        self.test_result.setText(self.tr("Connecting to %1…").replace("%1", config.host))
        self.calls.call(
            lambda: self._accounts.test_email(config, password, account_id=account_id),
            self._test_done,
            lambda exc: self._test_done(ConnectionCheck(False, f"{type(exc).__name__}: {exc}")),
        )

    def _test_done(self, result: ConnectionCheck) -> None:
        self.busy.hide()
        self._validate()
        if result.ok:
            self.test_result.setStyleSheet("QLabel { color: #1b6e20; }")
            text = self.tr("Connection works.")
            if result.message:
                text += " " + result.message
        else:
            self.test_result.setStyleSheet("QLabel { color: #b00020; }")
            text = self.tr("Connection failed: %1").replace("%1", result.message)
        self.test_result.setText(text)
        self.tested.emit(result)

    def save(self) -> None:
        if not self._validate() or self.imap.problems(self.username.text()):
            return
        name, config, password = self.name.text().strip(), self.config(), self.typed_password()
        account_id = self._account.id if self._account else None
        enabled = self._account.enabled if self._account else True
        imap = None
        if self.imap.needs_saving():
            on = self.imap.enabled.isChecked()
            imap_config = self.imap.config(self.username.text()) if on else None
            if not on and self.imap.host.text().strip():
                imap_config = self.imap.config(self.username.text())
            imap = (on, imap_config, self.imap.typed_password())
        self.buttons.setEnabled(False)
        self.save_error.clear_message()
        self.calls.submit(
            lambda: _save(self._accounts, name, config, password, account_id, enabled, imap),
            self._saved,
            self._save_failed,
        )

    def _saved(self, result: SaveResult) -> None:
        self.buttons.setEnabled(True)
        self.password.clear()
        self.imap.password.clear()
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, AccountError):
            self._validate()
            self.save_error.show_error(
                self.tr("Please fix: %1").replace("%1", ", ".join(exc.fields))
            )
        else:
            # SecretError and friends: their text never holds the secret.
            self.save_error.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))
