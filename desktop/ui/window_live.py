"""The main window's live updates (issue 18): teammates' and the worker's commits refresh the
open views, the thread's presence line follows, and takeovers are said in the status bar.

Held by ``MainWindow`` as ``window.live_updates``; a new one replaces it on each ``attach``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop.ui.common.background import Background
from desktop.ui.common.lazy_tab import LazyTab
from desktop.ui.live_bridge import LiveBridge

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.live import Change, Takeover
    from desktop.ui.main_window import MainWindow


class WindowLive(QObject):
    def __init__(self, window: MainWindow, services: Services) -> None:
        super().__init__(window)
        self._window = window
        self._services = services
        self.bridge = LiveBridge(services.live_feed, self)
        self._takeovers_since = datetime.now(UTC)
        self._calls = Background(self)
        window.operator.apply()  # who this is, for presence and the rows this app saves
        self.bridge.status.connect(window.status_labels.live_label.show_status)
        # The calendar and the templates re-read what they show (one week, one journey
        # list); the lists, the thread and the outbox re-read just the rows the changes
        # name (see live_bridge.py).
        watches = (
            (
                ("posts", "deliveries", "groups"),
                partial(_ignore_changes, window.calendar_page.refresh),
            ),
            (
                ("conversations", "messages", "deliveries"),
                partial(_apply_changes, window.inbox_page),
            ),
            (("groups", "memberships"), partial(_apply_changes, window.groups_page)),
            (("members", "member_contacts"), partial(_apply_changes, window.members_page)),
            (
                ("welcome_journeys", "welcome_steps"),
                partial(_ignore_changes, window.templates_page.refresh),
            ),
            (("deliveries",), window.sending.apply_changes),
            (("presence",), partial(_ignore_changes, self._refresh_presence)),
            (("audit_log",), partial(_ignore_changes, self._check_takeovers)),
        )
        for tables, refresh in watches:
            self.bridge.watch(tables, refresh)

    def stop(self) -> None:
        """Replaced by a new workspace's: the bridge and its reads go with this object."""
        self.deleteLater()

    def _check_takeovers(self) -> None:
        """A teammate took one of this operator's conversations: say so in the status bar."""
        me = self._window.current_operator_id()
        if me is None:
            return
        presence, since = self._services.presence, self._takeovers_since
        self._takeovers_since = datetime.now(UTC)
        self._calls.read(lambda: presence.notices_for(me, since), self._show_takeovers)

    def _show_takeovers(self, notices: list[Takeover]) -> None:
        for notice in notices:
            # The text keeps the window's translation context, where it was written first.
            self._window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "%1 took over your conversation “%2”.")
                .replace("%1", notice.by_name)
                .replace("%2", notice.subject),
                15000,
            )

    def _refresh_presence(self) -> None:
        if self._window.inbox_page.built:
            self._window.inbox_tab.thread_view.presence.refresh()


def _ignore_changes(refresh: Callable[[], None], _changes: object) -> None:
    refresh()


def _apply_changes(page: LazyTab, changes: list[Change]) -> None:
    """A tab not built yet reads everything when it is; a built one takes the changes."""
    if page.built:
        page.content().apply_changes(changes)  # type: ignore[attr-defined]
