"""Variants of one welcome step (W9): per-channel versions and A/B versions.

A variant is another version of the step's subject and message: for one channel (e.g. a
shorter text for the group channel) and/or for side A or B of a random split. Each is
checked as you type like the main template, with the position of a problem, and the
journey editor refuses to save one with an unknown variable or a syntax error.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import templates as tpl
from desktop.domain.enums import StepChannel
from desktop.domain.welcome.render import WELCOME_VARIABLES, StepProblem
from desktop.services.welcome import JourneyEditor, VariantRejected, VariantRow
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.templates.highlighter import TemplateHighlighter
from desktop.ui.templates.labels import channel_label, problems_text
from desktop.ui.templates.step_editor import StatusMessage

ID_ROLE = Qt.ItemDataRole.UserRole
LABELS = ("", "A", "B")


class VariantDialog(QDialog):
    """List, add, edit and delete the variants of one step."""

    def __init__(
        self, editor: JourneyEditor, step_id: int, step_title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("variantDialog")
        self.editor = editor
        self.step_id = step_id
        self.step_title = step_title
        self._editing: int | None = None  # the variant shown in the form (None: a new one)
        self._rows: list[VariantRow] = []  # as last read
        self._background = Background(self)

        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.variant_list = QListWidget()
        self.variant_list.setObjectName("variantList")
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.label_combo = QComboBox()
        self.label_combo.setObjectName("variantLabel")
        for label in LABELS:
            self.label_combo.addItem("", label)
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("variantChannel")
        for channel in StepChannel:
            self.channel_combo.addItem("", channel.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("variantSubject")
        self.subject_error = InlineMessage()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("variantBody")
        self.highlighter = TemplateHighlighter(self.body_edit.document())
        self.body_error = InlineMessage()
        self.body_error.setObjectName("variantProblems")
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.close_button = QPushButton()
        self.status = StatusMessage()
        self.form_labels = {key: QLabel() for key in ("label", "channel", "subject", "body")}

        self._layout()
        self.variant_list.currentItemChanged.connect(lambda *_: self._show_current())
        self.new_button.clicked.connect(self.start_new)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        self.subject_edit.textChanged.connect(self._check)
        self.body_edit.textChanged.connect(self._check)
        self.retranslate()
        self.reload()
        self.resize(720, 560)

    def _layout(self) -> None:
        list_box = QVBoxLayout()
        list_box.addWidget(self.variant_list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_box.addLayout(list_buttons)

        form = QFormLayout()
        form.addRow(self.form_labels["label"], self.label_combo)
        form.addRow(self.form_labels["channel"], self.channel_combo)
        form.addRow(self.form_labels["subject"], self.subject_edit)
        form.addRow("", self.subject_error)
        form_box = QVBoxLayout()
        form_box.addLayout(form)
        form_box.addWidget(self.form_labels["body"])
        form_box.addWidget(self.body_edit, 1)
        form_box.addWidget(self.body_error)

        middle = QHBoxLayout()
        middle.addLayout(list_box, 2)
        middle.addLayout(form_box, 3)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addLayout(middle, 1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Variants of %1").replace("%1", self.step_title))
        self.caption.setText(
            self.tr(
                "Another version of this step: for one channel (e.g. a shorter text in the "
                "group), or side A or B of a random split compared in the funnel."
            )
        )
        names = {"": self.tr("No A/B side"), "A": self.tr("A"), "B": self.tr("B")}
        for i in range(self.label_combo.count()):
            self.label_combo.setItemText(i, names[str(self.label_combo.itemData(i))])
        for i in range(self.channel_combo.count()):
            self.channel_combo.setItemText(
                i, channel_label(StepChannel(self.channel_combo.itemData(i)))
            )
        self.form_labels["label"].setText(self.tr("A/B side"))
        self.form_labels["channel"].setText(self.tr("Channel"))
        self.form_labels["subject"].setText(self.tr("Subject"))
        self.form_labels["body"].setText(self.tr("Message template"))
        self.subject_edit.setPlaceholderText(self.tr("Email subject (may use variables)"))
        self.body_edit.setPlaceholderText(self.tr("Hello {name}, welcome to {group}!"))
        self.new_button.setText(self.tr("New variant"))
        self.delete_button.setText(self.tr("Delete"))
        self.save_button.setText(self.tr("Save variant"))
        self.close_button.setText(self.tr("Close"))
        if self.variant_list.count():
            self._show_rows(self._rows, self._editing)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the list -----------------------------------------------------------------------
    def _row_text(self, row: VariantRow) -> str:
        side = self.tr("Side %1").replace("%1", row.label) if row.label else self.tr("No A/B side")
        first = (row.subject or row.template).strip().split("\n")[0][:40]
        return f"{side} · {channel_label(row.channel)}\n{first}"

    @property
    def busy(self) -> bool:
        return self._background.busy

    def reload(self, select: int | None = None, status: str = "") -> None:
        """Read the variants off the UI thread, then show them with ``select`` chosen and
        ``status`` (what was just done) under the form."""
        editor, step_id = self.editor, self.step_id
        self._background.read(
            lambda: editor.variants(step_id),
            lambda rows: self._show_rows(rows, select, status),
            self._failed,
        )

    def _show_rows(self, rows: list[VariantRow], select: int | None, status: str = "") -> None:
        self._rows = rows
        self.variant_list.blockSignals(True)
        self.variant_list.clear()
        for row in rows:
            item = QListWidgetItem(self._row_text(row), self.variant_list)
            item.setData(ID_ROLE, row.id)
            if row.id == select:
                self.variant_list.setCurrentItem(item)
        self.variant_list.blockSignals(False)
        if self.variant_list.currentItem() is not None:
            self._show_current()
        elif self.variant_list.count():
            self.variant_list.setCurrentRow(0)
        else:
            self.start_new()
        if status:
            self.status.show_info(status)

    def variant_ids(self) -> list[int]:
        return [
            int(self.variant_list.item(i).data(ID_ROLE)) for i in range(self.variant_list.count())
        ]

    def _show_current(self) -> None:
        item = self.variant_list.currentItem()
        if item is None:
            return
        variant_id = int(item.data(ID_ROLE))
        row = next((r for r in self._rows if r.id == variant_id), None)
        if row is None:
            return
        self._editing = variant_id
        self._fill(row.label, row.channel, row.subject, row.template)
        self.delete_button.setEnabled(True)

    def _fill(self, label: str, channel: StepChannel, subject: str, template: str) -> None:
        self.label_combo.setCurrentIndex(max(0, self.label_combo.findData(label)))
        self.channel_combo.setCurrentIndex(max(0, self.channel_combo.findData(channel.value)))
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(template)
        self.status.clear_message()
        self._check()

    def start_new(self) -> None:
        """Empty the form for a new variant (nothing is written until Save)."""
        self._editing = None
        self.variant_list.blockSignals(True)
        self.variant_list.setCurrentRow(-1)
        self.variant_list.blockSignals(False)
        self._fill("", StepChannel.EMAIL, "", "")
        self.delete_button.setEnabled(False)
        self.body_edit.setFocus()

    # -- checks and saving ---------------------------------------------------------------
    def _check(self) -> bool:
        body, subject = self.body_edit.toPlainText(), self.subject_edit.text()
        body_problems = tpl.check(body, WELCOME_VARIABLES)
        subject_problems = [
            p
            for p in tpl.check(subject, WELCOME_VARIABLES)
            if p.kind != tpl.TemplateProblemKind.EMPTY
        ]
        if body_problems:
            self.body_error.show_error(problems_text(body_problems, body))
        else:
            self.body_error.clear_message()
        if subject_problems:
            self.subject_error.show_error(problems_text(subject_problems, subject))
        else:
            self.subject_error.clear_message()
        return not body_problems and not subject_problems

    def _refused_text(self, problem: StepProblem) -> str:
        field = self.tr("subject") if problem.field == "subject" else self.tr("message")
        try:
            kind = tpl.TemplateProblemKind(problem.reason)
        except ValueError:
            return (
                self.tr("Not saved: the %1 template cannot be rendered (%2).")
                .replace("%1", field)
                .replace("%2", problem.reason)
            )
        source = (
            self.subject_edit.text() if problem.field == "subject" else self.body_edit.toPlainText()
        )
        detail = problems_text(
            [tpl.TemplateProblem(kind, problem.start, problem.end, problem.text)], source
        )
        return self.tr("Not saved: the %1 template has problems.").replace("%1", field) + (
            "\n" + detail
        )

    def save(self) -> None:
        """Save the form through the journey editor, off the UI thread."""
        self._check()
        editor, step_id, editing = self.editor, self.step_id, self._editing
        label, channel = str(self.label_combo.currentData()), self.channel_combo.currentData()
        subject, template = self.subject_edit.text(), self.body_edit.toPlainText()
        self._background.change(
            lambda: editor.save_variant(
                step_id,
                label=label,
                channel=StepChannel(channel),
                subject=subject,
                template=template,
                variant_id=editing,
            ),
            self._saved,
            self._failed,
        )

    def _saved(self, variant_id: int) -> None:
        self.reload(variant_id, self.tr("Saved."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, VariantRejected):
            self.status.show_error(self._refused_text(exc.problems[0]))
        elif isinstance(exc, KeyError):
            self.status.show_error(self.tr("Not saved: this step or variant was deleted."))
        else:
            self.status.show_error(self.tr("This did not work: %1").replace("%1", str(exc)))

    def delete_current(self) -> None:
        if self._editing is None:
            return
        editor, variant_id = self.editor, self._editing
        self._background.change(
            lambda: editor.delete_variant(variant_id), self._deleted, self._failed
        )

    def _deleted(self, _result: object) -> None:
        self._editing = None
        self.reload(status=self.tr("Deleted."))
