"""The sending worker in the status bar: running / paused / N due / last error.

``Dispatcher.subscribe`` calls back on the asyncio loop's thread; ``DispatcherBridge``
re-emits each state as a Qt signal, which Qt queues to the UI thread when they differ,
so the widget never touches Qt from another thread.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QToolButton, QWidget

from desktop.ui.outbox.labels import local_time

if TYPE_CHECKING:  # the database layer stays off the start-up path
    from desktop.services.sending import Dispatcher, DispatcherState

ERROR_PREVIEW = 60


class DispatcherBridge(QObject):
    state_changed = Signal(object)  # DispatcherState

    def __init__(self, dispatcher: Dispatcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.dispatcher = dispatcher
        dispatcher.subscribe(self._relay)

    def _relay(self, state: DispatcherState) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone, the worker still stops
            self.state_changed.emit(state)

    @property
    def state(self) -> DispatcherState:
        return self.dispatcher.state


def describe_state(state: DispatcherState | None) -> str:
    """The status bar text for a state; None means no workspace (nothing to send yet)."""
    if state is None:
        return QCoreApplication.translate("WorkerStatus", "Sending: waiting for the workspace")
    if state.paused:
        head = QCoreApplication.translate("WorkerStatus", "Sending: paused")
    elif not state.running:
        head = QCoreApplication.translate("WorkerStatus", "Sending: stopped")
    elif state.waiting_for_account:
        # Not "running": these cannot leave until a person sets up or fixes an account.
        n = str(state.waiting_for_account)
        if state.waiting_channels == ("email",):
            head = QCoreApplication.translate(
                "WorkerStatus", "Sending: %1 waiting for a mail account"
            ).replace("%1", n)
        else:
            head = QCoreApplication.translate(
                "WorkerStatus", "Sending: %1 waiting for a channel account"
            ).replace("%1", n)
    else:
        head = QCoreApplication.translate("WorkerStatus", "Sending: running")
    parts = [head]
    if state.due:
        parts.append(
            QCoreApplication.translate("WorkerStatus", "%1 due").replace("%1", str(state.due))
        )
    if state.in_flight:
        parts.append(
            QCoreApplication.translate("WorkerStatus", "%1 sending").replace(
                "%1", str(state.in_flight)
            )
        )
    if state.last_error:
        error = state.last_error.splitlines()[0]
        if len(error) > ERROR_PREVIEW:
            error = error[: ERROR_PREVIEW - 1] + "…"
        parts.append(
            QCoreApplication.translate("WorkerStatus", "last error: %1").replace("%1", error)
        )
    return " · ".join(parts)


class WorkerStatus(QWidget):
    """A flat button in the status bar; click opens the outbox, its menu pauses/resumes."""

    open_outbox = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workerStatus")
        self._bridge: DispatcherBridge | None = None
        self._state: DispatcherState | None = None
        self.tz: str | None = None  # the workspace zone (the controller sets it)
        self.label = QLabel(self)
        self.label.setObjectName("workerLabel")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.installEventFilter(self)
        self.act_open = QAction(self)
        self.act_open.triggered.connect(self.open_outbox.emit)
        self.act_pause = QAction(self)
        self.act_pause.setObjectName("pauseSending")
        self.act_pause.setCheckable(True)
        self.act_pause.setEnabled(False)
        self.act_pause.toggled.connect(self._toggle_pause)
        self.menu_button = QToolButton(self)
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setArrowType(Qt.ArrowType.UpArrow)
        menu = QMenu(self.menu_button)
        menu.addAction(self.act_open)
        menu.addAction(self.act_pause)
        self.menu_button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.menu_button)
        self.retranslate()

    def attach(self, bridge: DispatcherBridge) -> None:
        self._bridge = bridge
        bridge.state_changed.connect(self.show_state)
        self.act_pause.setEnabled(True)
        self.show_state(bridge.state)

    @property
    def text(self) -> str:
        return self.label.text()

    def show_state(self, state: DispatcherState) -> None:
        self._state = state
        self.label.setText(describe_state(state))
        tip = [self.tr("Click to open the outbox.")]
        if state.last_error:
            tip.append(
                self.tr("Last error (%1): %2")
                .replace("%1", local_time(state.last_error_at, self.tz))
                .replace("%2", state.last_error)
            )
        if state.sent or state.failed:
            tip.append(
                self.tr("This session: %1 sent, %2 failed")
                .replace("%1", str(state.sent))
                .replace("%2", str(state.failed))
            )
        self.label.setToolTip("\n".join(tip))
        if state.waiting_for_account:
            tip.append(self.tr("Set up or fix the account under Sending → Channel accounts…"))
        alarming = state.last_error or state.waiting_for_account
        self.label.setStyleSheet("QLabel { color: #b00020; }" if alarming else "")
        self.act_pause.blockSignals(True)
        self.act_pause.setChecked(state.paused)
        self.act_pause.blockSignals(False)

    def _toggle_pause(self, paused: bool) -> None:
        if self._bridge is None:
            return
        if paused:
            self._bridge.dispatcher.pause()
        else:
            self._bridge.dispatcher.resume()

    def retranslate(self) -> None:
        self.act_open.setText(self.tr("Open the outbox…"))
        self.act_pause.setText(self.tr("Pause sending"))
        self.menu_button.setToolTip(self.tr("Sending worker"))
        self.label.setText(describe_state(self._state))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.label
            and event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.open_outbox.emit()
            return True
        return False
