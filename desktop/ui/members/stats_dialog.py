"""Members → Statistics… (R5): weekly activity, retention by join week and the lifecycle
snapshot, for the whole workspace or one group, over the last 8, 12 or 26 weeks.

The counting runs off the UI thread (a large workspace takes a moment), and only the
answer to the latest choice of group and period is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.members.retention import PERIOD_WEEKS
from desktop.services.groups import GroupRow
from desktop.services.members import MemberStats, MemberStatsService
from desktop.ui.common.background import Background
from desktop.ui.members.group_choices import GroupLister
from desktop.ui.members.stats_views import ActivityView, LifecycleView, RetentionView

DEFAULT_WEEKS = 12


class MemberStatsDialog(QDialog):
    shown = Signal(object)  # the MemberStats now on screen

    def __init__(
        self,
        service: MemberStatsService,
        groups: GroupLister,
        parent: QWidget | None = None,
        group_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MemberStatsDialog")
        self.resize(920, 680)
        self.service = service
        self.stats: MemberStats | None = None
        self._serial = 0  # the latest request; older answers are dropped
        self._background = Background(self)

        self.group = QComboBox()
        self.group.setObjectName("statsGroup")
        self.group.setMinimumContentsLength(16)
        self.group.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_label = QLabel()
        self.group_label.setBuddy(self.group)
        self.period = QComboBox()
        self.period.setObjectName("statsPeriod")
        for weeks in PERIOD_WEEKS:
            self.period.addItem("", weeks)
        self.period.setCurrentIndex(PERIOD_WEEKS.index(DEFAULT_WEEKS))
        self.period_label = QLabel()
        self.period_label.setBuddy(self.period)
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.activity = ActivityView()
        self.retention = RetentionView()
        self.lifecycle = LifecycleView()
        self.pages = QTabWidget()
        self.pages.addTab(self.activity, "")
        self.pages.addTab(self.retention, "")
        self.pages.addTab(self.lifecycle, "")
        self.note = QLabel()
        self.note.setObjectName("statsNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        head = QHBoxLayout()
        head.addWidget(self.group_label)
        head.addWidget(self.group)
        head.addSpacing(12)
        head.addWidget(self.period_label)
        head.addWidget(self.period)
        head.addStretch(1)
        head.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

        self.group.addItem("", None)  # all groups; its text is set in retranslate()
        self._archived: dict[int, str] = {}
        self.retranslate()
        # The groups first, then the first count (for ``group_id`` once it is listed).
        self._background.read(
            lambda: groups.list(include_archived=True),
            lambda rows: self._fill_groups(rows, group_id),
            lambda exc: self._failed(self._serial, exc),
        )
        self.status.setText(self.tr("Counting…"))

    # -- choices ---------------------------------------------------------------------------
    def _fill_groups(self, rows: list[GroupRow], group_id: int | None) -> None:
        for row in rows:
            self.group.addItem(row.name, row.id)
            if row.archived:
                self._archived[row.id] = row.name
        index = self.group.findData(group_id) if group_id is not None else 0
        self.group.setCurrentIndex(max(index, 0))
        self.retranslate()  # the archived groups' names
        self.group.currentIndexChanged.connect(lambda _i: self.refresh())
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def group_id(self) -> int | None:
        data = self.group.currentData()
        return int(data) if data is not None else None

    def weeks(self) -> int:
        return int(self.period.currentData())

    def select(self, group_id: int | None = None, weeks: int | None = None) -> None:
        """Choose a group (None: all) and a period, as the operator would."""
        if weeks is not None:
            self.period.setCurrentIndex(self.period.findData(weeks))
        index = self.group.findData(group_id) if group_id is not None else 0
        self.group.setCurrentIndex(max(index, 0))

    # -- counting --------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._background.busy

    def refresh(self) -> None:
        self._serial += 1
        serial, weeks, group_id = self._serial, self.weeks(), self.group_id()
        service = self.service
        self._background.read(
            lambda: service.stats(weeks, group_id),
            lambda stats: self._done(serial, stats),
            lambda exc: self._failed(serial, exc),
        )
        self.status.setText(self.tr("Counting…"))

    def _done(self, serial: int, stats: MemberStats) -> None:
        if serial != self._serial:
            return  # the operator has chosen something else meanwhile
        self.stats = stats
        self.status.clear()
        self.activity.show_stats(stats)
        self.retention.show_stats(stats)
        self.lifecycle.show_stats(stats)
        self._update_note()
        self.shown.emit(stats)

    def _failed(self, serial: int, exc: BaseException) -> None:
        if serial == self._serial:
            self.status.setText(self.tr("Could not count: %1").replace("%1", str(exc)))

    # -- texts -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Member statistics"))
        self.group_label.setText(self.tr("Group:"))
        self.group.setItemText(0, self.tr("All groups"))
        for i in range(1, self.group.count()):
            gid = int(self.group.itemData(i))
            if gid in self._archived:
                text = self.tr("%1 (archived)").replace("%1", self._archived[gid])
                self.group.setItemText(i, text)
        self.period_label.setText(self.tr("Period:"))
        for i in range(self.period.count()):
            weeks = int(self.period.itemData(i))
            self.period.setItemText(i, self.tr("Last %n week(s)", None, weeks))
        self.pages.setTabText(0, self.tr("Weekly activity"))
        self.pages.setTabText(1, self.tr("Retention by join week"))
        self.pages.setTabText(2, self.tr("Lifecycle now"))
        self.activity.retranslate()
        self.retention.retranslate()
        self.lifecycle.retranslate()
        self._update_note()

    def _update_note(self) -> None:
        if self.stats is None:
            return  # the time zone comes with the first answer
        zone = self.stats.timezone
        parts = [
            self.tr("Weeks run from Monday to Sunday in the workspace time zone (%1).").replace(
                "%1", zone
            ),
            self.tr(
                "Active: sent a DM, entered a DM campaign, answered the welcome questions, "
                "was verified or finished an onboarding task, in a week spent in the group."
            ),
        ]
        if self.group_id() is None:
            parts.append(
                self.tr(
                    "For all groups, a member counts from joining their first group until "
                    "leaving their last one; moving between groups is not leaving."
                )
            )
        parts.append(self.tr("Retention: blank cells are weeks still to come."))
        parts.append(self.tr("Lifecycle: members as they are now, erased members left out."))
        self.note.setText("\n".join(parts))  # one line each: no sentence spacing to get wrong

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
