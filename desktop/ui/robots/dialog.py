"""Sending → Channel accounts… → Group robots…: every robot with its state and groups,
add / edit / repair / delete, and which robot gets the team's alerts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.robots import AlertSettings, RobotAccounts, RobotRow, TeamAlerts
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.robots.editor import RobotEditor
from desktop.ui.robots.labels import platform_label, robot_state


class RobotsDialog(QDialog):
    def __init__(
        self, accounts: RobotAccounts, alerts: TeamAlerts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("robotsDialog")
        self._accounts = accounts
        self._alerts = alerts
        self._rows: list[RobotRow] = []
        self.calls = Background(self)
        self.editor: RobotEditor | None = None
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("robotsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)  # long addresses elide on one line; the tooltip has all
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Platform"), self.tr("Address"), self.tr("State"),
             self.tr("Groups")]
        )  # fmt: skip
        self.alert_robot = QComboBox()
        self.alert_robot.setObjectName("alertRobot")
        self.alert_robot.activated.connect(self._alert_chosen)
        self.feedback = InlineMessage(self)
        self.add_button = QPushButton(self.tr("Add group robot…"))
        self.add_button.setObjectName("addRobot")
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self._edit_selected)
        self.repair_button = QPushButton(self.tr("Fixed: try again"))
        self.repair_button.setToolTip(
            self.tr("After fixing the robot on the platform, send its waiting posts again")
        )
        self.repair_button.clicked.connect(self._repair_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self._delete_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        alerts_row = QHBoxLayout()
        alerts_row.addWidget(QLabel(self.tr("Team alerts go to:")))
        alerts_row.addWidget(self.alert_robot, 1)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.repair_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(alerts_row)
        layout.addWidget(self.feedback)
        layout.addLayout(buttons)
        self.setWindowTitle(self.tr("Group robots"))
        self.resize(900, 420)
        self.refresh()

    def refresh(self) -> None:
        self.calls.read(
            lambda: (self._accounts.list(), self._alerts.settings()), self._show, self._failed
        )

    def _show(self, result: tuple[list[RobotRow], AlertSettings]) -> None:
        rows, settings = result
        self._rows = rows
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            cells = (r.name, platform_label(r.platform), r.address, robot_state(r),
                     "、".join(r.groups))  # fmt: skip
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(i, j, item)
        self.alert_robot.clear()
        self.alert_robot.addItem(self.tr("(no team alerts)"), None)
        for r in rows:
            self.alert_robot.addItem(f"{r.name} · {platform_label(r.platform)}", r.id)
        self.alert_robot.setCurrentIndex(max(0, self.alert_robot.findData(settings.robot_id)))

    def _selected(self) -> RobotRow | None:
        i = self.table.currentRow()
        return self._rows[i] if 0 <= i < len(self._rows) else None

    def open_editor(self, row: RobotRow | None) -> RobotEditor:
        self.editor = RobotEditor(self._accounts, row, self)
        self.editor.saved.connect(lambda _id: self.refresh())
        self.editor.show()
        return self.editor

    def _edit_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_editor(row)

    def _repair_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.calls.change(
                lambda: self._accounts.repair(row.id), lambda _r: self.refresh(), self._failed
            )

    def _delete_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.calls.change(
                lambda: self._accounts.delete(row.id), lambda _r: self.refresh(), self._failed
            )

    def _alert_chosen(self) -> None:
        robot_id = self.alert_robot.currentData()
        self.calls.change(
            lambda: self._alerts.choose_robot(robot_id),
            lambda _r: self.feedback.show_info(self.tr("Team alert robot saved.")),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.feedback.show_error(str(exc))
