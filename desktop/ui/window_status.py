"""The main window's status-bar labels: the workspace's name (and team badge), the demo
badge, the inbox's reply-time summary and the live feed's state.

The texts keep the window's translation context ("MainWindow"), where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

if TYPE_CHECKING:  # the frame paints before the database layer is imported
    from desktop.services.workspace import SettingsData


class WindowStatusLabels:
    def __init__(self, window: QMainWindow) -> None:
        bar = window.statusBar()
        self.workspace_label = QLabel(window)
        self.workspace_label.setObjectName("workspaceLabel")
        self.demo_label = QLabel(window)
        self.demo_label.setObjectName("demoBadge")
        self.demo_label.setStyleSheet(
            "QLabel { background: #fff3cd; color: #7a5a00; border-radius: 3px; padding: 1px 6px; }"
        )
        # The inbox's reply-time summary ("2 replies overdue"), once the inbox has loaded.
        self.sla_label = QLabel(window)
        self.sla_label.setObjectName("slaLabel")
        bar.addWidget(self.workspace_label)
        bar.addWidget(self.demo_label)
        bar.addWidget(self.sla_label)
        from desktop.ui.live_bridge import LiveStatusLabel

        self.live_label = LiveStatusLabel(window)
        bar.addWidget(self.live_label)

    def show_opening(self) -> None:
        self.workspace_label.setText(
            QCoreApplication.translate("MainWindow", "Opening the workspace…")
        )
        self.demo_label.hide()

    def show_workspace(self, settings: SettingsData, *, team: bool) -> None:
        label = QCoreApplication.translate("MainWindow", "Workspace: %1").replace(
            "%1", settings.name
        )
        if team:
            label += " · " + QCoreApplication.translate("MainWindow", "team database")
        self.workspace_label.setText(label)
        self.demo_label.setText(QCoreApplication.translate("MainWindow", "Demo data"))
        self.demo_label.setVisible(settings.is_demo)
