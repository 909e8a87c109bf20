"""Who uses this computer (R4): the teammate chosen in File → Teammates… (kept in ui.ini),
applied wherever it shows — replies, notes and "mine" in the inbox, presence and crossed
replies in a thread, the name teammates see in a thread's header and on the rows this app
saves (team mode).

With one teammate there is nobody else to be. In a team with several and no choice made on
this computer, the app still acts as the first of them (so replies go out), but the status
bar asks — otherwise everybody would quietly speak for the same person.

Held by ``MainWindow`` as ``window.operator``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.ui.main_window import MainWindow

ME_KEY = "operator/id"


class WindowOperator(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.prompt = QPushButton(window)
        self.prompt.setObjectName("whoUsesThisComputer")
        self.prompt.setFlat(True)
        self.prompt.setStyleSheet("QPushButton { color: #b45309; text-decoration: underline; }")
        self.prompt.clicked.connect(window.open_teammates)
        self.prompt.hide()
        window.statusBar().addWidget(self.prompt)
        self.retranslate()

    def _services(self) -> Services:
        return self._window.services

    def _chosen(self, operators: list[int]) -> int | None:
        value = self._window.ui_settings.value(ME_KEY)
        try:
            wanted = int(str(value)) if value is not None else None
        except (TypeError, ValueError):
            wanted = None
        return wanted if wanted in operators else None

    def current_id(self) -> int | None:
        """The teammate using this app: chosen in ui.ini, else the first active operator."""
        operators = [op_id for op_id, _ in self._services().outbox.active_operators()]
        chosen = self._chosen(operators)
        if chosen is not None:
            return chosen
        return operators[0] if operators else None

    def apply(self) -> None:
        """Say who this is to the live services, and ask when it is a guess among several."""
        services = self._services()
        names = dict(services.outbox.active_operators())
        me = self.current_id()
        if me is not None and me in names:  # the name teammates see in a thread's header
            services.live_identity.name = names[me]
            # Team mode only: the name goes on every versioned row this app saves, so a
            # teammate's refused save says whose copy won. Solo mode has nobody to name.
            if services.sqlite_path is None:
                services.live_identity.teammate = names[me]
        guessing = len(names) > 1 and self._chosen(list(names)) is None
        self.prompt.setVisible(services.sqlite_path is None and guessing)

    def changed(self) -> None:
        """The teammates or this computer's choice changed: everything follows."""
        self.apply()
        window, me = self._window, self.current_id()
        inbox = window.inbox_page
        if inbox.built:
            tab = inbox.content()
            tab.operator_id = me  # type: ignore[attr-defined]
            thread = tab.thread_view  # type: ignore[attr-defined]
            thread.reply_box.operator_id = me
            thread.presence.operator_id = me
            inbox.refresh()

    def retranslate(self) -> None:
        self.prompt.setText(
            QCoreApplication.translate("MainWindow", "Who uses this computer? Choose…")
        )
