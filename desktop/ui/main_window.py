"""The main window: five tabs, a menu and a status bar. Each tab owns its own behaviour.

The window composes the parts it holds: the menus (``ui/window_menus.py``), the status-bar
labels (``ui/window_status.py``), the live updates (``ui/window_live.py``) and the sending
side (``ui/outbox/controller.py``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QPaintEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop import __version__
from desktop.ui.common.lazy_tab import LazyTab
from desktop.ui.outbox.controller import SendingController
from desktop.ui.ui_settings import UiSettings
from desktop.ui.window_menus import WindowMenus
from desktop.ui.window_operator import WindowOperator
from desktop.ui.window_status import WindowStatusLabels

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.ui.calendar.tab import CalendarTab
    from desktop.ui.groups.tab import GroupsTab
    from desktop.ui.inbox.tab import InboxTab
    from desktop.ui.members.tab import MembersTab
    from desktop.ui.templates.tab import TemplatesTab
    from desktop.ui.window_live import WindowLive

# (module, class) of each tab in display order; imported when the tab is first shown.
GROUPS_TAB = ("desktop.ui.groups.tab", "GroupsTab")
MEMBERS_TAB = ("desktop.ui.members.tab", "MembersTab")
CALENDAR_TAB = ("desktop.ui.calendar.tab", "CalendarTab")
TEMPLATES_TAB = ("desktop.ui.templates.tab", "TemplatesTab")
INBOX_TAB = ("desktop.ui.inbox.tab", "InboxTab")
TAB_MODULES: tuple[tuple[str, str], ...] = (
    GROUPS_TAB,
    MEMBERS_TAB,
    CALENDAR_TAB,
    TEMPLATES_TAB,
    INBOX_TAB,
)


def _tab_factory(window: MainWindow, spec: tuple[str, str]) -> Callable[[QWidget], QWidget]:
    def build(parent: QWidget) -> QWidget:
        cls = getattr(importlib.import_module(spec[0]), spec[1])
        if spec[1] == "InboxTab":
            return window.build_inbox_tab(cls, parent)
        return cls(window.services, parent)

    return build


def _stop_listening(listening: list[Callable[[], None]]) -> None:
    """Not a method: it also runs from ``destroyed``, when the window is half gone."""
    for unsubscribe in listening:
        unsubscribe()
    listening.clear()


class MainWindow(QMainWindow):
    """Can be shown before the workspace is open (``services=None``): the frame paints at
    once and ``attach()`` fills it when the database is ready."""

    workspace_changed = Signal()
    first_painted = Signal()
    attached = Signal()
    # The first paint with the workspace's data has reached the screen: slower work
    # (sending, the background loops) may start now without delaying it.
    data_painted = Signal()
    closing = Signal()  # the user closed the window: the app stops the worker, then quits
    # The background loops' news, handed to the UI thread (they may emit from another one).
    messages_arrived = Signal()
    members_changed = Signal()

    def __init__(self, services: Services | None, ui_settings: UiSettings) -> None:
        super().__init__()
        self._services = services
        self._painted = False
        self._data_painted = False
        self._sending_pending = False
        self.live_updates: WindowLive | None = None  # from ``attach``: the live feed's wiring
        self.ui_settings = ui_settings
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        # One lazy page per tab, by name; ``pages`` is only their display order.
        self.groups_page = LazyTab(_tab_factory(self, GROUPS_TAB), self)
        self.members_page = LazyTab(_tab_factory(self, MEMBERS_TAB), self)
        self.calendar_page = LazyTab(_tab_factory(self, CALENDAR_TAB), self)
        self.templates_page = LazyTab(_tab_factory(self, TEMPLATES_TAB), self)
        self.inbox_page = LazyTab(_tab_factory(self, INBOX_TAB), self)
        self.pages: tuple[LazyTab, ...] = (
            self.groups_page,
            self.members_page,
            self.calendar_page,
            self.templates_page,
            self.inbox_page,
        )
        for page in self.pages:
            self.tabs.addTab(page, "")
        self.messages_arrived.connect(self.inbox_page.refresh)
        self.members_changed.connect(self.groups_page.refresh)
        # How to stop listening to the services' events; emptied in place (see below).
        self._listening: list[Callable[[], None]] = []
        self.destroyed.connect(partial(_stop_listening, self._listening))
        self.tabs.currentChanged.connect(self._build_current)
        self.workspace_changed.connect(self.refresh_all)
        # The menu bar and its actions; the window keeps the menus the sending side uses.
        self.menus = WindowMenus(self)
        self.file_menu, self.help_menu = self.menus.file_menu, self.menus.help_menu
        self.status_labels = WindowStatusLabels(self)
        self.operator = WindowOperator(self)  # who uses this computer
        # The demo badge and the inbox's reply-time summary, by their names on the window.
        self.demo_label = self.status_labels.demo_label
        self.sla_label = self.status_labels.sla_label
        # Sending (menu, worker status, to-do dock) lives in its own controller.
        self.sending = SendingController(self, before=self.help_menu.menuAction())
        self.worker_status = self.sending.worker_status
        self.retranslate()
        self._restore()
        if services is not None:
            self.attach(services)

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("the workspace is not open yet")
        return self._services

    @property
    def is_attached(self) -> bool:
        return self._services is not None

    def attach(self, services: Services, *, sending_after_paint: bool = False) -> None:
        """Connect the opened workspace: the tabs and the status bar come alive.

        With ``sending_after_paint`` the sending side (worker status, to-do dock) is
        attached once the first tab's data is on screen (``data_painted``), not before.
        """
        self._services = services
        self.menus.enable_workspace()
        self._update_workspace_label()
        if sending_after_paint:
            self._sending_pending = True
        else:
            self.sending.attach(services)
        # New mail (IMAP) and DMs (Matrix) refresh the inbox if it is open; joins and leaves
        # change the groups' member counts. Emitting a signal is safe from any thread.
        events = services.events
        _stop_listening(self._listening)
        self._listening += [
            events.messages_arrived.subscribe(lambda _count: self.messages_arrived.emit()),
            events.members_changed.subscribe(self.members_changed.emit),
        ]
        self._go_live(services)
        self._build_current(self.tabs.currentIndex())
        self.attached.emit()

    def _go_live(self, services: Services) -> None:
        """Teammates' and the worker's commits refresh the open views (issue 18)."""
        from desktop.ui.window_live import WindowLive

        if self.live_updates is not None:
            self.live_updates.stop()
        self.live_updates = WindowLive(self, services)

    def current_operator_id(self) -> int | None:
        return self.operator.current_id()

    def build_inbox_tab(self, cls: type, parent: QWidget) -> QWidget:
        tab = cls(self.services, parent, operator_id=self.current_operator_id())
        tab.sla_status.connect(self.sla_label.setText)
        # An unsent reply's "set up the account" button: the same dialog as the menu's.
        tab.accounts_wanted.connect(lambda _channel: self.sending.open_accounts())
        notifier = self.sending.notifier
        if notifier is not None:
            tab.notify.connect(notifier.message)
        return tab

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Let this paint reach the screen before anyone starts slow work.
            QTimer.singleShot(0, self.first_painted.emit)
        if self.is_attached and not self._data_painted:
            self._data_painted = True
            QTimer.singleShot(0, self._after_data_paint)

    def _after_data_paint(self) -> None:
        if self._sending_pending:
            self._sending_pending = False
            self.sending.attach(self.services)
        self.data_painted.emit()

    # Each property builds its tab on first use (see LazyTab).
    @property
    def groups_tab(self) -> GroupsTab:
        return self.groups_page.content()  # type: ignore[return-value]

    @property
    def members_tab(self) -> MembersTab:
        return self.members_page.content()  # type: ignore[return-value]

    @property
    def calendar_tab(self) -> CalendarTab:
        return self.calendar_page.content()  # type: ignore[return-value]

    @property
    def templates_tab(self) -> TemplatesTab:
        return self.templates_page.content()  # type: ignore[return-value]

    @property
    def inbox_tab(self) -> InboxTab:
        return self.inbox_page.content()  # type: ignore[return-value]

    def all_tabs(self) -> list[QWidget]:
        """Every tab's content, building the ones not yet shown."""
        return [page.content() for page in self.pages]

    def _build_current(self, _index: int) -> None:
        page = self.tabs.currentWidget()
        if self.is_attached and isinstance(page, LazyTab):
            page.content()

    # -- construction -------------------------------------------------------------------
    def _update_workspace_label(self) -> None:
        if not self.is_attached:
            self.status_labels.show_opening()
            self.setWindowTitle(self.tr("Shequn Desk"))
            return
        settings = self.services.workspace.settings()
        self.status_labels.show_workspace(settings, team=self.services.sqlite_path is None)
        self.menus.act_remove_demo.setEnabled(settings.is_demo)
        self.setWindowTitle(self.tr("Shequn Desk — %1").replace("%1", settings.name))

    def retranslate(self) -> None:
        titles = [
            self.tr("Groups"),
            self.tr("Members"),
            self.tr("Calendar"),
            self.tr("Welcome templates"),
            self.tr("Inbox"),
        ]
        for i, title in enumerate(titles):
            self.tabs.setTabText(i, title)
        self.menus.retranslate(titles)
        self.sending.retranslate()
        self.operator.retranslate()
        self._update_workspace_label()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------
    def _restore(self) -> None:
        # Build the last tab first: its minimum size must not grow the restored window.
        last = self.ui_settings.last_tab()
        if 0 <= last < self.tabs.count():
            self.tabs.setCurrentIndex(last)
        self._build_current(self.tabs.currentIndex())
        if (layout := self.layout()) is not None:  # a QMainWindow always has one
            layout.activate()
        geometry = self.ui_settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.ui_settings.window_state()
        if state is not None:
            self.restoreState(state)

    def save_state(self) -> None:
        self.ui_settings.save_window(
            self.saveGeometry(), self.saveState(), self.tabs.currentIndex()
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
        if event.isAccepted():
            for child in (self.sending.outbox_window, self.sending.accounts_dialog):
                if child is not None:
                    child.close()
            self.closing.emit()

    def refresh_all(self) -> None:
        if not self.is_attached:
            return
        self._update_workspace_label()
        for page in self.pages:
            page.refresh()

    # -- actions -------------------------------------------------------------------------
    def open_settings(self) -> None:
        from desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.services.workspace,
            self.ui_settings,
            self,
            pages=self.services.member_pages_address,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.workspace_changed.emit)
        dialog.open()

    def open_delete_requests(self) -> QDialog:
        from desktop.ui.delete_requests_dialog import DeleteRequestsDialog

        dialog = DeleteRequestsDialog(
            self.services.delete_requests, self.current_operator_id(), self
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_teammates(self) -> QDialog:
        from desktop.ui.teammates_dialog import TeammatesDialog

        dialog = TeammatesDialog(self.services.teammates, self.ui_settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.operator.changed)
        dialog.open()
        return dialog

    def open_team_database(self) -> QDialog:
        from desktop.secrets import SecretStore
        from desktop.ui.team_dialog import TeamDatabaseDialog

        secrets = self.services.secrets if self.is_attached else SecretStore()
        keys = None
        if self.is_attached and self.services.sqlite_path is None:  # a team workspace is open
            keys = self.services.team_keys
        dialog = TeamDatabaseDialog(self.ui_settings, secrets, self, keys=keys)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def remove_demo(self) -> None:
        from desktop.services.workspace import DemoError

        answer = QMessageBox.question(
            self,
            self.tr("Remove demo workspace"),
            self.tr("Delete all demo groups, members, posts, journeys and conversations?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.workspace.remove_demo()
        except DemoError as exc:
            QMessageBox.warning(self, self.tr("Remove demo workspace"), str(exc))
            return
        self.workspace_changed.emit()

    def show_shortcuts(self) -> QDialog:
        from desktop.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Shequn Desk"),
            self.tr("Shequn Desk %1 — a workbench for community operators.\nData folder: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.ui_settings.path.parent)),
        )
