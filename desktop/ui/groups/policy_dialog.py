"""The workspace's group policy: archive campaign groups automatically (G2) and the
moderation ladder with the length of a mute (G5)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.domain.groups.moderation import ModAction
from desktop.services.workspace import PolicyService
from desktop.ui.groups.staffing_panel import action_label

LADDERS: tuple[tuple[ModAction, ...], ...] = (
    (ModAction.WARN, ModAction.MUTE, ModAction.REMOVE),
    (ModAction.WARN, ModAction.WARN, ModAction.MUTE, ModAction.REMOVE),
    (ModAction.WARN, ModAction.REMOVE),
    (ModAction.MUTE, ModAction.REMOVE),
)


class PolicyDialog(QDialog):
    saved = Signal()

    def __init__(self, policy_service: PolicyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPolicyDialog")
        self._policy = policy_service
        policy = policy_service.get()
        self.auto_archive = QCheckBox()
        self.auto_archive.setObjectName("policyAutoArchive")
        self.auto_archive.setChecked(policy.auto_archive)
        self.days = QSpinBox()
        self.days.setRange(0, 60)
        self.days.setValue(policy.archive_after_days)
        self.ladder = QComboBox()
        for ladder in LADDERS:
            self.ladder.addItem(
                " → ".join(action_label(a) for a in ladder), [str(a) for a in ladder]
            )
        index = self.ladder.findData([str(a) for a in policy.ladder])
        if index < 0:
            self.ladder.addItem(
                " → ".join(action_label(a) for a in policy.ladder), [str(a) for a in policy.ladder]
            )
            index = self.ladder.count() - 1
        self.ladder.setCurrentIndex(index)
        self.mute_hours = QSpinBox()
        self.mute_hours.setRange(1, 24 * 30)
        self.mute_hours.setValue(policy.mute_hours)
        self.save_button = QPushButton()
        self.labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self)
        form.addRow(self.auto_archive)
        form.addRow(self.labels[0], self.days)
        form.addRow(self.labels[1], self.ladder)
        form.addRow(self.labels[2], self.mute_hours)
        form.addRow(self.save_button)
        self.save_button.clicked.connect(self.save)
        self.setWindowTitle(self.tr("Group policy"))
        self.auto_archive.setText(self.tr("Archive campaign groups automatically when due"))
        self.labels[0].setText(self.tr("Days after the campaign ends"))
        self.labels[1].setText(self.tr("Moderation ladder"))
        self.labels[2].setText(self.tr("A mute lasts (hours)"))
        self.save_button.setText(self.tr("Save"))

    def save(self) -> None:
        policy = replace(
            self._policy.get(),
            auto_archive=self.auto_archive.isChecked(),
            archive_after_days=self.days.value(),
            ladder=tuple(ModAction(a) for a in self.ladder.currentData()),
            mute_hours=self.mute_hours.value(),
        )
        self._policy.save(policy)
        self.saved.emit()
        self.accept()
