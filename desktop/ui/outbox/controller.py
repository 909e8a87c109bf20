"""Wires sending into the main window: the Sending menu, the worker status in the status
bar, the "to post now" dock, the outbox window and the accounts dialog.

Built with the window frame (before the workspace opens, so the dock's place is restored
with the window state); ``attach()`` connects it to the workspace's services.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from desktop.ui.common.background import Background
from desktop.ui.outbox.labels import keyring_unavailable_text
from desktop.ui.outbox.todo_panel import ManualTodoPanel, TodoNotifier
from desktop.ui.outbox.worker_status import DispatcherBridge, WorkerStatus

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.live import Change
    from desktop.ui.accounts.dialog import AccountsDialog
    from desktop.ui.outbox.window import OutboxWindow


class SendingController(QObject):
    def __init__(self, window: QMainWindow, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.services: Services | None = None
        self.bridge: DispatcherBridge | None = None
        self.outbox_window: OutboxWindow | None = None
        self.accounts_dialog: AccountsDialog | None = None
        self.todo_panel: ManualTodoPanel | None = None
        self.notifier: TodoNotifier | None = None
        self._zone_calls: Background | None = None  # reads the workspace zone

        self.worker_status = WorkerStatus(window)
        self.worker_status.open_outbox.connect(self.open_outbox)
        self.keyring_label = QLabel(window)
        self.keyring_label.setObjectName("keyringWarning")
        self.keyring_label.setStyleSheet("QLabel { color: #8a6d00; }")
        self.keyring_label.hide()
        bar = window.statusBar()
        bar.addPermanentWidget(self.keyring_label)
        bar.addPermanentWidget(self.worker_status)

        self.dock = QDockWidget(window)
        self.dock.setObjectName("manualTodoDock")
        self.dock.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # shown when something must be posted, or from the menu

        self.menu = QMenu(window)
        self.act_outbox = QAction(self)
        self.act_outbox.setObjectName("openOutbox")
        self.act_outbox.triggered.connect(self.open_outbox)
        self.act_todos = self.dock.toggleViewAction()
        self.act_accounts = QAction(self)
        self.act_accounts.setObjectName("openAccounts")
        self.act_accounts.triggered.connect(self.open_accounts)
        self.menu.addAction(self.act_outbox)
        self.menu.addAction(self.act_todos)
        self.menu.addAction(self.worker_status.act_pause)
        self.menu.addSeparator()
        self.menu.addAction(self.act_accounts)
        bar_menu = window.menuBar()
        if before is not None:
            bar_menu.insertMenu(before, self.menu)
        else:
            bar_menu.addMenu(self.menu)
        self.workspace_actions = [self.act_outbox, self.act_accounts, self.act_todos]
        for act in self.workspace_actions:
            act.setEnabled(False)
        self.retranslate()

    def attach(self, services: Services) -> None:
        self.services = services
        self.bridge = DispatcherBridge(services.dispatcher, self)
        self.worker_status.attach(self.bridge)
        panel = ManualTodoPanel(services.outbox, self.dock)
        panel.watch(self.bridge.state_changed)
        self.notifier = TodoNotifier(self.window.statusBar(), self.window.windowIcon(), self)
        panel.todos_arrived.connect(self._todos_arrived)
        self.dock.setWidget(panel)
        self.todo_panel = panel
        for act in self.workspace_actions:
            act.setEnabled(True)
        if self._zone_calls is None:
            self._zone_calls = Background(self)
        self._zone_calls.read(services.outbox.timezone, self._set_zone)
        if not services.secrets.available:
            self.keyring_label.setText(self.tr("Passwords not saved: no keyring"))
            self.keyring_label.setToolTip(keyring_unavailable_text())
            self.keyring_label.show()

    def _set_zone(self, tz: str) -> None:
        """The status bar and the to-do list show times in the workspace's zone."""
        self.worker_status.tz = tz
        if self.todo_panel is not None:
            self.todo_panel.tz = tz
            self.todo_panel.refresh()

    def announce_keyring(self) -> None:
        """Keep the no-keyring note in the status bar; never a dialog at start-up.

        A modal on every start warned people who had nothing to store; the account
        editors say it where it matters, when a secret is about to be saved."""
        if self.services is None or self.services.secrets.available:
            return
        self.keyring_label.setText(self.tr("Passwords not saved: no keyring"))
        self.keyring_label.setToolTip(keyring_unavailable_text())
        self.keyring_label.show()

    def apply_changes(self, changes: list[Change]) -> None:
        """Deliveries teammates or the worker changed: the to-do dock and the open outbox
        window update those rows (a hidden window reads everything when shown again)."""
        if self.todo_panel is not None:
            self.todo_panel.apply_changes(changes)
        if self.outbox_window is not None and self.outbox_window.isVisible():
            self.outbox_window.apply_changes(changes)

    def _todos_arrived(self, count: int, where: str) -> None:
        self.dock.show()
        self.dock.raise_()
        if self.notifier is not None:
            self.notifier.notify(count, where)

    def open_outbox(self) -> OutboxWindow | None:
        if self.services is None:
            return None
        if self.outbox_window is None:
            from desktop.ui.outbox.window import OutboxWindow

            self.outbox_window = OutboxWindow(self.services.outbox, self.window)
            if self.bridge is not None:
                self.outbox_window.watch(self.bridge.state_changed)
        else:
            self.outbox_window.refresh()
        self.outbox_window.show()
        self.outbox_window.raise_()
        self.outbox_window.activateWindow()
        return self.outbox_window

    def open_accounts(self) -> AccountsDialog | None:
        if self.services is None:
            return None
        if self.accounts_dialog is None:
            from desktop.ui.accounts.dialog import AccountsDialog

            services = self.services

            def robots(parent: QWidget, add: bool) -> QDialog:
                from desktop.ui.robots.dialog import RobotsDialog

                dialog = RobotsDialog(services.robots, services.team_alerts, parent)
                if add:
                    dialog.open_editor(None)
                return dialog

            self.accounts_dialog = AccountsDialog(
                self.services.accounts,
                self.window,
                matrix=self.services.matrix_accounts,
                wecom=self.services.wecom_accounts,
                robots=robots,
            )
            self.accounts_dialog.account_saved.connect(self._accounts_changed)
        else:
            self.accounts_dialog.refresh()
        self.accounts_dialog.show()  # non-modal: the outbox stays usable beside it
        self.accounts_dialog.raise_()
        return self.accounts_dialog

    def _accounts_changed(self) -> None:
        # start() only adds readers for accounts it is not reading yet, so calling it
        # again makes a newly configured IMAP side live without a restart.
        if self.services is None:
            return
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:
            return
        if not loop.is_running():
            return  # no event loop runs the workers (tests that build the window alone)
        self._poller_restart = loop.create_task(self.services.inbox_poller.start())
        # A Matrix account signed in again gets a fresh sync loop with the new token.
        self._syncer_restart = loop.create_task(self.services.matrix_syncer.restart())

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Sending"))
        self.act_outbox.setText(self.tr("&Outbox…"))
        self.act_accounts.setText(self.tr("&Channel accounts…"))
        self.dock.setWindowTitle(self.tr("To post now"))
        self.worker_status.retranslate()
        if self.services is not None and not self.services.secrets.available:
            self.keyring_label.setText(self.tr("Passwords not saved: no keyring"))
