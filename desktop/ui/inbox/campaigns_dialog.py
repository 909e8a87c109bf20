"""Inbox → Campaigns… (D8): surveys, lotteries and collections members join by DM.

The list on the left, the chosen campaign's form and what members sent on the right.
Nothing is saved that the service would refuse: its problems show under the form as
they are typed, and Save stays off until there are none.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.campaigns import CampaignKind, CampaignStatus
from desktop.services.campaigns import (
    CampaignInvalid,
    CampaignRow,
    DmCampaignEntries,
    DmCampaignService,
    DrawRefused,
    SurveyInvites,
)
from desktop.services.members import write_table
from desktop.ui.inbox.campaign_entries import CampaignEntriesView
from desktop.ui.inbox.campaign_form import CampaignForm
from desktop.ui.inbox.campaign_invite import SurveyInviteFlow


class CampaignsDialog(QDialog):
    def __init__(
        self,
        campaigns: DmCampaignService,
        entries: DmCampaignEntries,
        operator_id: int | None = None,
        parent: QWidget | None = None,
        invites: SurveyInvites | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CampaignsDialog")
        self.resize(1000, 640)
        self._campaigns = campaigns
        self._entries = entries
        self._operator = operator_id
        self._current: CampaignRow | None = None
        self._rows: dict[int, CampaignRow] = {}  # as listed by the last refresh
        self.invite_flow = SurveyInviteFlow(invites, self) if invites else None

        self.list = QListWidget(self)
        self.list.setObjectName("campaignList")
        self.list.setWordWrap(True)  # two lines a campaign; long names wrap, not clip
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._select)
        self.new_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_campaign)
        self.delete_button.clicked.connect(self.delete_campaign)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left_layout.addLayout(row)

        self.form = CampaignForm(self)
        self.form.changed.connect(self._check)
        self.problems = QLabel(self)
        self.problems.setObjectName("campaignProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #b3261e; }")
        self.save_button = QPushButton(self)
        self.status_button = QPushButton(self)
        self.draw_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.status_button.clicked.connect(self.toggle_status)
        self.draw_button.clicked.connect(self.draw)
        self.export_button.clicked.connect(self.export)
        self.invite_button = QPushButton(self)
        self.invite_button.clicked.connect(self.invite)
        settings = QWidget(self)
        settings_layout = QVBoxLayout(settings)
        settings_layout.addWidget(self.form)
        settings_layout.addWidget(self.problems)
        settings_layout.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.save_button)
        actions.addWidget(self.status_button)
        actions.addStretch(1)
        actions.addWidget(self.invite_button)
        actions.addWidget(self.draw_button)
        actions.addWidget(self.export_button)
        settings_layout.addLayout(actions)
        self.entries_view = CampaignEntriesView(self)
        self.entries_view.review_requested.connect(self._review)
        self.pages = QTabWidget(self)
        self.pages.addTab(settings, "")
        self.pages.addTab(self.entries_view, "")

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.pages)
        split.setSizes([300, 700])
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("DM campaigns"))
        self.new_button.setText(self.tr("New"))
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save"))
        self.draw_button.setText(self.tr("Draw winners…"))
        self.export_button.setText(self.tr("Export…"))
        self.invite_button.setText(self.tr("Send to a segment…"))
        self.pages.setTabText(0, self.tr("Settings"))
        self.pages.setTabText(1, self.tr("Entries"))
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else (self._current.id if self._current else None)
        rows = self._campaigns.campaigns()
        self._rows = {c.id: c for c in rows}
        # Signals stay blocked until the row is chosen: the one _select below shows it.
        self.list.blockSignals(True)
        self.list.clear()
        for c in rows:
            item = QListWidgetItem(self._label(c))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        index = next((i for i, c in enumerate(rows) if c.id == keep), 0 if rows else -1)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self._select(index)

    def _label(self, c: CampaignRow) -> str:
        kinds = {
            CampaignKind.SURVEY: self.tr("Survey"),
            CampaignKind.LOTTERY: self.tr("Lottery"),
            CampaignKind.COLLECT: self.tr("Collection"),
        }
        states = {
            CampaignStatus.DRAFT: self.tr("draft"),
            CampaignStatus.OPEN: self.tr("running"),
            CampaignStatus.CLOSED: self.tr("ended"),
        }
        taking = self.tr("%n taking part", "", c.entries)
        return f"{c.name}\n{kinds[c.kind]} · 「{c.draft.keyword}」 · {states[c.status]} · {taking}"

    def _select(self, index: int) -> None:
        item = self.list.item(index) if index >= 0 else None
        if item is None:
            self._current = None
            self.form.clear()
            self.form.set_editable(True)
            self.entries_view.show_entries(None, [])
        else:
            self._current = self._rows[int(item.data(Qt.ItemDataRole.UserRole))]
            self.form.set_draft(self._current.draft)
            self.form.set_editable(self._current.status == CampaignStatus.DRAFT)
            self.entries_view.show_entries(self._current, self._entries.entries(self._current.id))
        self._check()

    def new_campaign(self) -> None:
        self.list.clearSelection()
        self.list.setCurrentRow(-1)
        self._current = None
        self.form.clear()
        self.form.set_editable(True)
        self.entries_view.show_entries(None, [])
        self.pages.setCurrentIndex(0)
        self.form.name.setFocus()
        self._check()

    # -- checking and saving ----------------------------------------------------------------

    def _check(self) -> None:
        problems = self._campaigns.problems(
            self.form.draft(), self._current.id if self._current else None
        )
        self.problems.setText("\n".join(self.form.problem_text(p) for p in problems))
        self.save_button.setEnabled(not problems)
        self._update_buttons()

    def _update_buttons(self) -> None:
        c = self._current
        self.delete_button.setEnabled(c is not None)
        self.export_button.setEnabled(c is not None and c.entries > 0)
        self.status_button.setEnabled(c is None or c.drawn_at is None)
        running = c is not None and c.status == CampaignStatus.OPEN
        self.status_button.setText(self.tr("End") if running else self.tr("Start"))
        lottery = c is not None and c.kind == CampaignKind.LOTTERY
        self.draw_button.setVisible(lottery)
        self.draw_button.setEnabled(lottery and c is not None and c.drawn_at is None)
        survey = c is not None and c.kind == CampaignKind.SURVEY
        self.invite_button.setVisible(survey and self.invite_flow is not None)
        self.invite_button.setEnabled(running)

    def save(self) -> int | None:
        try:
            cid = self._campaigns.save(
                self.form.draft(), self._current.id if self._current else None, self._operator
            )
        except CampaignInvalid as err:
            self.problems.setText("\n".join(self.form.problem_text(p) for p in err.problems))
            return None
        self.refresh(cid)
        return cid

    def toggle_status(self) -> None:
        running = self._current is not None and self._current.status == CampaignStatus.OPEN
        cid = self.save()  # what is on screen is what starts
        if cid is None:
            return
        target = CampaignStatus.CLOSED if running else CampaignStatus.OPEN
        try:
            self._campaigns.set_status(cid, target, self._operator)
        except CampaignInvalid as err:
            self.problems.setText("\n".join(self.form.problem_text(p) for p in err.problems))
            return
        self.refresh(cid)

    def delete_campaign(self) -> None:
        c = self._current
        if c is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete campaign"),
            self.tr("Delete 「%1」 and the %2 entries members sent it?")
            .replace("%1", c.name)
            .replace("%2", str(c.entries)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._campaigns.delete(c.id, self._operator)
        self._current = None
        self.refresh()

    # -- draw, review, export ---------------------------------------------------------------

    def draw(self) -> None:
        c = self._current
        if c is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Draw winners"),
            self.tr(
                "Draw %1 winners among the %2 members who entered 「%3」? The campaign ends, "
                "and each winner is told in their DM."
            )
            .replace("%1", str(c.draft.winners_wanted))
            .replace("%2", str(c.entries))
            .replace("%3", c.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            winners = self._entries.draw(c.id, self._operator)
        except DrawRefused as err:
            QMessageBox.warning(self, self.tr("Draw winners"), self._draw_refusal(str(err)))
            return
        self.refresh(c.id)
        self.pages.setCurrentIndex(1)
        QMessageBox.information(
            self,
            self.tr("Draw winners"),
            self.tr("Winners: %1").replace("%1", "、".join(w.member_name for w in winners)),
        )

    def invite(self) -> None:
        if self._current is not None and self.invite_flow is not None:
            self.invite_flow.run(self._current)
            self.refresh(self._current.id)

    def _draw_refusal(self, reason: str) -> str:
        return {
            "already drawn": self.tr("This lottery has been drawn already."),
            "nobody can win yet": self.tr("Nobody who entered can win yet."),
        }.get(reason, reason)

    def _review(self, entry_id: int, approved: object) -> None:
        self._entries.review(
            entry_id, approved if isinstance(approved, bool) else None, self._operator
        )
        if self._current is not None:
            self.refresh(self._current.id)
            self.pages.setCurrentIndex(1)

    def export(self, path: str | None = None) -> Path | None:
        c = self._current
        if c is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export entries"),
                f"{c.name}.xlsx",
                self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            )
            if not path:
                return None
        head, rows = self._entries.table(c.id)
        names = {
            "member": self.tr("Member"),
            "member_id": self.tr("Member ID"),
            "time": self.tr("Time"),
            "state": self.tr("State"),
            "text": self.tr("Sent"),
            "winner": self.tr("Winner"),
            "approved": self.tr("Used"),
        }
        target = Path(path)
        write_table(target, [names.get(h, h) for h in head], iter(rows))
        return target
