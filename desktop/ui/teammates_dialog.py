"""File → Teammates…: who works in this workspace (R4), their roles, and who uses this
computer (their name goes on replies, notes and assignments made here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import OperatorRole
from desktop.services.team import TeammateError, TeammateService
from desktop.ui.common.forms import InlineMessage
from desktop.ui.ui_settings import UiSettings
from desktop.ui.window_operator import ME_KEY


def role_name(role: OperatorRole) -> str:
    return {
        OperatorRole.ADMIN: QCoreApplication.translate("Teammates", "Admin"),
        OperatorRole.OPERATOR: QCoreApplication.translate("Teammates", "Operator"),
    }[role]


def error_text(code: str) -> str:
    return {
        "name": QCoreApplication.translate("Teammates", "A teammate needs a name."),
        "email": QCoreApplication.translate("Teammates", "That is not an email address."),
        "duplicate": QCoreApplication.translate(
            "Teammates", "An active teammate already has that name."
        ),
        "last_admin": QCoreApplication.translate(
            "Teammates", "The workspace must keep at least one active admin."
        ),
    }.get(code, code)


class TeammatesDialog(QDialog):
    changed = Signal()  # teammates or "who am I" changed

    def __init__(
        self, teammates: TeammateService, ui_settings: UiSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teammatesDialog")
        self.resize(640, 420)
        self.teammates = teammates
        self.ui_settings = ui_settings
        self.me = QComboBox()
        self.me.setObjectName("whoAmI")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("teammatesTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.role = QComboBox()
        for role in OperatorRole:
            self.role.addItem(role_name(role), str(role))
        self.role.setCurrentIndex(self.role.findData(str(OperatorRole.OPERATOR)))
        self.add_button = QPushButton()
        self.message = InlineMessage()
        self.message.setObjectName("teammatesMessage")
        self.close_button = QPushButton()
        top = QFormLayout()
        self.me_label = QLabel()
        top.addRow(self.me_label, self.me)
        add = QHBoxLayout()
        add.addWidget(self.name, 2)
        add.addWidget(self.email, 2)
        add.addWidget(self.role, 1)
        add.addWidget(self.add_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)
        self.close_button.clicked.connect(self.accept)
        self.me.activated.connect(self._me_chosen)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Teammates"))
        self.me_label.setText(self.tr("This computer is used by"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Email"), self.tr("Role"), self.tr("Active")]
        )
        self.name.setPlaceholderText(self.tr("Name"))
        self.email.setPlaceholderText(self.tr("Email (optional)"))
        self.add_button.setText(self.tr("Add teammate"))
        self.close_button.setText(self.tr("Close"))

    def refresh(self) -> None:
        rows = self.teammates.list()
        self.table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            name = QTableWidgetItem(t.name)
            name.setData(Qt.ItemDataRole.UserRole, t.id)
            self.table.setItem(r, 0, name)
            self.table.setItem(r, 1, QTableWidgetItem(t.email))
            role = QComboBox()
            for value in OperatorRole:
                role.addItem(role_name(value), str(value))
            role.setCurrentIndex(role.findData(str(t.role)))
            role.activated.connect(
                lambda _i, op=t.id, c=role: self._apply(
                    lambda: self.teammates.set_role(op, OperatorRole(c.currentData()))
                )
            )
            self.table.setCellWidget(r, 2, role)
            active = QCheckBox()
            active.setChecked(t.active)
            active.clicked.connect(
                lambda on, op=t.id: self._apply(lambda: self.teammates.set_active(op, on))
            )
            self.table.setCellWidget(r, 3, active)
        current = self.ui_settings.value(ME_KEY)
        self.me.clear()
        for t in rows:
            if t.active:
                self.me.addItem(t.name, t.id)
        index = self.me.findData(int(str(current))) if str(current or "").isdigit() else -1
        self.me.setCurrentIndex(max(index, 0))

    def _apply(self, change: Callable[[], None]) -> None:
        try:
            change()
        except TeammateError as exc:
            self.message.show_error(error_text(str(exc)))
        else:
            self.message.clear_message()
            self.changed.emit()
        self.refresh()  # a refused change puts the control back

    def add(self) -> None:
        try:
            self.teammates.add(
                self.name.text(), self.email.text(), OperatorRole(self.role.currentData())
            )
        except TeammateError as exc:
            self.message.show_error(error_text(str(exc)))
            return
        self.name.clear()
        self.email.clear()
        self.message.clear_message()
        self.refresh()
        self.changed.emit()

    def _me_chosen(self, _index: int) -> None:
        self.ui_settings.set_value(ME_KEY, self.me.currentData())
        self.changed.emit()
