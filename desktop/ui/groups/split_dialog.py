"""A full group's way out (G4): open a sibling from the series pattern or a sub-community
(亚社群, a child group), and move the members the operator ticks into it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.groups.name_patterns import sub_community_name
from desktop.services.groups import (
    GroupBatchError,
    GroupOps,
    GroupService,
    GroupValidationError,
)
from desktop.ui.common.forms import InlineMessage
from desktop.ui.groups.labels import name_errors
from desktop.ui.members.labels import role_label

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class SplitDialog(QDialog):
    created = Signal(int)  # the new group's id

    def __init__(
        self,
        groups: GroupService,
        ops: GroupOps,
        group_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("splitDialog")
        self._groups = groups
        self._ops = ops
        self.group_id = group_id
        group = groups.get(group_id)
        self._sibling = ops.sibling_name(group_id)
        self._sub = sub_community_name(group.name)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.sibling_radio = QRadioButton()
        self.sub_radio = QRadioButton()
        self.kind = QButtonGroup(self)
        self.kind.addButton(self.sibling_radio)
        self.kind.addButton(self.sub_radio)
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("splitName")
        self.members = QListWidget()
        self.members.setObjectName("splitMembers")
        for row in ops.staffing(group_id).rows:
            item = QListWidgetItem(f"{row.name} · {role_label(row.role)}")
            item.setData(MEMBER_ID_ROLE, row.member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.members.addItem(item)
        self.move_label = QLabel()
        self.message = InlineMessage()
        self.create_button = QPushButton()
        self.create_button.setObjectName("splitCreate")
        self.cancel_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.sibling_radio)
        layout.addWidget(self.sub_radio)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.move_label)
        layout.addWidget(self.members, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(480, 560)

        self.sibling_radio.toggled.connect(self._on_kind)
        self.create_button.clicked.connect(self.create_split)
        self.cancel_button.clicked.connect(self.reject)
        self.retranslate()
        # Without a series pattern there is no sibling name to offer: sub-community first.
        (self.sibling_radio if self._sibling else self.sub_radio).setChecked(True)
        self._on_kind()

    @property
    def sub_community(self) -> bool:
        return self.sub_radio.isChecked()

    def check_members(self, member_ids: list[int]) -> None:
        for i in range(self.members.count()):
            item = self.members.item(i)
            on = item.data(MEMBER_ID_ROLE) in member_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def checked_members(self) -> list[int]:
        return [
            int(self.members.item(i).data(MEMBER_ID_ROLE))
            for i in range(self.members.count())
            if self.members.item(i).checkState() == Qt.CheckState.Checked
        ]

    def create_split(self) -> int | None:
        name = self.name_edit.text().strip()
        try:
            new_id = self._ops.create_split(self.group_id, name, sub_community=self.sub_community)
        except GroupValidationError as exc:
            keyword = self._groups.brand_keyword()
            self.message.show_error("; ".join(name_errors(exc.check.name, keyword)))
            return None
        except GroupBatchError:
            self.message.show_error(self.tr("A group of that name exists already."))
            return None
        self._ops.move_members(self.checked_members(), self.group_id, new_id)
        self.created.emit(new_id)
        self.accept()
        return new_id

    def _on_kind(self) -> None:
        if self.sibling_radio.isChecked():
            self.name_edit.setText(self._sibling or "")
        else:
            self.name_edit.setText(self._sub)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Split the group"))
        self.intro.setText(
            self.tr(
                "Open a sibling group of the same series, or a sub-community (亚社群) under "
                "this group, and move the members you tick into it."
            )
        )
        self.sibling_radio.setText(self.tr("Sibling group (next in the series)"))
        self.sibling_radio.setEnabled(bool(self._sibling))
        self.sub_radio.setText(self.tr("Sub-community of this group"))
        self.move_label.setText(self.tr("Members to move:"))
        self.create_button.setText(self.tr("Create and move"))
        self.cancel_button.setText(self.tr("Cancel"))
