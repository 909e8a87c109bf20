"""The member profile panel (view only): editable profile fields and read-only status.

The tab's controller loads a MemberProfile, reads ``draft()`` back and passes the
problems MemberService.validate found to ``show_problems``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import DmFrequency, Lifecycle
from desktop.domain.members.contacts import split_tags
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.services.members import MemberDraft, MemberProfile
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.widgets import OptionalDateEdit, scroll_column, text_box
from desktop.ui.members.labels import (
    activity_explanation,
    dm_frequency_label,
    lifecycle_label,
    problem_text,
    role_label,
)


def _with_message(field: QWidget, message: InlineMessage) -> QWidget:
    # Field and message share one form row: a wrapped label in a row of its own is squeezed.
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.addWidget(field)
    column.addWidget(message)
    return box


class MemberProfilePanel(QWidget):
    edited = Signal()
    save_requested = Signal()
    revert_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._version: int | None = None
        self._title_name: str | None = None  # None: a new member
        self._problems: dict[str, str] = {}
        self._revealed: set[str] = set()  # fields whose problems may be shown already

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("memberName")
        self.name_edit.setMaxLength(80)
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("memberEmail")
        self.email_edit.setMaxLength(255)
        self.phone_edit = QLineEdit()
        self.phone_edit.setMaxLength(40)
        self.wechat_edit = QLineEdit()
        self.wechat_edit.setMaxLength(255)
        self.tags_edit = QLineEdit()
        self.birthday = OptionalDateEdit(popup_page=lambda: date(1990, 1, 1))
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(80)
        self.frequency_combo = QComboBox()
        # Sized to its text again after a language change, not to the first language's.
        self.frequency_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for f in DmFrequency:
            self.frequency_combo.addItem("", str(f))
        self.notes_edit = text_box(3)
        self.messages = {
            "name": InlineMessage(),
            "email": InlineMessage(),
            "phone": InlineMessage(),
        }
        for key, message in self.messages.items():
            message.setObjectName(f"member_{key}_message")

        self.profile_box = QGroupBox()
        form = QFormLayout(self.profile_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.labels = {key: QLabel() for key in (
            "name", "email", "phone", "wechat", "tags", "birthday", "source", "frequency", "notes"
        )}  # fmt: skip
        form.addRow(self.labels["name"], _with_message(self.name_edit, self.messages["name"]))
        form.addRow(self.labels["email"], _with_message(self.email_edit, self.messages["email"]))
        form.addRow(self.labels["phone"], _with_message(self.phone_edit, self.messages["phone"]))
        form.addRow(self.labels["wechat"], self.wechat_edit)
        form.addRow(self.labels["tags"], self.tags_edit)
        form.addRow(self.labels["birthday"], self.birthday)
        form.addRow(self.labels["source"], self.source_edit)
        form.addRow(self.labels["frequency"], self.frequency_combo)
        form.addRow(self.labels["notes"], self.notes_edit)

        self.lifecycle_value = QLabel()
        self.lifecycle_value.setObjectName("memberLifecycle")
        self._lifecycle: Lifecycle | None = None  # shown, named again on a language change
        self.activity_value = QLabel()
        self.activity_value.setObjectName("memberActivity")
        self.lifecycle_rules = LifecycleRules()  # the community's, for the tooltip
        self.tz: str | None = None  # the workspace's time zone, for dates
        self.groups_tree = QTreeWidget()
        self.groups_tree.setObjectName("memberGroups")
        self.groups_tree.setColumnCount(2)
        self.groups_tree.setRootIsDecorated(False)
        self.groups_tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.groups_tree.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.groups_tree.setFixedHeight(self.groups_tree.fontMetrics().lineSpacing() * 7)
        self.status_box = QGroupBox()
        status = QFormLayout(self.status_box)
        status.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.lifecycle_label = QLabel()
        self.activity_label = QLabel()
        self.groups_label = QLabel()
        status.addRow(self.lifecycle_label, self.lifecycle_value)
        status.addRow(self.activity_label, self.activity_value)
        status.addRow(self.groups_label, self.groups_tree)

        self.scroll_area = scroll_column(self.profile_box, self.status_box)

        self.form_message = InlineMessage()
        self.form_message.setObjectName("memberFormMessage")
        self.save_button = QPushButton()
        self.save_button.setObjectName("memberSave")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(buttons)

        for signal in (
            self.name_edit.textChanged,
            self.email_edit.textChanged,
            self.phone_edit.textChanged,
            self.wechat_edit.textChanged,
            self.tags_edit.textChanged,
            self.birthday.changed,
            self.source_edit.textChanged,
            self.frequency_combo.currentIndexChanged,
            self.notes_edit.textChanged,
        ):
            signal.connect(self._on_edited)
        # Half-typed addresses are not errors yet: a field's problem shows once it is left.
        self.name_edit.editingFinished.connect(lambda: self._reveal("name"))
        self.email_edit.editingFinished.connect(lambda: self._reveal("email"))
        self.phone_edit.editingFinished.connect(lambda: self._reveal("phone"))
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.retranslate()

    # -- what the controller calls ---------------------------------------------------------
    def set_profile(self, profile: MemberProfile | None) -> None:
        """Show a stored member, or an empty form for a new one (``None``)."""
        draft = profile.draft if profile else MemberDraft(name="")
        self._version = draft.version  # sent back on save: a newer one means a conflict
        self._loading = True
        try:
            self.name_edit.setText(draft.name)
            self.email_edit.setText(draft.email)
            self.phone_edit.setText(draft.phone)
            self.wechat_edit.setText(draft.wechat)
            self.tags_edit.setText(", ".join(draft.tags))
            self.birthday.set_value(draft.birthday)
            self.source_edit.setText(draft.source)
            self.frequency_combo.setCurrentIndex(
                self.frequency_combo.findData(str(draft.dm_frequency))
            )
            self.notes_edit.setPlainText(draft.notes)
        finally:
            self._loading = False
        self._revealed.clear()
        self.show_problems({})
        self.form_message.clear_message()
        self.groups_tree.clear()
        if profile is None:
            self._lifecycle = None
            self.lifecycle_value.setText("—")
            self.activity_value.setText("—")
            self.lifecycle_value.setToolTip("")
            self.activity_value.setToolTip("")
        else:
            why = activity_explanation(
                profile.activity_score, profile.last_interaction, self.lifecycle_rules, self.tz
            )
            self.lifecycle_value.setToolTip(why)
            self.activity_value.setToolTip(why)
            self._lifecycle = profile.lifecycle
            self.lifecycle_value.setText(lifecycle_label(profile.lifecycle))
            self.activity_value.setText(
                self.tr("%1 / 100").replace("%1", str(profile.activity_score))
            )
            for g in profile.groups:
                self.groups_tree.addTopLevelItem(
                    QTreeWidgetItem([g.group_name, role_label(g.role)])
                )
            self.groups_tree.resizeColumnToContents(0)
        self._title_name = draft.name if profile else None
        self._update_title()
        self.scroll_area.verticalScrollBar().setValue(0)

    def draft(self, member_id: int | None) -> MemberDraft:
        return MemberDraft(
            id=member_id,
            name=self.name_edit.text().strip(),
            email=self.email_edit.text().strip(),
            phone=self.phone_edit.text().strip(),
            wechat=self.wechat_edit.text().strip(),
            tags=split_tags(self.tags_edit.text()),
            birthday=self.birthday.value(),
            source=self.source_edit.text().strip(),
            notes=self.notes_edit.toPlainText(),
            dm_frequency=DmFrequency(self.frequency_combo.currentData()),
            version=self._version if member_id is not None else None,
        )

    def field_labels(self) -> dict[str, str]:
        """The compare dialog's names for the draft's fields: the form's own labels."""
        names = {key: label.text() for key, label in self.labels.items()}
        names["dm_frequency"] = names.pop("frequency")
        return names

    def show_problems(self, problems: dict[str, str], *, reveal_all: bool = False) -> None:
        self._problems = dict(problems)
        if reveal_all:
            self._revealed.update(self.messages)
        for field, message in self.messages.items():
            code = problems.get(field)
            if code and field in self._revealed:
                message.show_error(problem_text(field, code))
            else:
                message.clear_message()
        if reveal_all and problems:
            self.form_message.show_error(self.tr("Fix the marked fields to save the member."))
        elif not problems:
            self.form_message.clear_message()

    def set_save_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)
        self.revert_button.setEnabled(enabled)

    def show_saved(self, text: str) -> None:
        self.form_message.setStyleSheet("QLabel { color: #2e7d32; }")
        self.form_message.setText(text)
        self.form_message.show()

    # -- internals -------------------------------------------------------------------------
    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _reveal(self, field: str) -> None:
        self._revealed.add(field)
        self.show_problems(self._problems)

    def _update_title(self) -> None:
        self.title.setText(self._title_name or self.tr("New member"))

    def retranslate(self) -> None:
        self.profile_box.setTitle(self.tr("Profile"))
        self.status_box.setTitle(self.tr("Status"))
        texts = {
            "name": self.tr("Name"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "wechat": self.tr("WeChat ID"),
            "tags": self.tr("Tags"),
            "birthday": self.tr("Birthday"),
            "source": self.tr("Source"),
            "frequency": self.tr("DM frequency"),
            "notes": self.tr("Notes"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.tags_edit.setPlaceholderText(
            self.tr("Separate with commas, e.g. latte art, pour-over")
        )
        self.source_edit.setPlaceholderText(self.tr("e.g. store QR code, friend referral"))
        self.birthday.set_texts(self.tr("Not set"), self.tr("Clear the date"))
        self.frequency_combo.setToolTip(self.tr("How often the member agreed to receive DMs"))
        for i in range(self.frequency_combo.count()):
            value = DmFrequency(self.frequency_combo.itemData(i))
            self.frequency_combo.setItemText(i, dm_frequency_label(value))
        self.lifecycle_label.setText(self.tr("Lifecycle"))
        if self._lifecycle is not None:
            self.lifecycle_value.setText(lifecycle_label(self._lifecycle))
        self.activity_label.setText(self.tr("Activity score"))
        self.groups_label.setText(self.tr("Groups"))
        self.groups_tree.setHeaderLabels([self.tr("Group"), self.tr("Role")])
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self._update_title()
        self.show_problems(self._problems)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
