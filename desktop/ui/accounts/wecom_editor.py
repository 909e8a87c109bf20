"""Add or edit a WeCom app (自建应用): corp ID, AgentId, secret, and the callback Token and
EncodingAESKey. Secrets go to the keyring; "Test connection" names the exact problem (bad
secret, IP not trusted, no 客户联系 permission). Saving runs on a worker thread (keyring),
the test on the app's loop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.wecom import (
    AccountSettings,
    WeComAccountError,
    WeComAccountRow,
    WeComAccounts,
    WeComCheck,
)
from desktop.ui.accounts.keyring_note import warn_when_typed
from desktop.ui.accounts.wecom_problems import describe
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class WeComAccountEditor(QDialog):
    saved = Signal(int)  # account id

    def __init__(
        self,
        accounts: WeComAccounts,
        account: WeComAccountRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("WeComAccountEditor")
        self.setMinimumWidth(560)
        self._accounts = accounts
        self._account = account
        self.calls = Background(self)
        self._build()
        self.retranslate()
        if account is not None:
            self.name.setText(account.name)
            self.corp_id.setText(account.settings.corp_id)
            self.agent_id.setValue(account.settings.agent_id)
            self._base_url = account.settings.base_url
        else:
            self._base_url = AccountSettings("", 0).base_url

    def _build(self) -> None:
        self.name = QLineEdit(self)
        self.corp_id = QLineEdit(self)
        self.corp_id.setPlaceholderText("ww0123456789abcdef")
        self.agent_id = QSpinBox(self)
        self.agent_id.setRange(0, 2_000_000_000)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.aes_key = QLineEdit(self)
        self.aes_key.setEchoMode(QLineEdit.EchoMode.Password)
        keys = ("name", "corp", "app", "secret", "token", "aes")
        self.labels = {key: QLabel(self) for key in keys}
        form = QFormLayout()
        for key, field in zip(
            keys,
            (self.name, self.corp_id, self.agent_id, self.secret, self.token, self.aes_key),
            strict=True,
        ):
            form.addRow(self.labels[key], field)
        self.hint = QLabel(self)
        self.hint.setObjectName("wecomIpHint")
        self.hint.setWordWrap(True)
        self.keyring_note = InlineMessage(self)
        warn_when_typed(self.keyring_note, self._accounts.secrets, self.secret)
        self.message = InlineMessage(self)
        self.message.setObjectName("wecomAccountMessage")
        self.test_button = QPushButton(self)
        self.test_button.setObjectName("wecomTest")
        self.test_button.clicked.connect(self.test)
        self.test_button.setEnabled(self._account is not None)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("WeCom app"))
        self.labels["name"].setText(self.tr("Name"))
        self.labels["corp"].setText(self.tr("Corp ID"))
        self.labels["app"].setText(self.tr("AgentId (app ID)"))
        self.labels["secret"].setText(self.tr("Secret"))
        self.labels["token"].setText(self.tr("Callback token"))
        self.labels["aes"].setText(self.tr("EncodingAESKey"))
        self.test_button.setText(self.tr("Test connection"))
        self.hint.setText(
            self.tr(
                "The app needs the 客户联系 permission. Apps created after 2022-06-20 answer "
                "only from trusted IPs: run the worker on the team server, or add this "
                "computer's IP to the app's trusted IPs. Secrets are kept in the system "
                "keyring; leave them empty to keep the stored ones."
            )
        )

    def settings(self) -> AccountSettings:
        return AccountSettings(
            self.corp_id.text().strip(), int(self.agent_id.value()), self._base_url
        )

    def save(self) -> None:
        name, settings = self.name.text(), self.settings()
        secret = self.secret.text().strip() or None
        token = self.token.text().strip() or None
        aes = self.aes_key.text().strip() or None
        account_id = self._account.id if self._account else None
        self.calls.change(
            lambda: self._accounts.save(
                name,
                settings,
                secret=secret,
                callback_token=token,
                aes_key=aes,
                account_id=account_id,
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, account_id: int) -> None:
        self.secret.clear()
        self.token.clear()
        self.aes_key.clear()
        self.saved.emit(account_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, WeComAccountError):
            names = {
                "name": self.tr("name"),
                "corp_id": self.tr("corp ID (starts with ww or wx)"),
                "agent_id": self.tr("AgentId (app ID)"),
                "secret": self.tr("secret"),
                "aes_key": self.tr("EncodingAESKey (43 letters and digits)"),
                "callback_token": self.tr("callback token"),
                "base_url": self.tr("server address"),
            }
            fields = ", ".join(names.get(f, f) for f in exc.fields)
            self.message.show_error(self.tr("Please check: %1").replace("%1", fields))
        else:
            self.message.show_error(self.tr("Could not save: %1").replace("%1", str(exc)))

    def test(self) -> None:
        if self._account is None:
            return
        account_id = self._account.id
        self.message.show_info(self.tr("Testing…"))
        self.calls.call(
            lambda: self._accounts.test(account_id),
            self._tested,
            lambda exc: self.message.show_error(describe(exc)),
        )

    def _tested(self, check: WeComCheck) -> None:
        if check.ok:
            self.message.show_info(
                self.tr("Connected: token fetched and customer groups readable.")
            )
        elif check.error is not None:
            self.message.show_error(describe(check.error))
        else:
            self.message.show_error(check.message)
