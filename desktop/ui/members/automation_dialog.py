"""Rules that act on members by themselves: lifecycle days (M3) and greetings (M7)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ChannelKind
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.services.container import Services
from desktop.services.members import GreetingDraft, GreetingError
from desktop.services.workspace import PolicyError
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.widgets import text_box


class AutomationDialog(QDialog):
    members_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("automationDialog")
        self.services = services
        self.tabs = QTabWidget()

        # -- lifecycle
        life = QWidget()
        self.silent_spin = QSpinBox()
        self.silent_spin.setRange(1, 3650)
        self.churned_spin = QSpinBox()
        self.churned_spin.setRange(2, 3650)
        self.life_apply = QPushButton()
        self.life_apply.setObjectName("lifecycleApply")
        self.life_message = InlineMessage()
        self.life_labels = [QLabel(), QLabel()]
        lf = QFormLayout(life)
        lf.addRow(self.life_labels[0], self.silent_spin)
        lf.addRow(self.life_labels[1], self.churned_spin)
        lf.addRow(self.life_message)
        lf.addRow(self.life_apply)

        # -- greetings
        greet = QWidget()
        self.rules = QListWidget()
        self.g_name = QLineEdit()
        self.g_name.setObjectName("greetingName")
        self.g_kind = QComboBox()
        self.g_channel = QComboBox()
        for ch in (ChannelKind.EMAIL, ChannelKind.MATRIX, ChannelKind.TELEGRAM, ChannelKind.MANUAL):
            self.g_channel.addItem(str(ch), str(ch))
        self.g_subject = QLineEdit()
        self.g_template = text_box(3)
        self.g_template.setObjectName("greetingTemplate")
        self.g_time = QLineEdit("09:00")
        self.g_time.setInputMask("99:99;_")
        self.g_every = QSpinBox()
        self.g_every.setRange(1, 365)
        self.g_every.setValue(30)
        self.g_segment = QComboBox()
        self.g_save = QPushButton()
        self.g_save.setObjectName("greetingSave")
        self.g_queue = QPushButton()
        self.g_queue.setObjectName("greetingQueue")
        self.g_message = InlineMessage()
        self.g_labels = [QLabel() for _ in range(8)]
        gf = QFormLayout()
        for label, field in zip(
            self.g_labels,
            (
                self.g_name,
                self.g_kind,
                self.g_channel,
                self.g_subject,
                self.g_template,
                self.g_time,
                self.g_every,
                self.g_segment,
            ),
            strict=True,
        ):
            gf.addRow(label, field)
        gl = QVBoxLayout(greet)
        gl.addWidget(self.rules)
        gl.addLayout(gf)
        gl.addWidget(self.g_message)
        gl.addWidget(self.g_save)
        gl.addWidget(self.g_queue)

        self.tabs.addTab(life, "")
        self.tabs.addTab(greet, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.life_apply.clicked.connect(self.apply_lifecycle)
        self.g_save.clicked.connect(self.save_greeting)
        self.g_queue.clicked.connect(self.queue_greetings)
        self.retranslate()
        self.refresh()
        self.resize(560, 640)

    def refresh(self) -> None:
        policy = self.services.policy.get()
        self.silent_spin.setValue(policy.lifecycle.silent_after_days)
        self.churned_spin.setValue(policy.lifecycle.churned_after_days)
        self.rules.clear()
        for r in self.services.greetings.list():
            self.rules.addItem(f"{r.name} · {r.kind} · {r.channel} · {r.time_of_day}")
        self.g_segment.clear()
        self.g_segment.addItem(self.tr("(all members)"), None)
        for seg in self.services.segments.list():
            self.g_segment.addItem(seg.name, seg.id)

    def apply_lifecycle(self) -> int | None:
        rules = LifecycleRules(self.silent_spin.value(), self.churned_spin.value())
        try:
            self.services.policy.save(replace(self.services.policy.get(), lifecycle=rules))
        except PolicyError:
            self.life_message.show_error(
                self.tr("Members must be silent before they count as churned.")
            )
            return None
        changed = self.services.member_center.apply_lifecycle(rules)
        self.life_message.show_warning(
            self.tr("%1 members changed lifecycle.").replace("%1", str(changed))
        )
        self.members_changed.emit()
        return changed

    def save_greeting(self) -> int | None:
        draft = GreetingDraft(
            name=self.g_name.text(),
            template=self.g_template.toPlainText(),
            kind=self.g_kind.currentData(),
            channel=ChannelKind(self.g_channel.currentData()),
            subject=self.g_subject.text(),
            time_of_day=self.g_time.text(),
            every_days=self.g_every.value(),
            segment_id=self.g_segment.currentData(),
        )
        try:
            rid = self.services.greetings.save(draft)
        except GreetingError:
            self.g_message.show_error(
                self.tr("Give a name, a time (HH:MM) and a template whose {variables} are known.")
            )
            return None
        self.g_message.show_warning(self.tr("Greeting saved."))
        self.refresh()
        return rid

    def queue_greetings(self) -> int:
        n = self.services.greetings.queue_due(date.today())
        self.g_message.show_warning(
            self.tr("%1 greetings queued in the outbox for today.").replace("%1", str(n))
        )
        return n

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Member rules"))
        self.tabs.setTabText(0, self.tr("Lifecycle"))
        self.tabs.setTabText(1, self.tr("Greetings"))
        self.life_labels[0].setText(self.tr("Silent after (days without interaction)"))
        self.life_labels[1].setText(self.tr("Churned after (days)"))
        self.life_apply.setText(self.tr("Save and apply now"))
        # Renamed in place on a language change: the chosen kind stays chosen.
        for i, (text, kind) in enumerate(
            ((self.tr("Birthday"), "birthday"), (self.tr("Periodic"), "periodic"))
        ):
            if i < self.g_kind.count():
                self.g_kind.setItemText(i, text)
            else:
                self.g_kind.addItem(text, kind)
        texts = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Channel"),
            self.tr("Subject"),
            self.tr("Template ({name})"),
            self.tr("Time of day"),
            self.tr("Every (days, periodic)"),
            self.tr("Segment"),
        )
        for label, text in zip(self.g_labels, texts, strict=True):
            label.setText(text)
        self.g_save.setText(self.tr("Save greeting"))
        self.g_queue.setText(self.tr("Queue today's greetings"))
