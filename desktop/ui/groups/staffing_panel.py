"""Who holds which role in a group (G7) and the moderation ladder (G5) for its members.

The table lists the current members with a role selector each; warnings say when the
group has no admin, or a running campaign has no 气氛组. Below, the selected member's
strikes and a button that takes the next step of the ladder for a chosen rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import Role
from desktop.domain.groups.moderation import ModAction
from desktop.domain.groups.staffing import StaffingWarning
from desktop.services.groups import GroupOps, GroupService, ModerationService, Staffing
from desktop.services.matrix import MatrixModeration, MatrixRooms
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.items import table_item
from desktop.ui.common.widgets import format_date
from desktop.ui.members.labels import role_label

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def action_label(action: ModAction) -> str:
    return {
        ModAction.WARN: QCoreApplication.translate("Moderation", "Warn"),
        ModAction.MUTE: QCoreApplication.translate("Moderation", "Mute"),
        ModAction.REMOVE: QCoreApplication.translate("Moderation", "Remove"),
    }[action]


class StaffingPanel(QWidget):
    changed = Signal()

    def __init__(
        self,
        groups: GroupService,
        ops: GroupOps,
        moderation: ModerationService,
        rooms: MatrixRooms,
        room_moderation: MatrixModeration,
        group_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._groups = groups
        self._ops = ops
        self._moderation = moderation
        self._rooms = rooms
        self._room_moderation = room_moderation
        self.group_id = group_id
        self.staffing: Staffing | None = None
        self.calls = Background(self)  # room moderation talks to the homeserver

        self.summary = QLabel()
        self.summary.setObjectName("staffingSummary")
        self.warnings = InlineMessage()
        self.warnings.setObjectName("staffingWarnings")
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("staffingTable")
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.mod_box = QGroupBox()
        self.rule_combo = QComboBox()
        self.rule_combo.setObjectName("moderationRule")
        self.rule_combo.setEditable(True)
        self.next_button = QPushButton()
        self.next_button.setObjectName("moderationNext")
        self.strikes = QTableWidget(0, 4)
        self.strikes.setObjectName("strikesTable")
        self.strikes.verticalHeader().hide()
        self.strikes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.strikes.horizontalHeader().setStretchLastSection(True)
        self.mod_message = InlineMessage()
        row = QHBoxLayout()
        row.addWidget(self.rule_combo, 1)
        row.addWidget(self.next_button)
        mod = QVBoxLayout(self.mod_box)
        mod.addLayout(row)
        mod.addWidget(self.mod_message)
        mod.addWidget(self.strikes)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warnings)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.mod_box, 1)

        self.table.itemSelectionChanged.connect(self._show_member)
        self.next_button.clicked.connect(self.take_next_step)
        self.retranslate()
        self.refresh()

    # -- staffing ------------------------------------------------------------------------------
    def refresh(self) -> None:
        keep = self.selected_member()
        self.staffing = self._ops.staffing(self.group_id)
        self.table.setRowCount(len(self.staffing.rows))
        for r, row in enumerate(self.staffing.rows):
            item = QTableWidgetItem(row.name)
            item.setData(MEMBER_ID_ROLE, row.member_id)
            self.table.setItem(r, 0, item)
            combo = QComboBox()
            for role in Role:
                combo.addItem(role_label(role), str(role))
            combo.setCurrentIndex(combo.findData(str(row.role)))
            combo.currentIndexChanged.connect(
                lambda _i, mid=row.member_id, c=combo: self.set_role(mid, Role(c.currentData()))
            )
            self.table.setCellWidget(r, 1, combo)
            if row.member_id == keep:
                self.table.selectRow(r)
        self._update_summary()
        rules = [x.strip() for x in self._groups.get(self.group_id).red_lines.splitlines()]
        current = self.rule_combo.currentText()
        self.rule_combo.clear()
        self.rule_combo.addItems([x for x in rules if x])
        if current:
            self.rule_combo.setCurrentText(current)
        self._show_member()

    def set_role(self, member_id: int, role: Role) -> None:
        # Only the summary is redrawn: rebuilding the table would delete the role selector
        # whose signal is being handled right now (a crash in Qt).
        self._ops.set_role(self.group_id, member_id, role)
        self.staffing = self._ops.staffing(self.group_id)
        self._update_summary()
        self.changed.emit()
        if self._rooms.linked_room(self.group_id) is not None:
            rooms = self._rooms
            self.mod_message.show_info(self.tr("Updating the Matrix room…"))
            self.calls.call(
                lambda: rooms.apply_role(self.group_id, member_id, role),
                lambda _ok: self.mod_message.clear_message(),
                lambda exc: self.mod_message.show_error(
                    self.tr("The role is saved here, but the room refused it: %1").replace(
                        "%1", str(exc)
                    )
                ),
            )

    def _update_summary(self) -> None:
        assert self.staffing is not None
        counts = self.staffing.counts
        self.summary.setText(" · ".join(f"{role_label(role)} {counts[role]}" for role in Role))
        texts = {
            StaffingWarning.NO_ADMIN: self.tr("Nobody is owner or admin: nobody can moderate."),
            StaffingWarning.NO_ATMOSPHERE: self.tr(
                "The campaign is running without a 气氛组 (atmosphere crew)."
            ),
        }
        self.warnings.show_warning(" ".join(texts[w] for w in self.staffing.warnings))

    def select_member(self, member_id: int) -> bool:
        for r in range(self.table.rowCount()):
            if table_item(self.table, r, 0).data(MEMBER_ID_ROLE) == member_id:
                self.table.selectRow(r)
                return True
        return False

    def selected_member(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return int(table_item(self.table, rows[0].row(), 0).data(MEMBER_ID_ROLE))

    # -- moderation ----------------------------------------------------------------------------
    def take_next_step(self) -> None:
        member_id = self.selected_member()
        rule = self.rule_combo.currentText().strip()
        if member_id is None:
            self.mod_message.show_error(self.tr("Select a member first."))
            return
        if not rule:
            self.mod_message.show_error(self.tr("Say which rule was broken."))
            return
        step = self._moderation.next_action(self.group_id, member_id)
        if step != ModAction.WARN and self._rooms.linked_room(self.group_id):
            self._moderate_in_room(member_id, rule, step)
            return
        self._moderation.record(self.group_id, member_id, rule)
        self._moderated()

    def _moderated(self, _result: object = None) -> None:
        self.next_button.setEnabled(True)
        self.mod_message.clear_message()
        self.refresh()
        self.changed.emit()

    def _moderate_in_room(self, member_id: int, rule: str, step: ModAction) -> None:
        """A linked Matrix room: mute or kick there first; the ladder records it after."""
        mod = self._room_moderation
        act = mod.mute if step == ModAction.MUTE else mod.remove
        self.next_button.setEnabled(False)
        self.mod_message.show_warning(self.tr("Applying in the Matrix room…"))
        self.calls.call(
            lambda: act(self.group_id, member_id, rule), self._moderated, self._room_failed
        )

    def _room_failed(self, exc: BaseException) -> None:
        self.next_button.setEnabled(True)
        self.mod_message.show_error(
            self.tr("The room refused it; nothing was recorded: %1").replace("%1", str(exc))
        )

    def _show_member(self) -> None:
        member_id = self.selected_member()
        self.next_button.setEnabled(member_id is not None)
        self.strikes.setRowCount(0)
        if member_id is None:
            self.next_button.setText(self.tr("Next step"))
            return
        step = self._moderation.next_action(self.group_id, member_id)
        self.next_button.setText(self.tr("%1 for this rule").replace("%1", action_label(step)))
        rows = self._moderation.strikes(member_id, self.group_id)
        self.strikes.setRowCount(len(rows))
        for r, s in enumerate(rows):
            until = format_date(s.until.date()) if s.until else ""
            texts = [
                format_date(s.at.date()),
                action_label(s.action) + (f" → {until}" if until else ""),
                s.rule,
                s.operator,
            ]
            for c, text in enumerate(texts):
                self.strikes.setItem(r, c, QTableWidgetItem(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Role")])
        self.mod_box.setTitle(self.tr("Moderation: warn → mute → remove"))
        self.rule_combo.setToolTip(self.tr("The red line that was crossed"))
        self.strikes.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Action"), self.tr("Rule"), self.tr("By")]
        )
