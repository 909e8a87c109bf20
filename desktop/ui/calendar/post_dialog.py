"""Create or edit one post: title, body (with emoji), content type, attachments, target
groups (or a whole group set), date and time, weekly recurrence, and a preview per channel.

Opened with ``open()`` (never ``exec()``) so it cannot nest an event loop under qasync;
the tab learns about a save through ``saved``. Nothing is written until the form is valid.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ContentType, PostStatus
from desktop.services.calendar import CalendarService, PostDraft, PostValidationError, merged
from desktop.services.live import EditConflict, Saved, save_merging
from desktop.ui.calendar.labels import over_cap_text, status_label, type_icon, type_label
from desktop.ui.calendar.post_extras import (
    AttachmentEditor,
    PreviewPane,
    RecurrenceEditor,
    emoji_button,
)
from desktop.ui.common.forms import InlineMessage
from desktop.ui.robots.preview import PreviewFn, RobotPreviewView

if TYPE_CHECKING:
    from desktop.services.calendar import GroupSetInfo
    from desktop.ui.common.background import Background

TITLE_MAX = 200  # the posts.title column


class PostDialog(QDialog):
    saved = Signal(int)  # post id

    def __init__(
        self,
        service: CalendarService,
        tz: tzinfo,
        draft: PostDraft,
        status: PostStatus | None = None,
        parent: QWidget | None = None,
        group_sets: Sequence[GroupSetInfo] = (),
        background: Background | None = None,
        groups: Sequence[tuple[int, str]] | None = None,
        robot_preview: PreviewFn | None = None,
    ) -> None:
        """``groups`` are the target choices (read by the caller off the UI thread); when
        None, the service is asked here."""
        super().__init__(parent)
        self.service = service
        self._background = background  # saves off the UI thread when given
        self.tz = tz
        self.draft = draft
        self._saving = draft  # the copy being written (a conflict is resolved against it)
        self._base: PostDraft | None = None  # the post as the form first showed it
        self.setObjectName("postDialog")
        self.setWindowTitle(self.tr("New post") if draft.id is None else self.tr("Edit post"))
        self.setMinimumWidth(640)

        self.title_edit = QLineEdit(draft.title)
        self.title_edit.setMaxLength(TITLE_MAX)
        self.title_edit.setPlaceholderText(self.tr("What the group will see first"))
        self.title_error = InlineMessage()
        self.body_edit = QPlainTextEdit(draft.body)
        self.body_edit.setPlaceholderText(self.tr("The message text"))
        self.body_edit.setMinimumHeight(110)
        self.type_combo = QComboBox()
        for content_type in ContentType:
            self.type_combo.addItem(
                type_icon(content_type), type_label(content_type), content_type.value
            )
        self.type_combo.setCurrentIndex(self.type_combo.findData(draft.content_type.value))

        self.targets = QListWidget()
        self.targets.setObjectName("targetGroups")
        self.targets.setMinimumHeight(120)
        if groups is None:
            groups = service.group_choices(include=draft.target_ids)
        for group_id, name in groups:
            item = QListWidgetItem(name, self.targets)
            item.setData(Qt.ItemDataRole.UserRole, group_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = group_id in draft.target_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.targets_note = InlineMessage()
        self.targets.itemChanged.connect(self._check_targets)

        self.set_combo = QComboBox()
        self.set_combo.setObjectName("groupSetPicker")
        self.set_combo.addItem(self.tr("Check a group set…"), None)
        for info in group_sets:
            self.set_combo.addItem(info.name, list(info.group_ids))
        self.set_combo.activated.connect(self._check_set)
        self.set_combo.setVisible(self.set_combo.count() > 1)

        when = draft.when or datetime.now(tz)
        self.date_edit = QDateEdit(QDate(when.year, when.month, when.day))
        self.date_edit.setCalendarPopup(True)
        self.time_edit = QTimeEdit(QTime(when.hour, when.minute))
        self.time_edit.setDisplayFormat("HH:mm")
        self.when_note = InlineMessage()
        when_row = QHBoxLayout()
        when_row.addWidget(self.date_edit, 1)
        when_row.addWidget(self.time_edit)
        self.date_edit.dateChanged.connect(self._check_when)
        self.time_edit.timeChanged.connect(self._check_when)

        self.attachments = AttachmentEditor(draft.attachments)
        self.recurrence = RecurrenceEditor(draft.recurrence, when.date())
        self.preview = PreviewPane()
        self.robot_preview: RobotPreviewView | None = None
        if robot_preview is not None:
            self.robot_preview = RobotPreviewView(robot_preview, background)
            self.preview.addTab(self.robot_preview, self.tr("Group robot"))
        self.emoji = emoji_button(self.body_edit, self)
        body_row = QVBoxLayout()
        body_row.addWidget(self.body_edit)
        body_row.addWidget(self.emoji, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow("", self.title_error)
        form.addRow(self.tr("Content type"), self.type_combo)
        form.addRow(self.tr("Date and time"), when_row)
        form.addRow("", self.when_note)
        form.addRow(self.tr("Repeat"), self.recurrence)
        if status is not None:
            form.addRow(self.tr("State"), QLabel(status_label(status)))
        form.addRow(self.tr("Target groups"), self.targets)
        form.addRow("", self.set_combo)
        form.addRow("", self.targets_note)
        form.addRow(self.tr("Body"), body_row)
        form.addRow(self.tr("Attachments"), self.attachments)
        form.addRow(self.tr("Preview"), self.preview)
        self.form_error = InlineMessage()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        self.title_edit.textEdited.connect(self._check_title)
        self.title_edit.textChanged.connect(self._update_preview)
        self.body_edit.textChanged.connect(self._update_preview)
        self.attachments.changed.connect(self._update_preview)
        self._update_preview()
        self._check_targets()
        self._check_when()
        if draft.id is not None:
            # Read back from the form, so a field the operator did not touch never counts
            # as changed when a teammate's newer save is merged against it. The form has
            # no "no time": a backlog post's shown time is a placeholder, not the stored one.
            shown = self.form_draft()
            self._base = shown if draft.when else replace(shown, when=None)

    # -- validation ---------------------------------------------------------------------
    def _check_title(self) -> bool:
        if self.title_edit.text().strip():
            self.title_error.clear_message()
            return True
        self.title_error.show_error(self.tr("A post needs a title."))
        return False

    def _check_targets(self) -> None:
        if self.robot_preview is not None:
            self._update_preview()  # another group, maybe another robot
        if self.checked_group_ids():
            self.targets_note.clear_message()
        else:
            self.targets_note.show_warning(
                self.tr("No target group is checked: the post will not be sent anywhere.")
            )

    def _check_when(self) -> None:
        if self.when() < datetime.now(self.tz):
            self.when_note.show_warning(self.tr("This time is already in the past."))
        else:
            self.when_note.clear_message()

    def _check_set(self, index: int) -> None:
        ids = self.set_combo.itemData(index)
        for group_id in ids or []:
            self.set_group_checked(group_id)
        self.set_combo.setCurrentIndex(0)

    def _update_preview(self) -> None:
        self.preview.show_post(
            self.title_edit.text(), self.body_edit.toPlainText(), self.attachments.refs()
        )
        if self.robot_preview is not None:
            self.robot_preview.show_post(
                self.checked_group_ids(),
                self.title_edit.text(),
                self.body_edit.toPlainText(),
                self.attachments.refs(),
            )

    # -- values -------------------------------------------------------------------------
    def checked_group_ids(self) -> list[int]:
        ids: list[int] = []
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return ids

    def set_group_checked(self, group_id: int, checked: bool = True) -> None:
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == group_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def when(self) -> datetime:
        """The chosen moment in the workspace time zone (not the computer's): built from
        the wall-clock fields directly, since a QDateTime in local time would move a time
        that the computer's zone skips (a DST gap) though the workspace's does not."""
        day, at = self.date_edit.date(), self.time_edit.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute(), tzinfo=self.tz)

    def save(self) -> None:
        self.form_error.clear_message()
        if not self._check_title():
            self.title_edit.setFocus()
            return
        self._write(self.form_draft(), self._base)

    def form_draft(self) -> PostDraft:
        """The post as the form holds it now."""
        return PostDraft(
            id=self.draft.id,
            title=self.title_edit.text(),
            body=self.body_edit.toPlainText(),
            content_type=ContentType(self.type_combo.currentData()),
            when=self.when(),
            target_ids=self.checked_group_ids(),
            attachments=self.attachments.refs(),
            recurrence=self.recurrence.value(),
            material_id=self.draft.material_id,
            version=self.draft.version,
        )

    def _write(self, draft: PostDraft, base: PostDraft | None) -> None:
        self._saving = draft
        service = self.service

        def write() -> Saved:
            return save_merging(service.save, draft, base, merge=merged)

        if self._background is None:
            try:
                saved = write()
            except (PostValidationError, KeyError, EditConflict) as exc:
                self._save_failed(exc)
                return
            self._saved(draft, saved)
            return
        self.buttons.setEnabled(False)  # one save at a time
        self._background.change(write, lambda saved: self._saved(draft, saved), self._save_failed)

    def field_labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Title"),
            "body": self.tr("Text"),
            "content_type": self.tr("Type"),
            "when": self.tr("When"),
            "targets": self.tr("Groups"),
            "attachments": self.tr("Attachments"),
            "recurrence": self.tr("Repeats"),
        }

    def _resolve(self, conflict: EditConflict, mine: PostDraft) -> None:
        """A teammate changed a field this operator changed too: compare, then save the
        choice over theirs (a teammate only changing other fields never gets here)."""
        from desktop.ui.compare_dialog import resolve_conflict

        chosen = resolve_conflict(conflict, mine, self.field_labels(), self, merge=merged)
        if chosen is None:
            self.reject()  # their copy stays; the week shows it once the change arrives
            return
        self._write(chosen, conflict.theirs)

    def _save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, EditConflict):
            self._resolve(exc, self._saving)
        elif isinstance(exc, PostValidationError) and "title" in exc.problems:
            self.title_error.show_error(self.tr("A post needs a title."))
        elif isinstance(exc, PostValidationError) and "recurrence" in exc.problems:
            self.form_error.show_error(self.tr("The repetition must end after the first day."))
        elif isinstance(exc, PostValidationError) and exc.over_cap is not None:
            self.form_error.show_error(over_cap_text(exc.over_cap, saving=True))
        elif isinstance(exc, KeyError):
            self.form_error.show_error(self.tr("This post was deleted meanwhile."))
        else:
            self.form_error.show_error(
                self.tr("The post could not be saved: %1").replace("%1", str(exc))
            )

    def _saved(self, draft: PostDraft, saved: Saved) -> None:
        from desktop.ui.compare_dialog import announce_merge, merge_notice

        self.buttons.setEnabled(True)
        self.draft = draft
        self.draft.id = saved.row_id
        notice = merge_notice(saved, self.field_labels())
        if notice:  # the dialog closes: the window's status bar says what was merged
            announce_merge(self, notice)
        self.saved.emit(saved.row_id)
        self.accept()
