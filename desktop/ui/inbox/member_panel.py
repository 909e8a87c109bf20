"""The inbox's member panel: who the open conversation is with, beside the thread.

Read-only rich text: name and addresses, source, groups, tags, consents and the last
posts the member received.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.inbox import MemberPanel
from desktop.ui.common.times import clock_text
from desktop.ui.inbox.labels import consent_channel_name, purpose_name, source_name


class InboxMemberPanel(QLabel):
    tz: str | None = None  # the workspace zone (the tab sets it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memberPanel")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setMinimumWidth(180)

    def show_member(self, p: MemberPanel | None) -> None:
        """Show that member, or nothing for None."""
        if p is None:
            self.setText("")
            return
        esc = html.escape
        lines = [f"<b>{esc(p.name)}</b>"]
        for address in (p.email, p.matrix_id):
            if address:
                lines.append(esc(address))
        if p.source:
            lines.append(esc(self.tr("Source: %1").replace("%1", source_name(p.source))))
        if p.groups:
            lines.append(esc(self.tr("Groups: %1").replace("%1", "、".join(p.groups))))
        if p.tags:
            lines.append(esc(self.tr("Tags: %1").replace("%1", "、".join(p.tags))))
        for c in p.consents:
            state = self.tr("yes") if c.granted else self.tr("no")
            line = (
                self.tr("%1 (%2): %3 — %4")
                .replace("%1", purpose_name(c.purpose))
                .replace("%2", consent_channel_name(c.channel))
                .replace("%3", state)
                .replace("%4", c.source)
            )
            lines.append(esc(line))
        for w in p.welcome:
            line = (
                self.tr("Welcome: %1, step %2 of %3 (%4)")
                .replace("%1", w.journey)
                .replace("%2", str(w.step))
                .replace("%3", str(w.steps))
                .replace("%4", self._enrolment_state(w.status))
            )
            lines.append(esc(line))
        for entry in p.campaigns:
            state = self.tr("winner") if entry.winner else self._entry_state(entry.state)
            lines.append(
                esc(self.tr("Campaign: %1 — %2").replace("%1", entry.name).replace("%2", state))
            )
        if p.last_posts:
            lines.append("<b>" + esc(self.tr("Last posts received")) + "</b>")
            for at, title in p.last_posts:
                lines.append(esc(f"{clock_text(at, self.tz, '%m-%d')} {title}"))
        self.setText("<br>".join(lines))

    def _enrolment_state(self, status: str) -> str:
        return {
            "active": self.tr("under way"),
            "finished": self.tr("finished"),
            "stopped": self.tr("stopped"),
            "refused": self.tr("could not start"),
            "locked": self.tr("locked: wrong codes"),
            "unverified": self.tr("not verified"),
        }.get(status, status)

    def _entry_state(self, state: str) -> str:
        return {
            "entered": self.tr("entered"),
            "awaiting": self.tr("answers awaited"),
            "answered": self.tr("answered"),
        }.get(state, state)
