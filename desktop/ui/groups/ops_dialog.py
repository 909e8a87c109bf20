"""One group's operations in one window: staffing and moderation, SOP, retrospective,
announcement and welcome attachments with a preview, and its Matrix room."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QTabWidget, QVBoxLayout, QWidget

from desktop.services.container import Services
from desktop.ui.groups.announcement_panel import AnnouncementPanel
from desktop.ui.groups.matrix_panel import MatrixRoomPanel
from desktop.ui.groups.sop_panel import RetroPanel, SopPanel
from desktop.ui.groups.staffing_panel import StaffingPanel
from desktop.ui.groups.wecom_panel import WeComPanel
from desktop.ui.robots.group_panel import GroupRobotPanel


class GroupOpsDialog(QDialog):
    changed = Signal()  # roles or memberships changed: the list's counts may be stale

    def __init__(self, services: Services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupOpsDialog")
        self.group_id = group_id
        self.tabs = QTabWidget()
        self.staffing = StaffingPanel(
            services.groups,
            services.group_ops,
            services.moderation,
            services.matrix_rooms,
            services.matrix_moderation,
            group_id,
        )
        self.sop = SopPanel(services.sop, group_id)
        self.retro = RetroPanel(services.sop, group_id)
        self.announcement = AnnouncementPanel(services.groups, group_id)
        self.matrix = MatrixRoomPanel(services.matrix_accounts, services.matrix_rooms, group_id)
        self.tabs.addTab(self.staffing, "")
        self.tabs.addTab(self.sop, "")
        self.tabs.addTab(self.retro, "")
        self.tabs.addTab(self.announcement, "")
        self.wecom = WeComPanel(services, group_id)
        self.tabs.addTab(self.matrix, "")
        self.tabs.addTab(self.wecom, "")
        self.robot = GroupRobotPanel(services.robots, services.robot_links, group_id)
        self.tabs.addTab(self.robot, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.staffing.changed.connect(self.changed)
        self.matrix.changed.connect(self.changed)
        self.matrix.changed.connect(self.staffing.refresh)  # synced members and roles
        name = services.groups.get(group_id).name
        self.setWindowTitle(self.tr("%1 — operations").replace("%1", name))
        self.tabs.setTabText(0, self.tr("Staffing and moderation"))
        self.tabs.setTabText(1, self.tr("SOP"))
        self.tabs.setTabText(2, self.tr("Retrospective"))
        self.tabs.setTabText(3, self.tr("Announcement and welcome"))
        self.tabs.setTabText(4, self.tr("Matrix room"))
        self.tabs.setTabText(5, self.tr("WeCom"))
        self.wecom.changed.connect(self.changed)
        self.tabs.setTabText(6, self.tr("Group robot"))
        self.resize(720, 640)
