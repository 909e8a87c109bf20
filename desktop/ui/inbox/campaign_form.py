"""The form of one DM campaign (D8): kind, name, keyword, the answer members get, a
survey's questions, a lottery's winners, and when it runs. Checked as it is typed."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import KEYWORD_MAX, CampaignKind
from desktop.services.campaigns import CampaignDraft


class CampaignForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        for kind in CampaignKind:
            self.kind.addItem("", kind)
        self.name = QLineEdit(self)
        self.keyword = QLineEdit(self)
        self.keyword.setMaxLength(KEYWORD_MAX)
        self.intro = QPlainTextEdit(self)
        self.intro.setMaximumHeight(80)
        self.questions = QPlainTextEdit(self)
        # A survey's own wording; empty keeps the default, shown as the placeholder.
        self.thanks = QLineEdit(self)
        self.thanks.setPlaceholderText(rules.DEFAULT_THANKS)
        self.again = QLineEdit(self)
        self.again.setPlaceholderText(rules.DEFAULT_AGAIN)
        self.winners = QSpinBox(self)
        self.winners.setRange(0, 10_000)
        self.winner_text = QPlainTextEdit(self)
        self.winner_text.setMaximumHeight(60)
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        self.has_start = QCheckBox(self)
        self.has_end = QCheckBox(self)
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.vars_note = QLabel(self)
        self.vars_note.setWordWrap(True)

        self.form = QFormLayout(self)
        self.kind_label, self.name_label, self.keyword_label = QLabel(), QLabel(), QLabel()
        self.intro_label, self.questions_label = QLabel(), QLabel()
        self.thanks_label, self.again_label = QLabel(), QLabel()
        self.winners_label, self.winner_text_label = QLabel(), QLabel()
        self.runs_label = QLabel()
        runs = QHBoxLayout()
        runs.addWidget(self.has_start)
        runs.addWidget(self.starts)
        runs.addWidget(self.has_end)
        runs.addWidget(self.ends)
        runs.addStretch(1)
        self.form.addRow(self.kind_label, self.kind)
        self.form.addRow(self.name_label, self.name)
        self.form.addRow(self.keyword_label, self.keyword)
        self.form.addRow(self.intro_label, self.intro)
        self.form.addRow(self.questions_label, self.questions)
        self.form.addRow(self.thanks_label, self.thanks)
        self.form.addRow(self.again_label, self.again)
        self.form.addRow(self.winners_label, self.winners)
        self.form.addRow(self.winner_text_label, self.winner_text)
        self.form.addRow(self.runs_label, runs)
        self.form.addRow("", self.vars_note)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        for line in (self.name, self.keyword, self.thanks, self.again):
            line.textChanged.connect(self.changed)
        for text in (self.intro, self.questions, self.winner_text):
            text.textChanged.connect(self.changed)
        self.winners.valueChanged.connect(self.changed)
        for box in (self.has_start, self.has_end):
            box.toggled.connect(self._runs_changed)
        for edit in (self.starts, self.ends):
            edit.dateTimeChanged.connect(self.changed)
        self.retranslate()
        self.clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            CampaignKind.SURVEY: self.tr("Survey (问卷)"),
            CampaignKind.LOTTERY: self.tr("Lottery (抽奖)"),
            CampaignKind.COLLECT: self.tr("Collection (征集)"),
        }
        for i in range(self.kind.count()):
            self.kind.setItemText(i, names[self.kind.itemData(i)])
        self.kind_label.setText(self.tr("Kind"))
        self.name_label.setText(self.tr("Name"))
        self.keyword_label.setText(self.tr("Keyword"))
        self.keyword.setPlaceholderText(self.tr("what members write to take part, e.g. 抽奖"))
        self.intro_label.setText(self.tr("Answer on entry"))
        self.questions_label.setText(self.tr("Questions"))
        self.questions.setPlaceholderText(
            self.tr(
                "One question per line; options after |, e.g.\n"
                "你最常点哪款？|拿铁|美式|手冲\n"
                "还想喝到什么？"
            )
        )
        self.thanks_label.setText(self.tr("Answer when complete"))
        self.again_label.setText(self.tr("Answer when unclear"))
        self.again.setToolTip(
            self.tr("{missing}: the questions not understood; {hint}: an example answer")
        )
        self.winners_label.setText(self.tr("Winners"))
        self.winner_text_label.setText(self.tr("Message to winners"))
        self.runs_label.setText(self.tr("Runs"))
        self.has_start.setText(self.tr("from"))
        self.has_end.setText(self.tr("until"))
        self.vars_note.setText(
            self.tr(
                "{name} is the member's name, {campaign} the campaign's. Members take part "
                "by writing the keyword at the start of a DM, by mail or Matrix."
            )
        )

    def problem_text(self, problem: str) -> str:
        """A service problem ("keyword: empty") in the operator's language."""
        field, _, detail = problem.partition(": ")
        fields = {
            "name": self.tr("Name"),
            "keyword": self.tr("Keyword"),
            "answer": self.tr("Answer on entry"),
            "winner text": self.tr("Message to winners"),
            "questions": self.tr("Questions"),
            "winners": self.tr("Winners"),
            "time": self.tr("Runs"),
            "thanks": self.tr("Answer when complete"),
            "again": self.tr("Answer when unclear"),
            "kind": self.tr("Kind"),
        }
        details = {
            "empty": self.tr("empty"),
            "unknown_variable": self.tr("unknown variable"),
            "unclosed_brace": self.tr("a { is not closed"),
            "stray_closing_brace": self.tr("a } without {"),
            "bad_placeholder": self.tr("a placeholder that is not a variable"),
            "at least one": self.tr("at least one"),
            "a survey needs at least one question": self.tr("a survey needs at least one question"),
            "the end is not after the start": self.tr("the end is not after the start"),
            "cannot change once members have entered": self.tr(
                "cannot change once members entered"
            ),
            "reads as unsubscribe": self.tr("members writing it would unsubscribe (退订, TD…)"),
        }
        head, _, rest = detail.partition(" {")
        if detail.startswith("already used by"):
            shown = self.tr("already used by %1").replace(
                "%1", detail.removeprefix("already used by ")
            )
        elif head in details:
            shown = details[head] + (f" {{{rest}" if rest else "")
        else:
            shown = detail
        return f"{fields.get(field, field)}: {shown}"

    # -- values -----------------------------------------------------------------------------

    def clear(self, kind: CampaignKind = CampaignKind.LOTTERY) -> None:
        now = QDateTime.currentDateTime()
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.name.clear()
        self.keyword.clear()
        self.intro.setPlainText(self.default_intro(kind))
        self.questions.clear()
        self.thanks.clear()
        self.again.clear()
        self.winners.setValue(1 if kind == CampaignKind.LOTTERY else 0)
        self.winner_text.setPlainText(self.default_winner_text())
        self.has_start.setChecked(False)
        self.has_end.setChecked(False)
        self.starts.setDateTime(now)
        self.ends.setDateTime(now.addDays(7))
        self._runs_changed()
        self._kind_changed()

    def default_winner_text(self) -> str:
        return self.tr("Congratulations {name}! You won in 「{campaign}」. We will be in touch.")

    def default_intro(self, kind: CampaignKind) -> str:
        if kind == CampaignKind.SURVEY:
            return self.tr("Thank you {name}! Please answer these questions:")
        if kind == CampaignKind.COLLECT:
            return self.tr("Thank you {name}, we received your entry to 「{campaign}」!")
        return self.tr("{name}, you are in the draw of 「{campaign}」. Winners hear from us here.")

    def set_draft(self, draft: CampaignDraft) -> None:
        self.kind.setCurrentIndex(self.kind.findData(draft.kind))
        self.name.setText(draft.name)
        self.keyword.setText(draft.keyword)
        self.intro.setPlainText(draft.intro)
        self.questions.setPlainText(draft.questions)
        self.thanks.setText(draft.thanks_text)
        self.again.setText(draft.again_text)
        self.winners.setValue(draft.winners_wanted)
        self.winner_text.setPlainText(draft.winner_text)
        self.has_start.setChecked(draft.starts_at is not None)
        self.has_end.setChecked(draft.ends_at is not None)
        if draft.starts_at:
            self.starts.setDateTime(_local(draft.starts_at))
        if draft.ends_at:
            self.ends.setDateTime(_local(draft.ends_at))
        self._runs_changed()  # the boxes may not have toggled, so set their state here
        self._kind_changed()

    def draft(self) -> CampaignDraft:
        return CampaignDraft(
            kind=CampaignKind(self.kind.currentData()),
            name=self.name.text(),
            keyword=self.keyword.text(),
            intro=self.intro.toPlainText(),
            questions=self.questions.toPlainText(),
            winners_wanted=self.winners.value(),
            winner_text=self.winner_text.toPlainText(),
            starts_at=_utc(self.starts) if self.has_start.isChecked() else None,
            ends_at=_utc(self.ends) if self.has_end.isChecked() else None,
            thanks_text=self.thanks.text(),
            again_text=self.again.text(),
        )

    def set_editable(self, editable: bool) -> None:
        """A running or finished campaign keeps its kind and keyword (members use it)."""
        self.kind.setEnabled(editable)
        self.keyword.setReadOnly(not editable)

    def _kind_changed(self) -> None:
        kind = CampaignKind(self.kind.currentData())
        survey, lottery = kind == CampaignKind.SURVEY, kind == CampaignKind.LOTTERY
        for label, widget, shown in (
            (self.questions_label, self.questions, survey),
            (self.thanks_label, self.thanks, survey),
            (self.again_label, self.again, survey),
            (self.winners_label, self.winners, lottery),
            (self.winner_text_label, self.winner_text, lottery),
        ):
            label.setVisible(shown)
            widget.setVisible(shown)
        others = {self.default_intro(k) for k in CampaignKind}
        if self.intro.toPlainText().strip() in others | {""}:
            self.intro.setPlainText(self.default_intro(kind))
        if lottery and self.winners.value() == 0:
            self.winners.setValue(1)
        if lottery and not self.winner_text.toPlainText().strip():
            self.winner_text.setPlainText(self.default_winner_text())
        self.changed.emit()

    def _runs_changed(self) -> None:
        self.starts.setEnabled(self.has_start.isChecked())
        self.ends.setEnabled(self.has_end.isChecked())
        self.changed.emit()


def _local(when: datetime) -> QDateTime:
    """The moment as this computer's wall-clock time, to the millisecond."""
    t = when.astimezone()
    return QDateTime(
        QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second, t.microsecond // 1000)
    )


def _utc(edit: QDateTimeEdit) -> datetime:
    moment = edit.dateTime().toSecsSinceEpoch()
    return datetime.fromtimestamp(moment, UTC).replace(second=0)
