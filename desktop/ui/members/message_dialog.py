"""Message a segment (M6): one email DM to every member of the segment or filter shown.

The dialog collects subject, body, purpose and time; SegmentMessageService queues the
deliveries through the outbox. The campaign id is made when the dialog opens, so pressing
Send again (after an error, say) queues nothing twice.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import cast

from PySide6.QtCore import QDateTime, QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConsentPurpose
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.templates import TemplateProblem
from desktop.services.members import (
    ALLOWED_VARIABLES,
    SegmentMessage,
    SegmentMessageError,
    SegmentMessageResult,
    SegmentMessageService,
    new_campaign_id,
    validate,
)
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.widgets import text_box
from desktop.ui.templates.labels import problems_text


class SegmentMessageDialog(QDialog):
    sent = Signal(object)  # SegmentMessageResult

    def __init__(
        self,
        messages: SegmentMessageService,
        flt: SegmentFilter,
        target_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("segmentMessageDialog")
        self.messages = messages
        self.flt = flt
        self.target_name = target_name
        self.campaign_id = new_campaign_id()
        self.result_: SegmentMessageResult | None = None
        self.members, self.no_email = messages.reach(flt)

        self.target_label = QLabel()
        self.target_label.setObjectName("segmentMessageTarget")
        self.target_label.setWordWrap(True)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("segmentMessageSubject")
        self.subject_problem = InlineMessage()
        self.body_edit = text_box(6)
        self.body_edit.setObjectName("segmentMessageBody")
        self.body_problem = InlineMessage()
        self.purpose_combo = QComboBox()
        self.purpose_combo.setObjectName("segmentMessagePurpose")
        self.purpose_combo.addItem("", ConsentPurpose.MARKETING)
        self.purpose_combo.addItem("", ConsentPurpose.SERVICE)
        self.topic_combo = QComboBox()
        self.topic_combo.setObjectName("segmentMessageTopic")
        self.topic_combo.addItem("", None)
        for name in messages.topics():
            self.topic_combo.addItem(name, name)
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setObjectName("segmentMessageWhen")
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.variables_label = QLabel()
        self.variables_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setObjectName("segmentMessageResult")
        self.result_label.setWordWrap(True)

        self.form = QFormLayout()
        self.form.addRow(self.target_label)
        self._subject_row = QLabel()
        self._body_row = QLabel()
        self._purpose_row = QLabel()
        self._when_row = QLabel()
        self._topic_row = QLabel()
        self.form.addRow(self._subject_row, self.subject_edit)
        self.form.addRow("", self.subject_problem)
        self.form.addRow(self._body_row, self.body_edit)
        self.form.addRow("", self.body_problem)
        self.form.addRow("", self.variables_label)
        self.form.addRow(self._purpose_row, self.purpose_combo)
        self.form.addRow(self._topic_row, self.topic_combo)
        self.form.addRow(self._when_row, self.when_edit)

        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton()
        self.send_button.setObjectName("segmentMessageSend")
        self.send_button.setDefault(True)
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(self.buttons)

        self.send_button.clicked.connect(self.send)
        self.close_button.clicked.connect(self.reject)
        self.subject_edit.textChanged.connect(self._revalidate)
        self.body_edit.textChanged.connect(self._revalidate)
        self.retranslate()
        self._revalidate()

    def message(self) -> SegmentMessage:
        # A QDateTime always converts to a datetime; the stub says only object.
        when = cast(datetime, self.when_edit.dateTime().toPython())
        due = when.astimezone(UTC)  # a naive value is the computer's local time
        return SegmentMessage(
            flt=self.flt,
            subject=self.subject_edit.text(),
            body=self.body_edit.toPlainText(),
            purpose=ConsentPurpose(self.purpose_combo.currentData()),
            due_at=due,
            campaign_id=self.campaign_id,
            topic=self.topic_combo.currentData(),
        )

    def send(self) -> SegmentMessageResult | None:
        try:
            result = self.messages.send(self.message())
        except SegmentMessageError as exc:
            self._show_problems(exc.problems)
            return None
        self.result_ = result
        self.result_label.setText(
            self.tr(
                "%1 messages queued (%2 already queued before); %3 members have no email address."
            )
            .replace("%1", str(result.queued))
            .replace("%2", str(result.already_queued))
            .replace("%3", str(result.no_email))
        )
        self.send_button.setEnabled(False)
        self.sent.emit(result)
        return result

    def _revalidate(self) -> None:
        problems = validate(self.message())
        self._show_problems(problems)
        self.send_button.setEnabled(
            self.result_ is None and not problems and self.members - self.no_email > 0
        )

    def _show_problems(self, problems: dict[str, list[TemplateProblem] | str]) -> None:
        for name, widget, source in (
            ("subject", self.subject_problem, self.subject_edit.text()),
            ("body", self.body_problem, self.body_edit.toPlainText()),
        ):
            found = problems.get(name)
            if isinstance(found, list) and found:
                widget.show_error(problems_text(found, source))
            else:
                widget.clear_message()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Message segment"))
        self.target_label.setText(
            self.tr("To: %1 — %2 members, %3 without an email address (left out).")
            .replace("%1", self.target_name)
            .replace("%2", str(self.members))
            .replace("%3", str(self.no_email))
        )
        self._subject_row.setText(self.tr("Subject"))
        self._body_row.setText(self.tr("Message"))
        self._purpose_row.setText(self.tr("Purpose"))
        self._when_row.setText(self.tr("Send at"))
        self.purpose_combo.setItemText(0, self.tr("Marketing (needs the member's opt-in)"))
        self.purpose_combo.setItemText(1, self.tr("Service"))
        self._topic_row.setText(self.tr("Topic"))
        self.topic_combo.setItemText(0, self.tr("Any topic"))
        self.topic_combo.setToolTip(
            self.tr(
                "Members who chose their topics on their preferences page get it only if "
                "they chose this one"
            )
        )
        self.variables_label.setText(
            self.tr(
                "Variables: %1. Consent, frequency and quiet hours apply at send time."
            ).replace("%1", ", ".join("{" + v + "}" for v in ALLOWED_VARIABLES))
        )
        self.send_button.setText(self.tr("Queue messages"))
