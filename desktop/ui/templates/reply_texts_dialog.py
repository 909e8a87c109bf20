"""The automatic verification replies (W3), in the workspace's own words.

One list of replies, the selected one's text, the variables it may use, and a preview with
sample values. A text that would not render is refused with the position of the problem;
"Default" puts the built-in Chinese wording back.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import templates as tpl
from desktop.domain.welcome import replies as rules
from desktop.services.welcome import ReplyRejected, ReplyTexts
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.templates.labels import problem_text


def reply_label(key: str) -> str:
    labels = {
        rules.SUBJECT: QCoreApplication.translate("ReplyTexts", "Subject of the replies"),
        rules.VERIFIED: QCoreApplication.translate("ReplyTexts", "Code right: verified"),
        rules.WRONG: QCoreApplication.translate("ReplyTexts", "Code wrong: tries left"),
        rules.LOCKED: QCoreApplication.translate("ReplyTexts", "Too many wrong codes: locked"),
        rules.EXPIRED: QCoreApplication.translate("ReplyTexts", "Code expired"),
        rules.RESEND_SUBJECT: QCoreApplication.translate("ReplyTexts", "Subject of a new code"),
        rules.RESEND: QCoreApplication.translate("ReplyTexts", "A new code"),
    }
    return labels.get(key, key)


class ReplyTextsDialog(QDialog):
    def __init__(self, replies: ReplyTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("replyTextsDialog")
        self.resize(760, 440)
        self.replies = replies
        self._background = Background(self)
        self._texts: dict[str, str] = {}
        self.keys = list(rules.DEFAULTS)
        self.list = QListWidget()
        self.list.setObjectName("replyKeys")
        for key in self.keys:
            self.list.addItem(reply_label(key))
        self.text = QPlainTextEdit()
        self.text.setObjectName("replyText")
        self.variables = QLabel()
        self.variables.setWordWrap(True)
        self.preview = QLabel()
        self.preview.setObjectName("replyPreview")
        self.preview.setWordWrap(True)
        self.message = InlineMessage()
        self.message.setObjectName("replyMessage")
        self.save_button = QPushButton()
        self.default_button = QPushButton()
        self.close_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.default_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.text, 1)
        right.addWidget(self.variables)
        right.addWidget(self.preview)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.list.currentRowChanged.connect(self._show)
        self.text.textChanged.connect(self._preview)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.reset)
        self.close_button.clicked.connect(self.accept)
        self.setWindowTitle(self.tr("Verification replies"))
        self.save_button.setText(self.tr("Save"))
        self.default_button.setText(self.tr("Default wording"))
        self.close_button.setText(self.tr("Close"))
        self.setEnabled(False)  # until the stored wording is read
        self._background.read(replies.texts, self._loaded, self._failed)

    @property
    def busy(self) -> bool:
        return self._background.busy

    def _loaded(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self.setEnabled(True)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        else:
            self._show(self.list.currentRow())

    def _failed(self, exc: BaseException) -> None:
        self.setEnabled(True)
        if isinstance(exc, ReplyRejected):
            self.message.show_error(str(exc))
        else:
            self.message.show_error(self.tr("This did not work: %1").replace("%1", str(exc)))

    @property
    def key(self) -> str:
        return self.keys[max(0, self.list.currentRow())]

    def _show(self, _row: int) -> None:
        self.message.clear_message()
        self.text.setPlainText(self._texts.get(self.key, ""))
        names = ", ".join("{" + v + "}" for v in sorted(rules.VARIABLES[self.key]))
        self.variables.setText(self.tr("May use: %1").replace("%1", names))

    def _preview(self) -> None:
        text = self.text.toPlainText()
        problems = rules.problems(self.key, text)
        self.save_button.setEnabled(not problems)
        if problems:
            self.preview.setText("")
            syntax = tpl.check(text, tuple(rules.VARIABLES[self.key]))
            self.message.show_error(
                problem_text(syntax[0], text)
                if syntax
                else self.tr("Cannot be used: %1").replace("%1", problems[0].reason)
            )
            return
        self.message.clear_message()
        sample = rules.render(self.key, {self.key: text}, rules.SAMPLE)
        self.preview.setText(self.tr("Preview: %1").replace("%1", sample))

    def save(self) -> None:
        replies, key, text = self.replies, self.key, self.text.toPlainText()

        def write() -> dict[str, str]:
            replies.save(key, text)
            return replies.texts()

        self._background.change(write, self._saved, self._failed)

    def _saved(self, texts: dict[str, str]) -> None:
        self._texts = texts
        self.message.show_info(self.tr("Saved: members get this wording from now on."))

    def reset(self) -> None:
        replies, key = self.replies, self.key

        def write() -> dict[str, str]:
            replies.reset(key)
            return replies.texts()

        self._background.change(write, self._loaded, self._failed)
        self.message.show_info(self.tr("Back to the default wording."))
