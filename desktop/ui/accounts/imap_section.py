"""The "Receive mail (IMAP)" part of the email account editor.

Switched on, the inbox reads this mailbox (InboxIngest); the password is optional — empty
means the SMTP password is used — and, like the SMTP one, goes to the keyring only and is
never shown again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.mail import AccountRow, ImapConfig, TlsMode
from desktop.ui.common.forms import InlineMessage

IMAP_PORTS = {TlsMode.SSL: 993, TlsMode.STARTTLS: 143, TlsMode.NONE: 143}


class ImapSection(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("imapSection")
        self._base: ImapConfig | None = None
        self._had_imap = False
        self._editing = False
        self._touched = False
        self.enabled = QCheckBox(self)
        self.enabled.setObjectName("imapEnabled")
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setValue(IMAP_PORTS[TlsMode.SSL])
        self.tls = QComboBox(self)
        for mode in IMAP_PORTS:
            self.tls.addItem("", mode)
        self.tls.currentIndexChanged.connect(self._tls_changed)
        self.username = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = InlineMessage(self)
        self.error.setObjectName("imapError")
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, widget in (
            ("host", self.host),
            ("port", self.port),
            ("tls", self.tls),
            ("username", self.username),
            ("password", self.password),
        ):
            label = QLabel(self)
            self.labels[key] = label
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        self.enabled.toggled.connect(self._enabled_changed)
        for field in (self.host, self.username):
            field.textEdited.connect(self._touch)
            field.textChanged.connect(lambda _t: self.changed.emit())
        self.port.valueChanged.connect(lambda _v: self.changed.emit())
        self._enabled_changed(False)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Receive mail (IMAP)"))
        self.enabled.setText(self.tr("Read this mailbox into the inbox"))
        texts = {
            "host": self.tr("IMAP server:"),
            "port": self.tr("Port:"),
            "tls": self.tr("Encryption:"),
            "username": self.tr("User name:"),
            "password": self.tr("Password:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        names = {
            TlsMode.SSL: self.tr("SSL/TLS (port 993)"),
            TlsMode.STARTTLS: self.tr("STARTTLS (port 143)"),
            TlsMode.NONE: self.tr("None (trusted network only, port 143)"),
        }
        for i in range(self.tls.count()):
            self.tls.setItemText(i, names[self.tls.itemData(i)])
        self.host.setPlaceholderText("imap.example.org")
        self.username.setPlaceholderText(self.tr("Same as the SMTP user name"))
        self.password.setPlaceholderText(
            self.tr("Leave empty to keep the saved one (or use the SMTP password)")
            if self._editing
            else self.tr("Leave empty to use the SMTP password")
        )
        self.password.setToolTip(self.tr("Stored in the system keyring, never in the database"))

    def load(self, account: AccountRow) -> None:
        self._editing = True
        self._base = account.imap
        self._had_imap = account.imap is not None
        cfg = account.imap
        if cfg is not None:
            self.host.setText(cfg.host)
            self.tls.blockSignals(True)
            self.tls.setCurrentIndex(max(self.tls.findData(cfg.tls), 0))
            self.tls.blockSignals(False)
            self.port.setValue(int(cfg.port))
            self.username.setText(cfg.username)
        self.enabled.setChecked(account.imap_enabled)
        self._touched = account.imap_enabled
        self.retranslate()

    def _enabled_changed(self, on: bool) -> None:
        for widget in (self.host, self.port, self.tls, self.username, self.password):
            widget.setEnabled(on)
        self.changed.emit()

    def _touch(self) -> None:
        self._touched = True
        self.changed.emit()

    def _tls_changed(self) -> None:
        if self.port.value() in IMAP_PORTS.values():
            self.port.setValue(IMAP_PORTS[self.tls.currentData()])

    # -- values -------------------------------------------------------------------------
    def config(self, smtp_username: str = "") -> ImapConfig:
        fields = {
            "host": self.host.text().strip(),
            "port": self.port.value(),
            "tls": self.tls.currentData(),
            "username": self.username.text().strip() or smtp_username.strip(),
        }
        if self._base is None:
            return ImapConfig(**fields)
        # Keep what this form does not show (mailbox, polling, timeouts).
        return ImapConfig.from_json(self._base.to_json() | {**fields, "tls": str(fields["tls"])})

    def typed_password(self) -> str | None:
        text = self.password.text()
        return text if text else None

    def needs_saving(self) -> bool:
        """Whether the account's IMAP side is written: it is on, or it was set before."""
        return self.enabled.isChecked() or self._had_imap

    def problems(self, smtp_username: str = "") -> list[str]:
        if not self.enabled.isChecked():
            return []
        return [f"imap_{p}" for p in self.config(smtp_username).problems()]

    def show_problems(self, problems: list[str]) -> None:
        messages = {
            "imap_host": self.tr("Enter the IMAP server's host name."),
            "imap_port": self.tr("The IMAP port must be between 1 and 65535."),
            "imap_username": self.tr("Enter the IMAP user name (or the SMTP one)."),
        }
        shown = [messages[p] for p in problems if p in messages]
        if shown and self._touched:
            self.error.show_error(" ".join(shown))
        else:
            self.error.clear_message()
