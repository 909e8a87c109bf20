"""Sending → Channel accounts…: email and Matrix accounts with their status; add, edit,
enable, delete.

Listing reads the keyring (does each account have a password?), so it runs off the UI
thread like every other call here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
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

from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.services.mail import AccountRow, AccountService, SaveResult
from desktop.services.matrix import MatrixAccountRow, MatrixAccounts, MatrixSaveResult
from desktop.services.wecom import WeComAccountRow, WeComAccounts
from desktop.ui.accounts.editor import EmailAccountEditor
from desktop.ui.accounts.matrix_editor import MatrixAccountEditor
from desktop.ui.accounts.wecom_editor import WeComAccountEditor
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.outbox.labels import channel_label, keyring_unavailable_text


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


# Builds the group robots dialog (and, with add=True, opens its "add robot" editor).
RobotsDialogFactory = Callable[[QWidget, bool], QDialog]


class AccountsDialog(QDialog):
    account_saved = Signal()  # e.g. the inbox reader picks up a newly configured IMAP side

    def __init__(
        self,
        accounts: AccountService,
        parent: QWidget | None = None,
        matrix: MatrixAccounts | None = None,
        wecom: WeComAccounts | None = None,
        robots: RobotsDialogFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AccountsDialog")
        self.resize(860, 380)
        self._accounts = accounts
        self._matrix = matrix
        self._wecom = wecom
        self.wecom_editor: WeComAccountEditor | None = None
        self._robots = robots
        self.robots_dialog: QDialog | None = None
        self._rows: list[AccountRow] = []
        self._matrix_rows: dict[int, MatrixAccountRow] = {}
        self.matrix_editor: MatrixAccountEditor | None = None
        self.calls = Background(self)
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
        self.add_matrix_button = QPushButton(self)
        self.add_matrix_button.setObjectName("addMatrixAccount")
        self.add_matrix_button.clicked.connect(lambda: self._open_matrix_editor(None))
        self.add_matrix_button.setVisible(self._matrix is not None)
        self.add_wecom_button = QPushButton(self)
        self.add_wecom_button.setObjectName("addWeComAccount")
        self.add_wecom_button.clicked.connect(lambda: self.open_wecom_editor(None))
        self.add_wecom_button.setVisible(self._wecom is not None)
        self.add_robot_button = QPushButton(self)
        self.add_robot_button.setObjectName("addGroupRobot")
        self.add_robot_button.clicked.connect(lambda: self.open_robots(add=True))
        self.add_robot_button.setVisible(self._robots is not None)
        self.robots_button = QPushButton(self)
        self.robots_button.setObjectName("groupRobots")
        self.robots_button.clicked.connect(lambda: self.open_robots(add=False))
        self.robots_button.setVisible(self._robots is not None)
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
        for b in (
            self.add_button,
            self.add_matrix_button,
            self.add_wecom_button,
            self.add_robot_button,
            self.robots_button,
            self.edit_button,
            self.enable_button,
            self.delete_button,
        ):
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

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Channel accounts"))
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
        self.add_matrix_button.setText(self.tr("Add Matrix account…"))
        self.add_wecom_button.setText(self.tr("Add WeCom app…"))
        self.add_robot_button.setText(self.tr("Add group robot…"))
        self.robots_button.setText(self.tr("Group robots…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete…"))
        self.close_button.setText(self.tr("Close"))
        self._selection_changed()
        if self.keyring_note.text():
            self._show_keyring_state()

    def _show_keyring_state(self) -> None:
        secrets = self._accounts.secrets
        if secrets.available:
            self.keyring_note.clear_message()
        else:
            self.keyring_note.show_warning(keyring_unavailable_text())

    # -- list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        matrix = self._matrix

        def load() -> tuple[list[AccountRow], list[MatrixAccountRow]]:
            return self._accounts.list(), (matrix.list() if matrix is not None else [])

        self.calls.submit(load, self._show_all, self._show_error)

    def _show_all(self, result: tuple[list[AccountRow], list[MatrixAccountRow]]) -> None:
        rows, matrix_rows = result
        self._matrix_rows = {r.id: r for r in matrix_rows}
        self._show_rows(rows)

    def _show_rows(self, rows: list[AccountRow]) -> None:
        selected = self.selected()
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            server = ""
            if r.email is not None:
                server = f"{r.email.from_addr} · {r.email.host}:{r.email.port}"
            status = account_status_label(r.status)
            last_error = r.last_error or ""
            mx = self._matrix_rows.get(r.id)
            if mx is not None:
                server = f"{mx.config.user_id} · {mx.config.homeserver}"
                status, last_error = self._matrix_status(mx), mx.last_error or ""
            if not r.enabled:
                status = self.tr("Disabled")
            elif not r.has_secret and r.email is not None and r.email.username:
                status = account_status_label(AccountStatus.NEEDS_SECRET)
            values = [
                r.name,
                channel_label(ChannelKind(r.kind)),
                server,
                status,
                last_error,
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

    def _matrix_status(self, row: MatrixAccountRow) -> str:
        if not row.has_token:
            return self.tr("Not signed in")
        labels = {
            "ok": self.tr("Connected"),
            "unavailable": self.tr("Disconnected, retrying"),
            "auth_error": self.tr("Sign-in refused: sign in again"),
            "needs_secret": self.tr("Not signed in"),
        }
        return labels.get(row.sync_status, self.tr("Connecting…"))

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
        editable = row is not None and (
            row.kind == ChannelKind.EMAIL
            or row.id in self._matrix_rows
            or (row.kind == ChannelKind.WECOM and self._wecom is not None)
        )
        self.edit_button.setEnabled(editable)
        self.enable_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self.enable_button.setText(
            self.tr("Disable") if row is not None and row.enabled else self.tr("Enable")
        )

    # -- actions ------------------------------------------------------------------------
    def add_account(self) -> EmailAccountEditor:
        return self._open_editor(None)

    def edit_selected(
        self,
    ) -> EmailAccountEditor | MatrixAccountEditor | WeComAccountEditor | None:
        row = self.selected()
        if row is not None and row.kind == ChannelKind.WECOM and self._wecom is not None:
            return self.open_wecom_editor(self._wecom.get(row.id))
        if row is not None and row.id in self._matrix_rows:
            return self._open_matrix_editor(self._matrix_rows[row.id])
        if row is None or row.kind != ChannelKind.EMAIL:
            return None
        return self._open_editor(row)

    def _open_matrix_editor(self, row: MatrixAccountRow | None) -> MatrixAccountEditor | None:
        if self._matrix is None:
            return None
        editor = MatrixAccountEditor(self._matrix, row, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._matrix_saved)
        self.matrix_editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "matrix_editor", None))
        editor.open()
        return editor

    def open_wecom_editor(self, row: WeComAccountRow | None) -> WeComAccountEditor | None:
        if self._wecom is None:
            return None
        editor = WeComAccountEditor(self._wecom, row, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _id: self._after_save(self.tr("Account saved."), ""))
        self.wecom_editor = editor
        editor.destroyed.connect(lambda *_: setattr(self, "wecom_editor", None))
        editor.open()
        return editor

    def _matrix_saved(self, result: MatrixSaveResult) -> None:
        self._after_save(self.tr("Signed in; the account is saved."), result.keyring_message)

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
        self._after_save(self.tr("Account saved."), result.keyring_message)

    def _after_save(self, text: str, keyring_message: str) -> None:
        if keyring_message:  # the secret stayed in memory: say so in the UI's language
            text += " " + keyring_unavailable_text()
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

    def open_robots(self, *, add: bool) -> QDialog | None:
        """Group robots live in their own dialog; ``add`` opens its "add robot" editor."""
        if self._robots is None:
            return None
        self.robots_dialog = self._robots(self, add)
        self.robots_dialog.show()
        return self.robots_dialog
