"""The group detail form (view only): lays out the fields and shows what it is told.

The tab's controller reads ``draft()``, validates through GroupService and hands the
result back with ``show_check`` / ``show_capacity``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import GroupType, Platform
from desktop.domain.groups.capacity import PLATFORM_CAPS, CapacityCheck
from desktop.domain.groups.naming import MAX_NAME_CHARS
from desktop.services.groups import DraftCheck, GroupDraft
from desktop.ui.common.forms import ERROR_STYLE, InlineMessage
from desktop.ui.common.widgets import OptionalDateEdit, scroll_column, text_box
from desktop.ui.groups.labels import (
    ARCHIVE_AFTER_DAYS,
    campaign_reminder,
    capacity_advice,
    group_type_label,
    name_errors,
    name_hint,
    name_placeholder,
    name_warnings,
    platform_label,
    purpose_presets,
)

_MUTED_STYLE = "QLabel { color: palette(mid); }"


class GroupForm(QWidget):
    edited = Signal()
    save_requested = Signal()
    revert_requested = Signal()
    archive_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._name_touched = False
        self._archived = False
        self._version: int | None = None
        self._brand_keyword = ""
        self._title_name: str | None = None  # None: a new group

        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)

        # -- basics
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("groupName")
        self.name_counter = QLabel()
        self.name_counter.setObjectName("groupNameCounter")
        self.name_counter.setMinimumWidth(
            self.name_counter.fontMetrics().horizontalAdvance("00/00")
        )
        self.name_counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        name_row = QHBoxLayout()
        name_row.setContentsMargins(0, 0, 0, 0)
        name_row.addWidget(self.name_edit, 1)
        name_row.addWidget(self.name_counter)
        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        self.name_hint.setStyleSheet(_MUTED_STYLE)
        self.name_message = InlineMessage()
        self.name_message.setObjectName("groupNameMessage")
        # One field widget for edit, hint and message: wrapped labels in their own form rows
        # get squeezed to a narrow column.
        name_field = QWidget()
        name_column = QVBoxLayout(name_field)
        name_column.setContentsMargins(0, 0, 0, 0)
        name_column.addLayout(name_row)
        name_column.addWidget(self.name_hint)
        name_column.addWidget(self.name_message)
        self.platform_combo = QComboBox()
        for p in Platform:
            self.platform_combo.addItem("", str(p))
        self.type_combo = QComboBox()
        for t in GroupType:
            self.type_combo.addItem("", str(t))
        # Sized to their text again after a language change, not to the first language's.
        for combo in (self.platform_combo, self.type_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.end_date = OptionalDateEdit()
        self.end_message = InlineMessage()
        self.end_message.setObjectName("groupEndMessage")
        end_field = QWidget()
        end_column = QVBoxLayout(end_field)
        end_column.setContentsMargins(0, 0, 0, 0)
        end_column.addWidget(self.end_date)
        end_column.addWidget(self.end_message)
        self.basics_box = QGroupBox()
        basics = QFormLayout(self.basics_box)
        self.name_label = QLabel()
        self.platform_label = QLabel()
        self.type_label = QLabel()
        self.end_label = QLabel()
        basics.addRow(self.name_label, name_field)
        basics.addRow(self.platform_label, self.platform_combo)
        basics.addRow(self.type_label, self.type_combo)
        basics.addRow(self.end_label, end_field)

        # -- size (G4)
        self.members_value = QLabel()
        self.members_value.setObjectName("groupMembers")
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, max(PLATFORM_CAPS.values()))
        self.capacity_spin.setSingleStep(10)
        self.capacity_message = InlineMessage()
        self.capacity_message.setObjectName("groupCapacityMessage")
        capacity_field = QWidget()
        capacity_column = QVBoxLayout(capacity_field)
        capacity_column.setContentsMargins(0, 0, 0, 0)
        capacity_column.addWidget(self.capacity_spin, 0, Qt.AlignmentFlag.AlignLeft)
        capacity_column.addWidget(self.capacity_message)
        self.size_box = QGroupBox()
        size = QFormLayout(self.size_box)
        self.members_label = QLabel()
        self.capacity_label = QLabel()
        size.addRow(self.members_label, self.members_value)
        size.addRow(self.capacity_label, capacity_field)

        # -- positioning (G1)
        self.purpose_combo = QComboBox()
        self.purpose_combo.setEditable(True)
        self.purpose_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.purpose_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.audience_edit = QLineEdit()
        self.actions_edit = text_box(2)
        self.positioning_box = QGroupBox()
        positioning = QFormLayout(self.positioning_box)
        self.purpose_label = QLabel()
        self.audience_label = QLabel()
        self.actions_label = QLabel()
        positioning.addRow(self.purpose_label, self.purpose_combo)
        positioning.addRow(self.audience_label, self.audience_edit)
        positioning.addRow(self.actions_label, self.actions_edit)

        # -- rules and messages (G5, G6)
        self.rules_edit = text_box(4)
        self.red_lines_edit = text_box(2)
        self.announcement_edit = text_box(3)
        self.welcome_edit = text_box(2)
        self.messages_box = QGroupBox()
        messages = QFormLayout(self.messages_box)
        self.rules_label = QLabel()
        self.red_lines_label = QLabel()
        self.announcement_label = QLabel()
        self.welcome_label = QLabel()
        messages.addRow(self.rules_label, self.rules_edit)
        messages.addRow(self.red_lines_label, self.red_lines_edit)
        messages.addRow(self.announcement_label, self.announcement_edit)
        messages.addRow(self.welcome_label, self.welcome_edit)
        for form in (basics, size, positioning, messages):
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.scroll_area = scroll_column(
            self.basics_box, self.size_box, self.positioning_box, self.messages_box
        )

        self.form_message = InlineMessage()
        self.form_message.setObjectName("groupFormMessage")
        self.save_button = QPushButton()
        self.save_button.setObjectName("groupSave")
        self.save_button.setDefault(True)
        self.revert_button = QPushButton()
        self.archive_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.form_message)
        layout.addLayout(buttons)

        self.name_edit.textEdited.connect(self._on_name_edited)
        for signal in (
            self.name_edit.textChanged,
            self.platform_combo.currentIndexChanged,
            self.type_combo.currentIndexChanged,
            self.end_date.changed,
            self.capacity_spin.valueChanged,
            self.purpose_combo.editTextChanged,
            self.audience_edit.textChanged,
            self.actions_edit.textChanged,
            self.rules_edit.textChanged,
            self.red_lines_edit.textChanged,
            self.announcement_edit.textChanged,
            self.welcome_edit.textChanged,
        ):
            signal.connect(self._on_edited)
        self.platform_combo.currentIndexChanged.connect(self._update_capacity_limits)
        self.type_combo.currentIndexChanged.connect(self._update_end_date_enabled)
        self.save_button.clicked.connect(self.save_requested)
        self.revert_button.clicked.connect(self.revert_requested)
        self.archive_button.clicked.connect(self.archive_requested)
        self.retranslate()
        self._update_end_date_enabled()
        self._update_capacity_limits()

    # -- what the controller calls ------------------------------------------------------------
    def set_brand_keyword(self, keyword: str) -> None:
        self._brand_keyword = keyword
        self._update_name_hint()

    def set_draft(self, draft: GroupDraft, archived: bool = False) -> None:
        """Load a group, or an empty one when ``draft.id`` is None, without emitting edits."""
        self._loading = True
        try:
            self._archived = archived
            self._version = draft.version  # sent back on save: a newer one means a conflict
            self._name_touched = False
            self.name_edit.setText(draft.name)
            self.platform_combo.setCurrentIndex(self.platform_combo.findData(str(draft.platform)))
            self.type_combo.setCurrentIndex(self.type_combo.findData(str(draft.group_type)))
            self.end_date.set_value(draft.campaign_end)
            self._update_capacity_limits()
            self.capacity_spin.setValue(draft.capacity_override or 0)
            self.purpose_combo.setCurrentText(draft.purpose)
            self.audience_edit.setText(draft.audience)
            self.actions_edit.setPlainText(draft.actions)
            self.rules_edit.setPlainText(draft.rules)
            self.red_lines_edit.setPlainText(draft.red_lines)
            self.announcement_edit.setPlainText(draft.announcement)
            self.welcome_edit.setPlainText(draft.welcome_message)
        finally:
            self._loading = False
        self._update_end_date_enabled()
        self._title_name = draft.name if draft.id is not None else None
        self._update_title()
        self.scroll_area.verticalScrollBar().setValue(0)

    def draft(self, group_id: int | None) -> GroupDraft:
        group_type = GroupType(self.type_combo.currentData())
        return GroupDraft(
            id=group_id,
            name=self.name_edit.text(),
            platform=Platform(self.platform_combo.currentData()),
            group_type=group_type,
            campaign_end=self.end_date.value() if group_type == GroupType.CAMPAIGN else None,
            capacity_override=self.capacity_spin.value() or None,
            purpose=self.purpose_combo.currentText().strip(),
            audience=self.audience_edit.text().strip(),
            actions=self.actions_edit.toPlainText(),
            rules=self.rules_edit.toPlainText(),
            red_lines=self.red_lines_edit.toPlainText(),
            announcement=self.announcement_edit.toPlainText(),
            welcome_message=self.welcome_edit.toPlainText(),
            version=self._version if group_id is not None else None,
        )

    def field_labels(self) -> dict[str, str]:
        """The compare dialog's names for the draft's fields: the form's own labels."""
        return {
            "name": self.name_label.text(),
            "platform": self.platform_label.text(),
            "group_type": self.type_label.text(),
            "campaign_end": self.end_label.text(),
            "capacity_override": self.capacity_label.text(),
            "purpose": self.purpose_label.text(),
            "audience": self.audience_label.text(),
            "actions": self.actions_label.text(),
            "rules": self.rules_label.text(),
            "red_lines": self.red_lines_label.text(),
            "announcement": self.announcement_label.text(),
            "welcome_message": self.welcome_label.text(),
        }

    def show_check(self, check: DraftCheck, *, force: bool = False) -> None:
        """Show the validation result; an empty name is only flagged once the user typed."""
        name = check.name
        self.name_counter.setText(f"{name.length}/{MAX_NAME_CHARS}")
        self.name_counter.setStyleSheet(ERROR_STYLE if name.length > MAX_NAME_CHARS else "")
        errors = name_errors(name, self._brand_keyword)
        if not self.name_edit.text().strip() and not (self._name_touched or force):
            errors = []
        if errors:
            self.name_message.show_error("\n".join(errors))
        else:
            self.name_message.show_warning("\n".join(name_warnings(name)))
        if check.missing_end_date:
            self.end_message.show_error(self.tr("A short-term campaign group needs an end date."))
        else:
            self.end_message.show_warning(self._campaign_reminder())
        if force and not check.ok:
            self.form_message.show_error(self.tr("Fix the marked fields to save the group."))
        elif check.ok:
            self.form_message.clear_message()

    def show_capacity(self, check: CapacityCheck | None) -> None:
        """The member count and G4 advice; None for a group that has no members yet."""
        self.members_value.setText("—" if check is None else str(check.members))
        self.capacity_message.show_warning("" if check is None else capacity_advice(check))

    def set_save_enabled(self, enabled: bool) -> None:
        self.save_button.setEnabled(enabled)

    def set_archive_state(self, available: bool, archived: bool) -> None:
        self._archived = archived
        self.archive_button.setEnabled(available)
        self.archive_button.setText(self.tr("Restore") if archived else self.tr("Archive"))

    def show_saved(self, text: str) -> None:
        self.form_message.setStyleSheet("QLabel { color: #2e7d32; }")
        self.form_message.setText(text)
        self.form_message.show()

    # -- internals -------------------------------------------------------------------------
    def _on_name_edited(self) -> None:
        self._name_touched = True

    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_end_date_enabled(self) -> None:
        campaign = self.type_combo.currentData() == GroupType.CAMPAIGN
        self.end_date.setEnabled(campaign)
        self.end_label.setEnabled(campaign)

    def _update_capacity_limits(self) -> None:
        platform = Platform(self.platform_combo.currentData())
        cap = PLATFORM_CAPS[platform]
        # An override can only make a group smaller than what the platform allows.
        self.capacity_spin.setMaximum(cap)
        self.capacity_spin.setSpecialValueText(
            self.tr("Platform limit (%1)").replace("%1", str(cap))
        )

    def _campaign_reminder(self) -> str:
        end = self.end_date.value()
        if self.type_combo.currentData() != GroupType.CAMPAIGN or end is None or self._archived:
            return ""
        return campaign_reminder() if (date.today() - end).days >= ARCHIVE_AFTER_DAYS else ""

    def _update_name_hint(self) -> None:
        self.name_hint.setText(name_hint(self._brand_keyword))
        self.name_edit.setPlaceholderText(name_placeholder(self._brand_keyword))

    def _update_title(self) -> None:
        self.title.setText(self._title_name or self.tr("New group"))

    def retranslate(self) -> None:
        self.basics_box.setTitle(self.tr("Basics"))
        self.size_box.setTitle(self.tr("Size"))
        self.positioning_box.setTitle(self.tr("Positioning"))
        self.messages_box.setTitle(self.tr("Rules and messages"))
        self.name_label.setText(self.tr("Name"))
        self.name_counter.setToolTip(self.tr("Characters as members see them"))
        self.platform_label.setText(self.tr("Platform"))
        self.type_label.setText(self.tr("Type"))
        self.end_label.setText(self.tr("Campaign ends"))
        self.end_date.set_texts(self.tr("Not set"), self.tr("Clear the date"))
        self.members_label.setText(self.tr("Members"))
        self.capacity_label.setText(self.tr("Capacity"))
        self.capacity_spin.setToolTip(
            self.tr("Lower the cap for this group, e.g. 150 for a small high-quality group")
        )
        self.purpose_label.setText(self.tr("Purpose"))
        self.audience_label.setText(self.tr("Audience"))
        self.actions_label.setText(self.tr("Planned actions"))
        self.rules_label.setText(self.tr("Rules"))
        self.red_lines_label.setText(self.tr("Red lines"))
        self.announcement_label.setText(self.tr("Announcement"))
        self.welcome_label.setText(self.tr("Welcome message"))
        self.save_button.setText(self.tr("Save"))
        self.revert_button.setText(self.tr("Revert"))
        self.set_archive_state(self.archive_button.isEnabled(), self._archived)
        for i in range(self.platform_combo.count()):
            self.platform_combo.setItemText(
                i, platform_label(Platform(self.platform_combo.itemData(i)))
            )
        for i in range(self.type_combo.count()):
            self.type_combo.setItemText(i, group_type_label(GroupType(self.type_combo.itemData(i))))
        current = self.purpose_combo.currentText()
        was_loading, self._loading = self._loading, True
        self.purpose_combo.clear()
        self.purpose_combo.addItems(purpose_presets())
        self.purpose_combo.setCurrentText(current)
        self._loading = was_loading
        self._update_capacity_limits()
        self._update_name_hint()
        self._update_title()
        self.actions_edit.setPlaceholderText(self.tr("e.g. morning greeting, weekly tips"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
