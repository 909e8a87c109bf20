"""Sending → Email accounts…: the accounts with their status; add, edit, enable, delete.

Listing reads the keyring (does each account have a password?), so it runs off the UI
thread like every other call here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.accounts import AccountStatus
from desktop.domain.enums import ChannelKind
from desktop.services.accounts import AccountRow, AccountService, SaveResult
from desktop.ui.accounts.editor import EmailAccountEditor
from desktop.ui.common.forms import InlineMessage
from desktop.ui.outbox.background import BackgroundCalls
from desktop.ui.outbox.labels import channel_label


def account_status_label(status: AccountStatus) -> str:
    labels = {
        AccountStatus.UNKNOWN: QCoreApplication.translate("AccountsDialog", "Not tested"),
        AccountStatus.OK: QCoreApplication.translate("AccountsDialog", "Working"),
        AccountStatus.AUTH_ERROR: QCoreApplication.translate(
            "AccountsDialog", "Sign-in refused: fix the user name or password"
        ),
        AccountStatus.NEEDS_SECRET: QCoreApplication.translate(
            "AccountsDialog", "Needs its password"
        ),
        AccountStatus.CONFIG_ERROR: QCoreApplication.translate(
            "AccountsDialog", "Settings unusable"
        ),
    }
    return labels[status]


class AccountsDialog(QDialog):
    account_saved = Signal()  # e.g. the inbox reader picks up a newly configured IMAP side

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.resize(760, 360)
        self._accounts = accounts
        self._rows: list[AccountRow] = []
        self.calls = BackgroundCalls(self)
        self.editor: EmailAccountEditor | None = None
        self._build()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.keyring_note = InlineMessage(self)
        self.keyring_note.setObjectName("keyringNote")
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("accountsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAccount")
        self.add_button.clicked.connect(self.add_account)
        self.edit_button = QPushButton(self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.enable_button = QPushButton(self)
        self.enable_button.clicked.connect(self.toggle_selected)
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.close)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("accountsFeedback")
        self.feedback.setWordWrap(True)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.enable_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self._show_keyring_state()
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Email accounts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Channel"),
                self.tr("Server"),
                self.tr("Status"),
                self.tr("Last error"),
            ]
        )
        self.add_button.setText(self.tr("Add email account…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.close_button.setText(self.tr("Close"))
        self._selection_changed()

    def _show_keyring_state(self) -> None:
        secrets = self._accounts.secrets
        if secrets.available:
            self.keyring_note.clear_message()
        else:
            self.keyring_note.show_warning(secrets.message)

    # -- list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.calls.submit(self._accounts.list, self._show_rows, self._show_error)

    def _show_rows(self, rows: list[AccountRow]) -> None:
        selected = self.selected()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            server = ""
            if r.email is not None:
                server = f"{r.email.from_addr} · {r.email.host}:{r.email.port}"
            status = account_status_label(r.status)
            if not r.enabled:
                status = self.tr("Disabled")
            elif not r.has_secret and r.email is not None and r.email.username:
                status = account_status_label(AccountStatus.NEEDS_SECRET)
            values = [
                r.name,
                channel_label(ChannelKind(r.kind)),
                server,
                status,
                r.last_error or "",
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                self.table.setItem(i, col, item)
        if selected is not None:
            for i, r in enumerate(rows):
                if r.id == selected.id:
                    self.table.selectRow(i)
        self._show_keyring_state()
        self._selection_changed()

    def _show_error(self, exc: BaseException) -> None:
        self.feedback.setText(self.tr("Could not read the accounts: %1").replace("%1", str(exc)))

    def rows(self) -> list[AccountRow]:
        return list(self._rows)

    def selected(self) -> AccountRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not indexes:
            return None
        row = indexes[0].row()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _selection_changed(self) -> None:
        row = self.selected()
        is_email = row is not None and row.kind == ChannelKind.EMAIL
        self.edit_button.setEnabled(is_email)
        self.enable_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.enable_button.setText(
            self.tr("Disable") if row is not None and row.enabled else self.tr("Enable")
        )

    # -- actions ------------------------------------------------------------------------
    def add_account(self) -> EmailAccountEditor:
        return self._open_editor(None)

    def edit_selected(self) -> EmailAccountEditor | None:
        row = self.selected()
        if row is None or row.kind != ChannelKind.EMAIL:
            return None
        return self._open_editor(row)

    def _open_editor(self, row: AccountRow | None) -> EmailAccountEditor:
        editor = EmailAccountEditor(self._accounts, row, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.tested.connect(lambda _r: self.refresh())
        self.editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "editor", None))
        editor.open()  # window-modal, never a nested exec() loop
        return editor

    def _saved(self, result: SaveResult) -> None:
        text = self.tr("Account saved.")
        if result.keyring_message:
            text += " " + result.keyring_message
        self.feedback.setText(text)
        self.refresh()
        self.account_saved.emit()

    def toggle_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        self.calls.submit(
            lambda: self._accounts.set_enabled(row.id, not row.enabled),
            lambda _r: self.refresh(),
            self._show_error,
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete account"),
            self.tr("Delete the account “%1” and its saved password?").replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.calls.submit(
                    lambda: self._accounts.delete(row.id),
                    lambda _r: self.refresh(),
                    self._show_error,
                )

        box.finished.connect(answered)
        box.open()
