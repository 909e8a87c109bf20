"""The outbox window's details pane: everything known about the one delivery selected —
status, recipient, channel, times in the workspace's zone, attempts, reason, the server's
answer and the message itself.

The texts keep the window's translation context ("OutboxWindow"), where they were written
first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from desktop.domain.enums import DeliveryStatus
from desktop.services.sending import OutboxRow
from desktop.ui.outbox.labels import channel_label, local_time, reason_text, status_label


class DeliveryDetails(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDetails")
        self.setReadOnly(True)

    def show_rows(self, rows: list[OutboxRow], tz: str | None) -> None:
        """One row selected: its details; none or several: nothing."""
        self.setPlainText(_describe(rows[0], tz) if len(rows) == 1 else "")


def _describe(r: OutboxRow, tz: str | None) -> str:
    lines = [
        QCoreApplication.translate("OutboxWindow", "Status: %1").replace(
            "%1", status_label(r.status)
        ),
        _recipient_line(r),
        QCoreApplication.translate("OutboxWindow", "Channel: %1").replace(
            "%1", channel_label(r.channel)
        ),
        QCoreApplication.translate("OutboxWindow", "Due: %1").replace(
            "%1", local_time(r.due_at, tz)
        ),
        QCoreApplication.translate("OutboxWindow", "Attempts: %1").replace("%1", str(r.attempts)),
    ]
    if r.status == DeliveryStatus.PENDING and r.next_attempt_at is not None:
        when = local_time(r.next_attempt_at, tz)
        lines.append(
            QCoreApplication.translate("OutboxWindow", "Next attempt: %1").replace("%1", when)
        )
    if r.sent_at is not None:
        lines.append(
            QCoreApplication.translate("OutboxWindow", "Sent: %1").replace(
                "%1", local_time(r.sent_at, tz)
            )
        )
    if r.status_reason:
        lines.append(
            QCoreApplication.translate("OutboxWindow", "Reason: %1").replace(
                "%1", reason_text(r.status_reason, tz)
            )
        )
    if r.last_error:
        lines.append(
            QCoreApplication.translate("OutboxWindow", "Server said: %1").replace(
                "%1", r.last_error
            )
        )
    if r.subject or r.preview:
        lines += ["", r.subject, r.preview]
    return "\n".join(line for line in lines if line is not None)


def _recipient_line(r: OutboxRow) -> str | None:
    if r.member_erased:
        return QCoreApplication.translate("OutboxWindow", "To: an erased member")
    if r.member_name:
        who = r.member_name
        if r.member_address:
            who += f" <{r.member_address}>"
        return QCoreApplication.translate("OutboxWindow", "To: %1").replace("%1", who)
    return None
