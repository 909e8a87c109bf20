"""A group's robot (the 群机器人 tab of the group operations dialog): link one robot, and see
why its posts wait when the robot is broken."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.robots import GroupRobot, RobotAccounts, RobotLinks, RobotRow
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.robots.labels import platform_label, robot_state


class GroupRobotPanel(QWidget):
    def __init__(
        self,
        accounts: RobotAccounts,
        links: RobotLinks,
        group_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._links = links
        self.group_id = group_id
        self.calls = Background(self)
        self.intro = QLabel(
            self.tr(
                "Calendar posts for this group go out through its robot, formatted for the "
                "robot's platform. One robot per group."
            )
        )
        self.intro.setWordWrap(True)
        self.robot = QComboBox()
        self.robot.setObjectName("groupRobot")
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.setObjectName("groupRobotLink")
        self.link_button.clicked.connect(self.link)
        self.state = InlineMessage(self)
        self.state.setObjectName("groupRobotState")
        row = QHBoxLayout()
        row.addWidget(self.robot, 1)
        row.addWidget(self.link_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.calls.read(
            lambda: (self._accounts.list(), self._links.for_group(self.group_id)),
            self._show,
            lambda exc: self.state.show_error(str(exc)),
        )

    def _show(self, result: tuple[list[RobotRow], GroupRobot]) -> None:
        robots, linked = result
        self.robot.clear()
        self.robot.addItem(self.tr("(no robot)"), None)
        for r in robots:
            self.robot.addItem(f"{r.name} · {platform_label(r.platform)}", r.id)
        current = linked.robot.id if linked.robot else None
        self.robot.setCurrentIndex(max(0, self.robot.findData(current)))
        if linked.robot is None:
            self.state.clear_message()
        elif linked.robot.broken:
            self.state.show_error(
                self.tr("%1 posts wait. %2").replace("%1", str(linked.waiting))
                .replace("%2", robot_state(linked.robot))
            )  # fmt: skip
        else:
            self.state.show_info(robot_state(linked.robot))

    def link(self) -> None:
        robot_id = self.robot.currentData()
        self.calls.change(
            lambda: self._links.link(self.group_id, robot_id),
            lambda _r: self.refresh(),
            lambda exc: self.state.show_error(str(exc)),
        )
