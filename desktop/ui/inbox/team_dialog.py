"""Inbox → Team… (D9): per operator, for a chosen period, conversations, replies and the
median first-response and resolution times (working time, as the reply-time standards).
The figures are read off the UI thread."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.inbox import OperatorStats, TeamFigures
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

PERIOD_DAYS = (7, 30, 90, 365)


def duration_text(value: timedelta | None) -> str:
    """ "45 min", "3 h 5 min", "2 d 4 h"; "—" when there is nothing to measure."""
    if value is None:
        return "—"
    minutes = int(value.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return (
            QCoreApplication.translate("TeamStatsDialog", "%1 d %2 h")
            .replace("%1", str(days))
            .replace("%2", str(hours))
        )
    if hours:
        return (
            QCoreApplication.translate("TeamStatsDialog", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(mins))
        )
    return QCoreApplication.translate("TeamStatsDialog", "%1 min").replace("%1", str(mins))


class TeamStatsDialog(QDialog):
    def __init__(self, figures: TeamFigures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TeamStatsDialog")
        self.resize(680, 320)
        self._figures = figures
        self.calls = Background(self)
        self._generation = 0  # a period chosen while another was being read wins
        self._stats: list[OperatorStats] = []
        self.period = QComboBox(self)
        for days in PERIOD_DAYS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(self.refresh)
        self.period_label = QLabel(self)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("teamTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # The figures' columns as wide as their headings; the teammate's name takes the rest.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.error = InlineMessage(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.period_label)
        row.addWidget(self.period)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Team figures"))
        self.period_label.setText(self.tr("Period:"))
        names = {
            7: self.tr("Last 7 days"),
            30: self.tr("Last 30 days"),
            90: self.tr("Last 90 days"),
            365: self.tr("Last 12 months"),
        }
        for i in range(self.period.count()):
            self.period.setItemText(i, names[self.period.itemData(i)])
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Operator"),
                self.tr("Conversations"),
                self.tr("Replies"),
                self.tr("Median first response"),
                self.tr("Median resolution"),
            ]
        )
        self.note.setText(
            self.tr("Times count working hours only, as in the reply-time standards.")
        )

    def stats(self) -> list[OperatorStats]:
        return list(self._stats)

    def refresh(self) -> None:
        self._generation += 1
        generation, figures = self._generation, self._figures
        now = figures.now()
        since, until = (
            now - timedelta(days=int(self.period.currentData())),
            now + timedelta(seconds=1),
        )
        self.calls.read(
            lambda: figures.team_stats(since, until),
            lambda stats: self._show(generation, stats),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(self.tr("Could not read the figures: %1").replace("%1", str(exc)))

    def _show(self, generation: int, stats: list[OperatorStats]) -> None:
        if generation != self._generation:
            return
        self.error.clear_message()
        self._stats = stats
        self.table.setRowCount(len(self._stats))
        for i, st in enumerate(self._stats):
            name = st.name if st.operator_id is not None else self.tr("Unassigned")
            values = [
                name,
                str(st.conversations),
                str(st.replies),
                duration_text(st.first_response_median),
                duration_text(st.resolution_median),
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(i, col, item)
