"""Add or edit one group robot: platform, webhook URL, signing secret, keyword, message kind,
and "Send test message", which shows the platform's answer verbatim when it fails."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.robots import (
    MESSAGE_KINDS,
    RobotAccounts,
    RobotDraft,
    RobotInputError,
    RobotKind,
    RobotRow,
    TestAnswer,
)
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.robots.labels import platform_label

SIGNED = (RobotKind.FEISHU, RobotKind.DINGTALK)


class RobotEditor(QDialog):
    saved = Signal(int)

    def __init__(
        self, accounts: RobotAccounts, row: RobotRow | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("robotEditor")
        self._accounts = accounts
        self._row = row
        self.calls = Background(self)
        self.name = QLineEdit(row.name if row else "")
        self.platform = QComboBox()
        self.platform.setObjectName("robotPlatform")
        for kind in RobotKind:
            self.platform.addItem(platform_label(kind), kind)
        if row is not None:
            self.platform.setCurrentIndex(list(RobotKind).index(row.platform))
        self.url = QLineEdit()
        self.url.setObjectName("robotUrl")
        self.url.setPlaceholderText("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…")
        self.secret = QLineEdit()
        self.secret.setObjectName("robotSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyword = QLineEdit(row.keyword if row else "")
        self.keyword.setObjectName("robotKeyword")
        self.message = QComboBox()
        self.message.setObjectName("robotMessageKind")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.feedback = InlineMessage(self)
        self.feedback.setObjectName("robotFeedback")
        self.test_button = QPushButton(self.tr("Send test message"))
        self.test_button.setObjectName("robotTest")
        self.test_button.clicked.connect(self.send_test)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Platform"), self.platform)
        form.addRow(self.tr("Webhook URL"), self.url)
        form.addRow(self.tr("Signing secret"), self.secret)
        form.addRow(self.tr("Keyword"), self.keyword)
        form.addRow(self.tr("Message kind"), self.message)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.feedback)
        layout.addWidget(self.test_button)
        layout.addWidget(self.buttons)
        self.platform.currentIndexChanged.connect(self._platform_changed)
        self._platform_changed()
        if row is not None:
            self.message.setCurrentIndex(max(0, self.message.findData(row.message)))
            self.url.setPlaceholderText(row.address)
        self.setWindowTitle(self.tr("Add group robot") if row is None else self.tr("Edit robot"))
        self.resize(620, 360)

    def _kind(self) -> RobotKind:
        return RobotKind(self.platform.currentData())

    def _platform_changed(self) -> None:
        kind = self._kind()
        self.secret.setEnabled(kind in SIGNED)
        self.keyword.setEnabled(kind in SIGNED)
        self.message.clear()
        for m in MESSAGE_KINDS[kind]:
            self.message.addItem(m.value, m.value)
        if kind in SIGNED:
            text = self.tr(
                "Paste the robot's webhook URL. If the robot signs requests, paste the secret "
                "(SEC…); if it requires a keyword, enter it: it is added to every message."
            )
        else:
            text = self.tr("Paste the robot's webhook URL; its key is kept in the keyring.")
        self.hint.setText(text)

    def draft(self) -> RobotDraft:
        return RobotDraft(
            name=self.name.text(),
            platform=self._kind(),
            url=self.url.text(),
            signing_secret=self.secret.text() if self.secret.isEnabled() else "",
            keyword=self.keyword.text() if self.keyword.isEnabled() else "",
            message=str(self.message.currentData() or ""),
            account_id=self._row.id if self._row else None,
        )

    def send_test(self) -> None:
        draft = self.draft()
        self.test_button.setEnabled(False)
        self.feedback.show_info(self.tr("Sending a test message…"))
        self.calls.call(lambda: self._accounts.test(draft), self._tested, self._failed)

    def _tested(self, answer: TestAnswer) -> None:
        self.test_button.setEnabled(True)
        if answer.ok:
            self.feedback.show_info(self.tr("The test message was posted."))
        else:
            self.feedback.show_error(
                self.tr("The platform answered: %1").replace("%1", answer.answer)
            )

    def save(self) -> None:
        draft = self.draft()
        self.calls.change(lambda: self._accounts.save(draft), self._saved, self._failed)

    def _saved(self, robot_id: int) -> None:
        self.saved.emit(robot_id)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        if isinstance(exc, RobotInputError):
            self.feedback.show_error(str(exc))
        else:
            self.feedback.show_error(self.tr("Not saved: %1").replace("%1", str(exc)))
