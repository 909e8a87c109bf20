"""What members sent one DM campaign (D8): the entries, a survey's answers with the count
per option, a lottery's winners, and a collection's review (use / do not use)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, EntryState
from desktop.services.campaigns import CampaignRow, EntryRow
from desktop.ui.common.times import clock_text


class CampaignEntriesView(QWidget):
    tz: str | None = None  # the workspace zone (the inbox tab sets it through the dialog)
    review_requested = Signal(int, object)  # entry id, approved (True / False / None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tally = QTableWidget(0, 3, self)
        self.tally.setObjectName("campaignTally")
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("campaignEntries")
        for table in (self.tally, self.table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.tally.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tally.setMaximumHeight(220)
        self.approve = QPushButton(self)
        self.reject_entry = QPushButton(self)
        self.approve.clicked.connect(lambda: self._review(True))
        self.reject_entry.clicked.connect(lambda: self._review(False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.approve)
        buttons.addWidget(self.reject_entry)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tally)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._rows: list[EntryRow] = []
        self._kind = CampaignKind.LOTTERY
        self.retranslate()
        self.show_entries(None, [])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.approve.setText(self.tr("Use it"))
        self.reject_entry.setText(self.tr("Do not use"))
        self.tally.setHorizontalHeaderLabels(
            [self.tr("Question"), self.tr("Option"), self.tr("Chosen")]
        )

    def entries(self) -> list[EntryRow]:
        return list(self._rows)

    def show_entries(self, campaign: CampaignRow | None, rows: list[EntryRow]) -> None:
        self._rows = rows
        self._kind = campaign.kind if campaign else CampaignKind.LOTTERY
        collect = self._kind == CampaignKind.COLLECT
        self.approve.setVisible(collect)
        self.reject_entry.setVisible(collect)
        self.summary.setText(self._summary(campaign, rows))
        questions = rules.parse_questions(campaign.draft.questions)[0] if campaign else []
        self._fill_tally(questions, rows)
        heads = [self.tr("Member"), self.tr("Time"), self.tr("State"), self.tr("Sent")]
        heads += [q.text for q in questions]
        self.table.setColumnCount(len(heads))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.setRowCount(len(rows))
        for i, e in enumerate(rows):
            values = [
                e.member_name,
                clock_text(e.created_at, self.tz),
                self._state_text(e),
                e.text.replace("\n", " "),
            ]
            values += [
                (e.answers[n] if n < len(e.answers) else None) or "—" for n in range(len(questions))
            ]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if e.winner:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, col, item)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 260))

    def _summary(self, campaign: CampaignRow | None, rows: list[EntryRow]) -> str:
        if campaign is None:
            return self.tr("Choose a campaign, or make a new one.")
        if not rows:
            return self.tr("Nobody has taken part yet.")
        if campaign.kind == CampaignKind.SURVEY:
            return (
                self.tr("%1 members took part, %2 answered every question.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(campaign.answered))
            )
        if campaign.kind == CampaignKind.COLLECT:
            return (
                self.tr("%1 entries, %2 chosen for use.")
                .replace("%1", str(len(rows)))
                .replace("%2", str(campaign.answered))
            )
        text = self.tr("%1 members in the draw.").replace("%1", str(len(rows)))
        if campaign.drawn_at is not None:
            text += " " + self.tr("Drawn on %1 with seed %2: %3 winners (in bold).").replace(
                "%1", clock_text(campaign.drawn_at, self.tz)
            ).replace("%2", str(campaign.draw_seed)).replace("%3", str(campaign.winners))
        return text

    def _state_text(self, e: EntryRow) -> str:
        if e.winner:
            return self.tr("Winner")
        if self._kind == CampaignKind.COLLECT:
            if e.approved is None:
                return self.tr("To review")
            return self.tr("Used") if e.approved else self.tr("Not used")
        if e.state == EntryState.AWAITING_ANSWERS:
            return self.tr("Waiting for answers")
        if e.state == EntryState.ANSWERED:
            return self.tr("Answered")
        return self.tr("Entered")

    def _fill_tally(self, questions: list[rules.Question], rows: list[EntryRow]) -> None:
        counts = rules.tally(questions, [e.answers for e in rows])
        lines = [
            (q.text if j == 0 else "", c.option, f"{c.count} ({c.share:.0%})")
            for q, per in zip(questions, counts, strict=True)
            for j, c in enumerate(per)
        ]
        self.tally.setVisible(bool(lines))
        self.tally.setRowCount(len(lines))
        for i, values in enumerate(lines):
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.tally.setItem(i, col, item)

    def _review(self, approved: bool) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self._rows):
            self.review_requested.emit(self._rows[row].id, approved)
