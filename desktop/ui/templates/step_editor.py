"""Editor for one welcome step: settings, subject and body templates, a live preview.

The preview (``StepPreview``) renders against a real sample member on every keystroke (no
database work per keystroke: the sample values are fetched, off the UI thread, when the
member changes); the variables beside the message are ``VariableList``.
Problems are underlined in the body and named, with line and column, under it. Save is
refused for any template problem (here at once, and by the service again), and then
nothing is written; a save that passes runs off the UI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import templates as tpl
from desktop.domain.enums import DelayAnchor, StepChannel
from desktop.services.live import EditConflict, Saved, save_merging
from desktop.services.welcome import StepDraft, TemplateRejected, TemplateService
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.compare_dialog import announce_merge, merge_notice, resolve_conflict
from desktop.ui.templates.highlighter import TemplateHighlighter
from desktop.ui.templates.labels import anchor_label, channel_label, duration_text, problems_text
from desktop.ui.templates.step_preview import StepPreview
from desktop.ui.templates.variable_list import VariableList

MAX_DELAY_MINUTES = 60 * 24 * 90  # a quarter: longer waits are not a welcome any more
# The save outcome, red when refused and green when written: ``InlineMessage`` does both
# (the name stays for the forms that import it from here).
StatusMessage = InlineMessage


class StepEditor(QWidget):
    edited = Signal()  # the user changed something since load()
    saved = Signal(int)  # step id

    def __init__(self, service: TemplateService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._background = Background(self)
        self._draft: StepDraft | None = None
        # Each step as read, by (id, version): the base a teammate's newer save is merged
        # against, also for edits kept while another step was shown.
        self._bases: dict[tuple[int, int | None], StepDraft] = {}
        self._saved_id: int | None = None  # "Saved." stays while the tab reloads this step
        self._loading = False

        self.title_edit = QLineEdit()
        self.title_edit.setMaxLength(120)
        self.title_error = InlineMessage()
        self.channel_combo = QComboBox()
        for channel in StepChannel:
            self.channel_combo.addItem("", channel.value)
        self.delay_spin = QSpinBox()
        self.delay_spin.setRange(0, MAX_DELAY_MINUTES)
        self.delay_spin.setSingleStep(10)
        self.delay_words = QLabel()  # 1440 min reads as "1 day" next to the field
        self.delay_words.setObjectName("delayWords")
        self.delay_spin.valueChanged.connect(lambda m: self.delay_words.setText(duration_text(m)))
        self.anchor_combo = QComboBox()
        self.anchor_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for anchor in DelayAnchor:
            self.anchor_combo.addItem("", anchor.value)
        self.enabled_check = QCheckBox()
        self.subject_edit = QLineEdit()
        self.subject_error = InlineMessage()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBody")
        self.highlighter = TemplateHighlighter(self.body_edit.document())
        self.body_error = InlineMessage()
        self.body_error.setObjectName("templateProblems")
        self.variables = VariableList()
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.revert_button = QPushButton()
        self.variants_button = QPushButton()
        self.variants_button.setObjectName("stepVariants")
        self.status = StatusMessage()
        # The preview for a sample member; it reads through this editor's ``Background``.
        self.sample = StepPreview(service, self._background)
        self.sample.failed.connect(self.status.show_error)
        self.member_combo = self.sample.member_combo
        self._insert_target: QWidget = self.body_edit

        self.captions = {
            key: QLabel() for key in ("delay", "title", "channel", "subject", "body", "variables")
        }
        self._layout()
        self._wire()
        self.retranslate()
        self.load(None)

    def retranslate(self) -> None:
        texts = {
            "delay": self.tr("Delay"),
            "title": self.tr("Title"),
            "channel": self.tr("Channel"),
            "subject": self.tr("Subject"),
            "body": self.tr("Message template"),
            "variables": self.tr("Variables"),
        }
        for key, text in texts.items():
            self.captions[key].setText(text)
        self.sample.retranslate()
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(
                i, channel_label(StepChannel(self.channel_combo.itemData(i)))
            )
        for i in range(self.anchor_combo.count()):
            self.anchor_combo.setItemText(
                i, anchor_label(DelayAnchor(self.anchor_combo.itemData(i)))
            )
        self.delay_spin.setSuffix(self.tr(" min"))
        self.delay_words.setText(duration_text(self.delay_spin.value()))
        self.enabled_check.setText(self.tr("Send this step"))
        self.enabled_check.setToolTip(self.tr("Switched off, members skip this step"))
        self.subject_edit.setPlaceholderText(self.tr("Email subject (may use variables)"))
        self.body_edit.setPlaceholderText(self.tr("Hello {name}, welcome to {group}!"))
        self.variables.retranslate()
        self.save_button.setText(self.tr("Save step"))
        self.revert_button.setText(self.tr("Revert"))
        self.variants_button.setText(self.tr("Variants…"))
        self.variants_button.setToolTip(self.tr("Other versions of this step: per channel, or A/B"))
        self._check()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _layout(self) -> None:
        timing = QHBoxLayout()
        timing.addWidget(self.channel_combo)
        timing.addSpacing(12)
        timing.addWidget(self.captions["delay"])
        timing.addWidget(self.delay_spin)
        timing.addWidget(self.delay_words)
        timing.addWidget(self.anchor_combo)
        timing.addStretch(1)
        timing.addWidget(self.enabled_check)
        form = QFormLayout()
        form.addRow(self.captions["title"], self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.captions["channel"], timing)
        form.addRow(self.captions["subject"], self.subject_edit)
        form.addRow("", self.subject_error)

        body_box = QVBoxLayout()
        body_box.setContentsMargins(0, 0, 0, 0)
        body_box.addWidget(self.captions["body"])
        body_box.addWidget(self.body_edit, 1)
        body_box.addWidget(self.body_error)
        vars_box = QVBoxLayout()
        vars_box.setContentsMargins(0, 0, 0, 0)
        vars_box.addWidget(self.captions["variables"])
        vars_box.addWidget(self.variables, 1)
        body_row = QWidget()
        row = QHBoxLayout(body_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(body_box, 1)
        row.addLayout(vars_box)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(body_row)
        split.addWidget(self.sample)
        split.setChildrenCollapsible(False)
        split.setSizes([300, 220])

        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.variants_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def _wire(self) -> None:
        self.title_edit.textChanged.connect(self._changed)
        self.subject_edit.textChanged.connect(self._changed)
        self.body_edit.textChanged.connect(self._changed)
        self.channel_combo.currentIndexChanged.connect(self._changed)
        self.delay_spin.valueChanged.connect(self._changed)
        self.anchor_combo.currentIndexChanged.connect(self._changed)
        self.enabled_check.toggled.connect(self._changed)
        self.variables.chosen.connect(self.insert_variable)
        self.save_button.clicked.connect(self.save)
        self.subject_edit.installEventFilter(self)
        self.body_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Remember which template field the user was in, so a variable lands there.
        if event.type() == QEvent.Type.FocusIn and (
            watched is self.subject_edit or watched is self.body_edit
        ):
            self._insert_target = watched
        return False

    # -- sample member ------------------------------------------------------------------
    def set_members(self, choices: list[tuple[int, str]]) -> None:
        self.sample.set_members(choices)

    @property
    def busy(self) -> bool:
        return self._background.busy

    # -- loading and reading back -------------------------------------------------------
    def load(self, draft: StepDraft | None, *, modified: bool = False) -> None:
        """Show ``draft``; ``modified`` marks it as holding unsaved edits."""
        self._loading = True
        self._draft = draft
        shown = draft or StepDraft(title="", template="")
        self.title_edit.setText(shown.title)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(shown.channel.value))
        self.delay_spin.setValue(shown.delay_minutes)
        self.anchor_combo.setCurrentIndex(self.anchor_combo.findData(shown.delay_anchor.value))
        self.enabled_check.setChecked(shown.enabled)
        self.subject_edit.setText(shown.subject)
        self.body_edit.setPlainText(shown.template)
        self._loading = False
        if draft is not None and draft.id is not None and not modified:
            # As the editor reads it back, so an untouched field never counts as changed.
            self._bases[(draft.id, draft.version)] = self.current_draft()
        self.setEnabled(draft is not None)
        self.title_error.clear_message()
        if draft is None or draft.id != self._saved_id:
            self._saved_id = None
            self.status.clear_message()
        self.revert_button.setEnabled(modified)
        self._check()

    def step_id(self) -> int | None:
        return self._draft.id if self._draft else None

    def current_draft(self) -> StepDraft:
        base = self._draft or StepDraft(title="", template="")
        return StepDraft(
            id=base.id,
            journey_id=base.journey_id,
            position=base.position,
            kind=base.kind,
            title=self.title_edit.text(),
            template=self.body_edit.toPlainText(),
            subject=self.subject_edit.text(),
            channel=StepChannel(self.channel_combo.currentData()),
            delay_minutes=self.delay_spin.value(),
            delay_anchor=DelayAnchor(self.anchor_combo.currentData()),
            enabled=self.enabled_check.isChecked(),
            version=base.version,  # as read: saving over a newer one opens the compare dialog
        )

    def field_labels(self) -> dict[str, str]:
        """The compare dialog's names for the draft's fields: the editor's own captions."""
        return {
            "title": self.captions["title"].text(),
            "template": self.captions["body"].text(),
            "subject": self.captions["subject"].text(),
            "channel": self.captions["channel"].text(),
            "delay_minutes": self.captions["delay"].text(),
            "delay_anchor": self.captions["delay"].text(),
            "enabled": self.enabled_check.text(),
        }

    # -- live checks and preview --------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._saved_id = None
        self.status.clear_message()
        self.revert_button.setEnabled(True)
        self._check()
        self.edited.emit()

    def _check(self) -> bool:
        body = self.body_edit.toPlainText()
        subject = self.subject_edit.text()
        body_problems = tpl.check(body)
        subject_problems = [
            p for p in tpl.check(subject) if p.kind != tpl.TemplateProblemKind.EMPTY
        ]
        if body_problems:
            self.body_error.show_error(problems_text(body_problems, body))
        else:
            self.body_error.clear_message()
        if subject_problems:
            self.subject_error.show_error(problems_text(subject_problems, subject))
        else:
            self.subject_error.clear_message()
        if self.title_edit.text().strip():
            self.title_error.clear_message()
        self.update_preview()
        return not body_problems and not subject_problems

    def update_preview(self) -> None:
        self.sample.show_texts(self.subject_edit.text(), self.body_edit.toPlainText())

    def preview_text(self) -> str:
        return self.sample.text()

    # -- actions ------------------------------------------------------------------------
    def insert_variable(self, name: str) -> None:
        text = "{" + name + "}"
        if self._insert_target is self.subject_edit:
            self.subject_edit.insert(text)
            self.subject_edit.setFocus()
        else:
            self.body_edit.textCursor().insertText(text)
            self.body_edit.setFocus()

    def save(self) -> bool:
        """Save through the service off the UI thread; False when refused at once (no title,
        template problems). ``saved`` follows once it is written."""
        if self._draft is None:
            return False
        draft = self.current_draft()
        if not draft.title.strip():
            self.title_error.show_error(self.tr("A step needs a title."))
            return False
        refused = _refused_field(draft)
        if refused is not None:
            self._refused(refused)
            return False
        base = self._bases.get((draft.id, draft.version)) if draft.id is not None else None
        self._write(draft, base)
        return True

    def _write(self, draft: StepDraft, base: StepDraft | None) -> None:
        service = self.service
        self._background.change(
            lambda: save_merging(service.save_step, draft, base),
            lambda saved: self._saved(draft, saved),
            lambda exc: self._save_failed(exc, draft),
        )

    def _resolve(self, conflict: EditConflict, mine: StepDraft) -> None:
        """A teammate changed a field this operator changed too: compare, then save the
        choice over theirs (a teammate only changing other fields never gets here)."""
        chosen = resolve_conflict(
            conflict, mine, self.field_labels(), self, {"delay_minutes": duration_text}
        )
        if chosen is not None:
            self._write(chosen, conflict.theirs)
            return
        self.load(conflict.theirs)  # their copy stays: show it, and drop the unsaved mark
        self.saved.emit(conflict.row_id)

    def _saved(self, draft: StepDraft, saved: Saved) -> None:
        step_id = saved.row_id
        draft.id = step_id
        self._saved_id = None
        self.load(draft)
        self._saved_id = step_id
        notice = merge_notice(saved, self.field_labels())
        if notice:
            announce_merge(self, notice)
        self.status.show_info(notice or self.tr("Saved."))
        self.saved.emit(step_id)  # the tab reads the step back from the database

    def _save_failed(self, exc: BaseException, draft: StepDraft) -> None:
        if isinstance(exc, EditConflict):
            self._resolve(exc, draft)
        elif isinstance(exc, TemplateRejected):
            self._refused(exc.field_name)
        elif isinstance(exc, KeyError):
            self.status.show_error(self.tr("Not saved: this step was deleted meanwhile."))
        else:
            self.status.show_error(self.tr("Not saved: %1").replace("%1", str(exc)))

    def _refused(self, field_name: str) -> None:
        self._check()  # the messages under the fields name each problem
        field = self.tr("subject") if field_name == "subject" else self.tr("message")
        self.status.show_error(
            self.tr("Not saved: the %1 template has problems.").replace("%1", field)
        )


def _refused_field(draft: StepDraft) -> str | None:
    """The field the service would refuse (``TemplateService.save_step`` checks the same)."""
    if tpl.check(draft.template):
        return "template"
    subject = [p for p in tpl.check(draft.subject) if p.kind != tpl.TemplateProblemKind.EMPTY]
    return "subject" if subject else None
