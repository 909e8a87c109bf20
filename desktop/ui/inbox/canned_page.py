"""Inbox settings → Canned replies (话术库): shortcut, title, text with {variables}.

Each reply is saved on its own ("Save reply"); the text is checked with the template rules
and only the variables the reply box fills ({name}, {brand}, {operator}, {date}) pass.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import (
    CANNED_VARIABLES,
    CannedEntry,
    CannedReplyError,
    InboxSettingsService,
)
from desktop.ui.common.forms import InlineMessage
from desktop.ui.templates.labels import problems_text


def canned_error_text(exc: CannedReplyError, body: str) -> str:
    parts = []
    if "shortcut" in exc.fields:
        parts.append(
            QCoreApplication.translate(
                "CannedRepliesPage", "Give the reply a shortcut without spaces, like refund."
            )
        )
    if "duplicate" in exc.fields:
        parts.append(
            QCoreApplication.translate(
                "CannedRepliesPage", "Another canned reply already uses this shortcut."
            )
        )
    if exc.problems:
        allowed = ", ".join("{" + v + "}" for v in CANNED_VARIABLES)
        parts.append(problems_text(exc.problems, body))
        parts.append(
            QCoreApplication.translate("CannedRepliesPage", "Variables you can use: %1").replace(
                "%1", allowed
            )
        )
    return "\n".join(parts)


class CannedRepliesPage(QWidget):
    changed = Signal()  # a reply was saved or deleted

    def __init__(self, settings: InboxSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cannedRepliesPage")
        self._settings = settings
        self._current: int | None = None
        self.list = QListWidget(self)
        self.list.setObjectName("cannedReplies")
        self.list.currentItemChanged.connect(self._picked)
        self.shortcut = QLineEdit(self)
        self.shortcut.setObjectName("cannedShortcut")
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("cannedBody")
        self.marketing = QCheckBox(self)
        self.message = InlineMessage(self)
        self.message.setObjectName("cannedMessage")
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_reply)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("saveCanned")
        self.save_button.clicked.connect(self.save_reply)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_reply)
        self.labels = {k: QLabel(self) for k in ("shortcut", "title", "body")}
        form = QFormLayout()
        form.addRow(self.labels["shortcut"], self.shortcut)
        form.addRow(self.labels["title"], self.title)
        form.addRow(self.labels["body"], self.body)
        form.addRow(QLabel(self), self.marketing)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.hint)
        right.addWidget(self.message)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(right, 2)
        self.retranslate()
        self.reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.labels["shortcut"].setText(self.tr("Shortcut:"))
        self.labels["title"].setText(self.tr("Title:"))
        self.labels["body"].setText(self.tr("Text:"))
        self.shortcut.setPlaceholderText(self.tr("e.g. refund — typed as /refund"))
        self.marketing.setText(self.tr("Marketing reply (checks consent before sending)"))
        allowed = ", ".join("{" + v + "}" for v in CANNED_VARIABLES)
        self.hint.setText(self.tr("Variables filled from the member: %1").replace("%1", allowed))
        self.new_button.setText(self.tr("New reply"))
        self.save_button.setText(self.tr("Save reply"))
        self.delete_button.setText(self.tr("Delete reply"))

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self._settings.canned():
            item = QListWidgetItem(f"/{entry.shortcut} — {entry.title}")
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.list.addItem(item)
            if entry.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._picked(self.list.currentItem())

    def entries(self) -> list[CannedEntry]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def _picked(self, item: QListWidgetItem | None) -> None:
        entry: CannedEntry | None = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._current = entry.id if entry else None
        self.shortcut.setText(entry.shortcut if entry else "")
        self.title.setText(entry.title if entry else "")
        self.body.setPlainText(entry.body if entry else "")
        self.marketing.setChecked(entry.is_marketing if entry else False)
        self.delete_button.setEnabled(entry is not None)
        self.message.clear_message()

    def new_reply(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self._picked(None)
        self.shortcut.setFocus()

    def save_reply(self) -> bool:
        body = self.body.toPlainText()
        entry = CannedEntry(
            self._current,
            self.shortcut.text(),
            self.title.text(),
            body,
            self.marketing.isChecked(),
        )
        try:
            saved = self._settings.save_canned(entry)
        except CannedReplyError as exc:
            self.message.show_error(canned_error_text(exc, body))
            return False
        self.reload(saved)
        self.message.show_warning(self.tr("Canned reply saved."))
        self.changed.emit()
        return True

    def delete_reply(self) -> None:
        if self._current is None:
            return
        self._settings.delete_canned(self._current)
        self.reload()
        self.changed.emit()
