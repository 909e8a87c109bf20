"""The welcome funnel (W10): reached / completed / dropped per step and A/B variant, as a
table and a bar chart, for a chosen period."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.welcome import FunnelLine, FunnelService
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

PERIODS = (7, 30, 90, 0)  # days; 0 = all time


class FunnelView(QWidget):
    def __init__(self, service: FunnelService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeFunnel")
        self.service = service
        self._background = Background(self)
        self.journey_id: int | None = None
        self.lines: list[FunnelLine] = []
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem("", days)
        self.period.setCurrentIndex(1)
        self.by_variant = QCheckBox()
        self.by_variant.setChecked(True)
        self.caption = QLabel()
        self.error = InlineMessage()
        self.empty_note = QLabel()
        self.empty_note.setObjectName("funnelEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_note.hide()
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.chart = QChart()
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)

        head = QHBoxLayout()
        head.addWidget(self.caption)
        head.addWidget(self.period)
        head.addWidget(self.by_variant)
        head.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.error)
        layout.addWidget(self.empty_note)
        layout.addWidget(split, 1)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.by_variant.toggled.connect(lambda _b: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Period"))
        names = {
            7: self.tr("Last 7 days"),
            30: self.tr("Last 30 days"),
            90: self.tr("Last 90 days"),
            0: self.tr("All time"),
        }
        for i in range(self.period.count()):
            self.period.setItemText(i, names[int(self.period.itemData(i))])
        self.by_variant.setText(self.tr("Compare A/B variants"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Step"),
                self.tr("Variant"),
                self.tr("Reached"),
                self.tr("Completed"),
                self.tr("Dropped"),
                self.tr("Median time from previous"),
            ]
        )
        self.chart.setTitle(self.tr("Welcome funnel"))
        self.empty_note.setText(
            self.tr(
                "No data yet: once members join and receive the first step, each step's "
                "reached and completed counts appear here."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def set_journey(self, journey_id: int | None) -> None:
        self.journey_id = journey_id
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._background.busy

    def refresh(self) -> None:
        """Count the funnel off the UI thread; answers come back in the order asked."""
        journey_id = self.journey_id
        if journey_id is None:
            self._show(None, [])
            return
        days = int(self.period.currentData() or 0)
        start = datetime.now(UTC) - timedelta(days=days) if days else None
        service, by_variant = self.service, self.by_variant.isChecked()
        self._background.read(
            lambda: service.funnel(journey_id, start, by_variant=by_variant),
            lambda lines: self._show(journey_id, lines),
            self._failed,
        )

    def _show(self, journey_id: int | None, lines: list[FunnelLine]) -> None:
        if journey_id != self.journey_id:
            return  # another journey was chosen meanwhile
        self.error.clear_message()
        self.lines = lines
        self.empty_note.setVisible(not any(line.row.reached for line in lines))
        self._fill_table()
        self._fill_chart()

    def _failed(self, exc: BaseException) -> None:
        self.error.show_error(self.tr("Could not count the funnel: %1").replace("%1", str(exc)))

    def _minutes_text(self, minutes: float | None) -> str:
        if minutes is None:
            return "—"
        if minutes >= 1440:
            return self.tr("%1 d").replace("%1", f"{minutes / 1440:.1f}")
        if minutes >= 60:
            return self.tr("%1 h").replace("%1", f"{minutes / 60:.1f}")
        return self.tr("%1 min").replace("%1", f"{minutes:.0f}")

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.lines))
        for r, line in enumerate(self.lines):
            row = line.row
            cells = [
                f"{row.position + 1}. {line.title}",
                row.variant or "—",
                str(row.reached),
                str(row.completed),
                str(row.dropped),
                self._minutes_text(row.median_minutes),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def _fill_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        sets = [
            QBarSet(self.tr("Reached")),
            QBarSet(self.tr("Completed")),
            QBarSet(self.tr("Dropped")),
        ]
        categories = []
        for line in self.lines:
            row = line.row
            sets[0].append(row.reached)
            sets[1].append(row.completed)
            sets[2].append(row.dropped)
            label = f"{row.position + 1}"
            categories.append(f"{label}{row.variant}" if row.variant else label)
        series = QBarSeries()
        for bar_set in sets:
            series.append(bar_set)
        self.chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setLabelFormat("%d")
        top = max([0, *(line.row.reached for line in self.lines)])
        if top <= 4:
            # One tick per whole number: %d labels on fractional ticks read "1,0,0,0,0".
            y.setRange(0, max(top, 1))
            y.setTickCount(max(top, 1) + 1)
        else:
            y.setRange(0, top)
            y.applyNiceNumbers()
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def bar_values(self) -> list[list[float]]:
        """The chart's numbers per set (reached, completed, dropped) — for tests and export."""
        series = self.chart.series()
        if not series:
            return []
        return [[s.at(i) for i in range(s.count())] for s in series[0].barSets()]  # type: ignore[attr-defined]
