"""Campaigns → Send to a segment…: a running survey's questions mailed to a saved segment
(D8, M6), after saying how many members it reaches and who is left out."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from desktop.services.campaigns import CampaignRow, InviteRefused, InviteResult, SurveyInvites


class SurveyInviteFlow(QObject):
    def __init__(self, invites: SurveyInvites, parent: QWidget) -> None:
        super().__init__(parent)
        self._invites = invites
        self._window = parent

    def run(
        self, campaign: CampaignRow, segment_id: int | None = None, confirm: bool = True
    ) -> InviteResult | None:
        title = self.tr("Send to a segment")
        segments = self._invites.segments.list()
        if not segments:
            QMessageBox.information(
                self._window,
                title,
                self.tr("There is no saved segment yet: save one in the Members tab first."),
            )
            return None
        if segment_id is None:
            names = [s.name for s in segments]
            name, ok = QInputDialog.getItem(
                self._window, title, self.tr("Mail the questions to:"), names, 0, False
            )
            if not ok:
                return None
            segment_id = segments[names.index(name)].id
        segment = next(s for s in segments if s.id == segment_id)
        members, no_email = self._invites.reach(segment_id)
        if confirm:
            question = (
                self.tr(
                    "Mail the questions of 「%1」 to the %2 members of 「%3」? %4 have no email "
                    "address and are left out; members who said no to marketing mail are "
                    "skipped when it is sent, and nobody is asked twice."
                )
                .replace("%1", campaign.name)
                .replace("%2", str(members))
                .replace("%3", segment.name)
                .replace("%4", str(no_email))
            )
            if QMessageBox.question(self._window, title, question) != (
                QMessageBox.StandardButton.Yes
            ):
                return None
        try:
            result = self._invites.invite(campaign.id, segment_id, campaign.name)
        except InviteRefused as err:
            reasons = {"start the survey first": self.tr("Start the survey first.")}
            QMessageBox.warning(self._window, title, reasons.get(str(err), str(err)))
            return None
        QMessageBox.information(
            self._window,
            title,
            self.tr("%1 members asked; %2 had been asked before.")
            .replace("%1", str(result.invited))
            .replace("%2", str(result.already)),
        )
        return result
