"""The three pages of Members → Statistics: weekly activity (chart and table), retention
by join week (a cohort table) and the lifecycle snapshot (table and chart).

Each page only lays out what ``MemberStatsService`` counted; nothing here queries.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.members.retention import CohortCell
from desktop.services.members import MemberStats
from desktop.ui.common.widgets import format_date
from desktop.ui.members.labels import lifecycle_label

JOINED_COLOR = QColor("#2e7d32")
LEFT_COLOR = QColor("#c62828")
ACTIVE_COLOR = QColor("#1565c0")
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# More weeks than this and the axis labels stand upright, so that each stays readable.
UPRIGHT_AFTER = 12


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    return table


def _number(value: int) -> QTableWidgetItem:
    item = QTableWidgetItem(QLocale().toString(value))
    item.setTextAlignment(RIGHT)
    return item


def _percent(share: float) -> str:
    return f"{share * 100:.0f}%"


def _chart() -> tuple[QChart, QChartView]:
    chart = QChart()
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setBackgroundRoundness(0)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return chart, view


def _clear(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _value_axis(top: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(top, 1))
    axis.applyNiceNumbers()
    if axis.max() <= 5:  # tick at whole members, not at 0.5
        axis.setTickCount(int(axis.max()) + 1)
    return axis


def week_label(stats: MemberStats, index: int) -> str:
    """Month/day: a full date does not fit under a bar of a 26-week chart."""
    day = stats.weeks[index].week
    return f"{day.month}/{day.day}"


class ActivityView(QWidget):
    """Per week: joined and left as bars, active members as a line; the numbers below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.chart_view = _chart()
        self.table = _table(4)
        self.table.setObjectName("activityTable")
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart_view)
        split.addWidget(self.table)
        split.setChildrenCollapsible(False)
        split.setSizes([330, 220])  # the chart first: it is what the page is for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.stats: MemberStats | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Week of"), self.tr("Joined"), self.tr("Left"), self.tr("Active")]
        )
        if self.stats is not None:
            self.show_stats(self.stats)

    def show_stats(self, stats: MemberStats) -> None:
        self.stats = stats
        self.table.setRowCount(len(stats.weeks))
        for r, week in enumerate(stats.weeks):
            label = format_date(week.week)
            if r == stats.grid.current:
                label = self.tr("%1 (this week)").replace("%1", label)
            self.table.setItem(r, 0, QTableWidgetItem(label))
            for c, value in enumerate((week.joined, week.left, week.active), start=1):
                self.table.setItem(r, c, _number(value))
        self.table.scrollToBottom()  # the current week, in the order the chart reads
        self._fill_chart(stats)

    def _fill_chart(self, stats: MemberStats) -> None:
        _clear(self.chart)
        joined, left = QBarSet(self.tr("Joined")), QBarSet(self.tr("Left"))
        joined.setColor(JOINED_COLOR)
        left.setColor(LEFT_COLOR)
        active = QLineSeries()
        active.setName(self.tr("Active"))
        active.setPen(QPen(ACTIVE_COLOR, 2.5))
        active.setPointsVisible(True)
        for i, week in enumerate(stats.weeks):
            joined.append(week.joined)
            left.append(week.left)
            active.append(i, week.active)
        bars = QBarSeries()
        bars.append(joined)
        bars.append(left)
        self.chart.addSeries(bars)
        self.chart.addSeries(active)
        x = QBarCategoryAxis()
        x.append([week_label(stats, i) for i in range(len(stats.weeks))])
        x.setLabelsAngle(-90 if len(stats.weeks) > UPRIGHT_AFTER else 0)
        top = max([0, *(max(w.joined, w.left, w.active) for w in stats.weeks)])
        y = _value_axis(top)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        for series in (bars, active):
            series.attachAxis(x)
            series.attachAxis(y)

    def series_values(self) -> dict[str, list[float]]:
        """What the chart draws, by series name — for tests."""
        out: dict[str, list[float]] = {}
        for series in self.chart.series():
            if isinstance(series, QBarSeries):
                for bar_set in series.barSets():
                    out[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
            elif isinstance(series, QLineSeries):
                out[series.name()] = [p.y() for p in series.points()]
        return out


class RetentionView(QWidget):
    """Rows: join weeks; columns: the cohort size and +1, +2, +4, +8 weeks, as shares."""

    STILL_IN, ACTIVE = 0, 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.measure = QComboBox()
        self.measure.setObjectName("retentionMeasure")
        self.measure.addItems(["", ""])
        self.measure_label = QLabel()
        self.measure_label.setBuddy(self.measure)
        self.table = _table(2)
        self.table.setObjectName("cohortTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        head = QHBoxLayout()
        head.addWidget(self.measure_label)
        head.addWidget(self.measure)
        head.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        self.stats: MemberStats | None = None
        self.measure.currentIndexChanged.connect(self._refill)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.measure_label.setText(self.tr("Show:"))
        self.measure.setItemText(self.STILL_IN, self.tr("Still in the group"))
        self.measure.setItemText(self.ACTIVE, self.tr("Active that week"))
        self._refill()

    def show_stats(self, stats: MemberStats) -> None:
        self.stats = stats
        self._refill()

    def _refill(self) -> None:
        stats = self.stats
        if stats is None:
            return
        offsets = [c.offset for c in stats.cohorts[0].cells] if stats.cohorts else []
        self.table.setColumnCount(2 + len(offsets))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Joined in week of"), self.tr("Members")]
            + [self.tr("+%n week(s)", None, k) for k in offsets]
        )
        self.table.setRowCount(len(stats.cohorts))
        for r, cohort in enumerate(stats.cohorts):
            self.table.setItem(r, 0, QTableWidgetItem(format_date(cohort.week)))
            self.table.setItem(r, 1, _number(cohort.size))
            for c, cell in enumerate(cohort.cells, start=2):
                self.table.setItem(r, c, self._cell(cell))
        for c, k in enumerate(offsets, start=2):
            # +8 weeks of an 8-week period could only ever be blank.
            self.table.setColumnHidden(c, k >= stats.period)

    def _cell(self, cell: CohortCell) -> QTableWidgetItem:
        item = QTableWidgetItem()
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        count = cell.still_in if self.measure.currentIndex() == self.STILL_IN else cell.active
        share = (
            cell.still_in_share
            if self.measure.currentIndex() == self.STILL_IN
            else cell.active_share
        )
        if count is None:
            item.setToolTip(self.tr("This week has not come yet."))
            return item  # blank: the week is still ahead
        if share is None:
            item.setText("–")
            item.setToolTip(self.tr("Nobody joined in this week."))
            return item
        item.setText(_percent(share))
        item.setData(Qt.ItemDataRole.UserRole, share)
        tint = QColor(
            JOINED_COLOR if self.measure.currentIndex() == self.STILL_IN else ACTIVE_COLOR
        )
        tint.setAlpha(int(25 + 120 * share))  # light enough to read black text on
        item.setBackground(QBrush(tint))
        if self.measure.currentIndex() == self.STILL_IN:
            tip = self.tr("%1 of %n member(s) still in the group.", None, cell.size)
        else:
            tip = self.tr("%1 of %n member(s) active that week.", None, cell.size)
        tip = tip.replace("%1", str(count))
        if cell.in_progress:
            font = QFont(item.font())
            font.setItalic(True)
            item.setFont(font)
            tip += " " + self.tr("This week is not over yet.")
        item.setToolTip(tip)
        return item

    def texts(self) -> list[list[str]]:
        """The table as shown, row by row — for tests."""
        return [
            [
                (item.text() if (item := self.table.item(r, c)) else "")
                for c in range(self.table.columnCount())
            ]
            for r in range(self.table.rowCount())
        ]


class LifecycleView(QWidget):
    """How many members are in each lifecycle state now."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(3)
        self.table.setObjectName("lifecycleTable")
        self.chart, self.chart_view = _chart()
        self.chart.legend().hide()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.chart_view)
        split.setChildrenCollapsible(False)
        split.setSizes([340, 560])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self.stats: MemberStats | None = None
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("Members"), self.tr("Share")]
        )
        if self.stats is not None:
            self.show_stats(self.stats)

    def show_stats(self, stats: MemberStats) -> None:
        self.stats = stats
        total = sum(c.members for c in stats.lifecycle)
        self.table.setRowCount(len(stats.lifecycle) + 1)
        for r, row in enumerate(stats.lifecycle):
            self.table.setItem(r, 0, QTableWidgetItem(lifecycle_label(row.state)))
            self.table.setItem(r, 1, _number(row.members))
            share = QTableWidgetItem(_percent(row.members / total) if total else "–")
            share.setTextAlignment(RIGHT)
            self.table.setItem(r, 2, share)
        last = len(stats.lifecycle)
        bold = QFont(self.font())
        bold.setBold(True)
        for c, item in enumerate([QTableWidgetItem(self.tr("Total")), _number(total)]):
            item.setFont(bold)
            self.table.setItem(last, c, item)
        self.table.setItem(last, 2, QTableWidgetItem(""))
        self._fill_chart(stats)

    def _fill_chart(self, stats: MemberStats) -> None:
        _clear(self.chart)
        bar_set = QBarSet(self.tr("Members"))
        bar_set.setColor(ACTIVE_COLOR)
        bar_set.setLabelColor(self.palette().text().color())
        # Top to bottom in lifecycle order: a horizontal chart draws its first category
        # at the bottom.
        rows = list(reversed(stats.lifecycle))
        for row in rows:
            bar_set.append(row.members)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        states = QBarCategoryAxis()
        states.append([lifecycle_label(row.state) for row in rows])
        # Room on the right for the label of the longest bar.
        counts = _value_axis(int(max([0, *(row.members for row in rows)]) * 1.15))
        self.chart.addAxis(states, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(states)
        series.attachAxis(counts)
