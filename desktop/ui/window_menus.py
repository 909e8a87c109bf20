"""The main window's menu bar: File, View and Help with their actions and shortcuts.

The actions call the window's own methods (``open_settings``, ``remove_demo`` …); the
texts keep the window's translation context ("MainWindow"), where they were written first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class WindowMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.act_settings = QAction(window)
        self.act_settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.act_settings.triggered.connect(window.open_settings)
        self.act_remove_demo = QAction(window)
        self.act_remove_demo.triggered.connect(window.remove_demo)
        self.act_open_folder = QAction(window)
        self.act_open_folder.triggered.connect(
            lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(window.services.paths.data_dir))
            )
        )
        self.act_teammates = QAction(window)
        self.act_teammates.triggered.connect(window.open_teammates)
        self.act_delete_requests = QAction(window)
        self.act_delete_requests.triggered.connect(window.open_delete_requests)
        self.act_team = QAction(window)  # usable without a workspace: it picks the next one
        self.act_team.triggered.connect(window.open_team_database)
        self.act_quit = QAction(window)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(window.close)
        self.file_menu.addAction(self.act_settings)
        self.file_menu.addAction(self.act_open_folder)
        self.file_menu.addAction(self.act_teammates)
        self.file_menu.addAction(self.act_delete_requests)
        self.file_menu.addAction(self.act_team)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_remove_demo)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.act_quit)

        self.view_menu = bar.addMenu("")
        self.tab_actions: list[QAction] = []
        tabs = window.tabs
        for i in range(tabs.count()):
            act = QAction(window)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, i=i: tabs.setCurrentIndex(i))
            self.view_menu.addAction(act)
            self.tab_actions.append(act)
        self.act_refresh = QAction(window)
        self.act_refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        self.act_refresh.triggered.connect(window.refresh_all)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_refresh)

        # Enabled once a workspace is open (``enable_workspace``).
        self.workspace_actions = [
            self.act_settings,
            self.act_open_folder,
            self.act_remove_demo,
            self.act_refresh,
            self.act_teammates,
        ]
        for act in self.workspace_actions:
            act.setEnabled(False)

        self.help_menu = bar.addMenu("")
        self.act_about = QAction(window)
        self.act_about.triggered.connect(window.show_about)
        self.act_shortcuts = QAction(window)
        self.act_shortcuts.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.act_shortcuts.triggered.connect(window.show_shortcuts)
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    def enable_workspace(self) -> None:
        for act in self.workspace_actions:
            act.setEnabled(True)

    def retranslate(self, tab_titles: list[str]) -> None:
        for act, title in zip(self.tab_actions, tab_titles, strict=True):
            act.setText(title)
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", "&File"))
        self.view_menu.setTitle(QCoreApplication.translate("MainWindow", "&View"))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", "&Help"))
        self.act_settings.setText(QCoreApplication.translate("MainWindow", "&Settings…"))
        self.act_open_folder.setText(QCoreApplication.translate("MainWindow", "Open data folder"))
        self.act_team.setText(QCoreApplication.translate("MainWindow", "Team database…"))
        self.act_teammates.setText(QCoreApplication.translate("MainWindow", "Teammates…"))
        self.act_delete_requests.setText(
            QCoreApplication.translate("MainWindow", "Deletion requests…")
        )
        self.act_remove_demo.setText(
            QCoreApplication.translate("MainWindow", "Remove demo workspace…")
        )
        self.act_quit.setText(QCoreApplication.translate("MainWindow", "&Quit"))
        self.act_refresh.setText(QCoreApplication.translate("MainWindow", "Refresh"))
        self.act_about.setText(QCoreApplication.translate("MainWindow", "&About Shequn Desk"))
        self.act_shortcuts.setText(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"))
