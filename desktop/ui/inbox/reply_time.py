"""The reply-time standard watched while the inbox is open (D2): once a minute, a status-bar
text ("" when nothing is due) and one desktop notification per conversation about to be late.

The summary is read through the tab's ``Background``; a failure is only logged (the next
minute tries again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.domain.inbox import sla
from desktop.services.inbox import ConversationRow, TeamFigures
from desktop.ui.common.background import Background

SLA_REFRESH_MS = 60_000


class ReplyTimeWatch(QObject):
    status = Signal(str)  # for the status bar
    notify = Signal(str, str)  # title, text: before a breach

    def __init__(
        self,
        figures: TeamFigures,
        calls: Background,
        rows: Callable[[], list[ConversationRow]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._figures = figures
        self._calls = calls
        self._rows = rows  # the conversations the list shows, with their badges
        self._warned: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(SLA_REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        self._calls.read(self._figures.sla_summary, self._show)

    def _show(self, summary: sla.Summary) -> None:
        self.status.emit(self.text(summary))
        due = [r for r in self._rows() if r.badge.state == sla.SlaState.DUE_SOON]
        fresh = [r for r in due if r.id not in self._warned]
        if fresh:
            self._warned.update(r.id for r in fresh)
            self.notify.emit(
                self.tr("Reply-time standard"),
                self.tr("%1 conversation(s) must be answered soon.").replace("%1", str(len(fresh))),
            )

    def text(self, summary: sla.Summary) -> str:
        if summary.quiet:
            return ""
        return (
            self.tr("Reply time: %1 overdue, %2 due soon")
            .replace("%1", str(summary.breached))
            .replace("%2", str(summary.due_soon))
        )
