"""The personal center (M2): one member's groups and roles, timeline, strikes, consent
(changed only by recording a new event, M4), DM preferences and quiet hours; and the
privacy actions (M5): export the member's data, erase the member."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ConsentPurpose, DmFrequency
from desktop.domain.sending.consent import ConsentVerdict
from desktop.services.container import Services
from desktop.services.members import CONSENT_CHANNELS, ContactPrefs
from desktop.ui.common.empty_hint import EmptyHint
from desktop.ui.common.forms import InlineMessage
from desktop.ui.common.times import clock_text
from desktop.ui.groups.staffing_panel import action_label
from desktop.ui.members.erase_dialog import EraseDialog
from desktop.ui.members.labels import (
    dm_frequency_label,
    lifecycle_label,
    role_label,
    timeline_kind_label,
)
from desktop.ui.members.welcome_page import WelcomePage


def _table(columns: int, name: str) -> QTableWidget:
    t = QTableWidget(0, columns)
    t.setObjectName(name)
    t.verticalHeader().hide()
    t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


def _fit_headers(table: QTableWidget) -> None:
    """Widen the columns whose heading (in the current language) would be cut off."""
    header = table.horizontalHeader()
    for i in range(table.columnCount() - 1):  # the last one stretches
        header.resizeSection(i, max(header.sectionSize(i), header.sectionSizeHint(i)))


def _when(value: object, tz: str | None) -> str:
    """A moment in the workspace's time zone (stored times are UTC)."""
    return clock_text(value, tz) if isinstance(value, datetime) else ""


class PersonalCenterDialog(QDialog):
    erased = Signal(int)

    def __init__(self, services: Services, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("personalCenter")
        self.services = services
        self.member_id = member_id
        self.tz = services.workspace.settings().timezone  # times shown are the workspace's
        self.erase_dialog: EraseDialog | None = None

        self.header = QLabel()
        self.header.setObjectName("centerHeader")
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.groups = _table(2, "centerGroups")
        self.timeline = _table(3, "centerTimeline")
        self.timeline_hint = EmptyHint(self.timeline)
        self.strikes = _table(4, "centerStrikes")

        # consent: current verdicts, a "record a new event" row, the history
        consent_page = QWidget()
        self.consent_state = _table(3, "consentState")
        self.consent_history = _table(4, "consentHistory")
        self.consent_channel = QComboBox()
        for ch in CONSENT_CHANNELS:
            self.consent_channel.addItem(ch, ch)
        self.consent_purpose = QComboBox()
        for p in ConsentPurpose:
            self.consent_purpose.addItem(str(p), str(p))
        self.consent_granted = QComboBox()
        self.consent_source = QLineEdit()
        self.consent_source.setObjectName("consentSource")
        self.consent_button = QPushButton()
        self.consent_button.setObjectName("consentRecord")
        self.consent_message = InlineMessage()
        record = QHBoxLayout()
        for w in (self.consent_channel, self.consent_purpose, self.consent_granted):
            record.addWidget(w)
        record.addWidget(self.consent_source, 1)
        record.addWidget(self.consent_button)
        cl = QVBoxLayout(consent_page)
        cl.addWidget(self.consent_state, 1)
        cl.addLayout(record)
        cl.addWidget(self.consent_message)
        cl.addWidget(self.consent_history, 1)

        # preferences
        prefs_page = QWidget()
        self.frequency = QComboBox()
        for f in DmFrequency:
            self.frequency.addItem(dm_frequency_label(f), str(f))
        self.tz_edit = QLineEdit()
        self.quiet_start = QLineEdit()
        self.quiet_start.setInputMask("99:99;_")
        self.quiet_end = QLineEdit()
        self.quiet_end.setInputMask("99:99;_")
        self.prefs_button = QPushButton()
        self.prefs_message = InlineMessage()
        pf = QFormLayout(prefs_page)
        self.prefs_labels = [QLabel() for _ in range(4)]
        pf.addRow(self.prefs_labels[0], self.frequency)
        pf.addRow(self.prefs_labels[1], self.tz_edit)
        pf.addRow(self.prefs_labels[2], self.quiet_start)
        pf.addRow(self.prefs_labels[3], self.quiet_end)
        pf.addRow(self.prefs_message)
        pf.addRow(self.prefs_button)

        self.tabs.addTab(self.groups, "")
        self.tabs.addTab(self.timeline, "")
        self.tabs.addTab(self.strikes, "")
        self.tabs.addTab(consent_page, "")
        self.tabs.addTab(prefs_page, "")
        self.welcome_page = WelcomePage(services.welcome, member_id, tz=self.tz)
        self.tabs.addTab(self.welcome_page, "")
        self.export_button = QPushButton()
        self.export_button.setObjectName("centerExport")
        self.erase_button = QPushButton()
        self.erase_button.setObjectName("centerErase")
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self.resize(820, 640)

        self.consent_button.clicked.connect(self.record_consent)
        self.prefs_button.clicked.connect(self.save_prefs)
        self.export_button.clicked.connect(self._ask_export)
        self.erase_button.clicked.connect(self.open_erase)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        profile = self.services.members.profile(self.member_id)
        d = profile.draft
        contacts = " · ".join(x for x in (d.email, d.phone, d.wechat) if x)
        self.setWindowTitle(self.tr("Personal center — %1").replace("%1", d.name))
        self.header.setText(
            f"<b>{d.name}</b>  {lifecycle_label(profile.lifecycle)} · "
            + self.tr("activity %1").replace("%1", str(profile.activity_score))
            + (f"<br>{contacts}" if contacts else "")
            + (f"<br>{', '.join(d.tags)}" if d.tags else "")
        )
        _fill(self.groups, [[g.group_name, role_label(g.role)] for g in profile.groups])
        _fill(
            self.timeline,
            [
                [
                    _when(e.at, self.tz),
                    timeline_kind_label(e.kind),
                    f"{e.title}  {e.detail}".strip(),
                ]
                for e in self.services.member_center.timeline(self.member_id)
            ],
        )
        _fill(
            self.strikes,
            [
                [_when(s.at, self.tz), action_label(s.action), s.rule, s.group_name]
                for s in self.services.moderation.strikes(self.member_id)
            ],
        )
        verdicts = {
            ConsentVerdict.ALLOWED: self.tr("allowed"),
            ConsentVerdict.NO_CONSENT: self.tr("no consent yet"),
            ConsentVerdict.WITHDRAWN: self.tr("withdrawn"),
            ConsentVerdict.UNSUBSCRIBED: self.tr("unsubscribed"),
        }
        _fill(
            self.consent_state,
            [
                [c.channel, str(c.purpose), verdicts[c.verdict]]
                for c in self.services.member_center.consent_state(self.member_id)
            ],
        )
        _fill(
            self.consent_history,
            [
                [
                    _when(c.recorded_at, self.tz),
                    f"{c.channel} · {c.purpose}",
                    self.tr("granted") if c.granted else self.tr("refused"),
                    c.source,
                ]
                for c in self.services.member_center.consent_history(self.member_id)
            ],
        )
        prefs = self.services.member_center.prefs(self.member_id)
        self.frequency.setCurrentIndex(self.frequency.findData(str(prefs.dm_frequency)))
        self.tz_edit.setText(prefs.timezone or "")
        self.quiet_start.setText(prefs.quiet_start or "")
        self.quiet_end.setText(prefs.quiet_end or "")
        self.welcome_page.refresh()

    def record_consent(self) -> bool:
        try:
            self.services.member_center.record_consent(
                self.member_id,
                self.consent_channel.currentData(),
                ConsentPurpose(self.consent_purpose.currentData()),
                bool(self.consent_granted.currentData()),
                self.consent_source.text(),
            )
        except ValueError:
            self.consent_message.show_error(
                self.tr("Say where the consent was given (form, event, DM…).")
            )
            return False
        self.consent_message.clear_message()
        self.consent_source.clear()
        self.refresh()
        return True

    def save_prefs(self) -> bool:
        def hhmm(edit: QLineEdit) -> str | None:
            text = edit.text().strip()
            return None if text in ("", ":") else text

        prefs = ContactPrefs(
            DmFrequency(self.frequency.currentData()),
            self.tz_edit.text().strip() or None,
            hhmm(self.quiet_start),
            hhmm(self.quiet_end),
        )
        try:
            self.services.member_center.set_prefs(self.member_id, prefs)
        except ValueError:
            self.prefs_message.show_error(
                self.tr("Quiet hours need a start and an end (HH:MM) and a known time zone.")
            )
            return False
        self.prefs_message.show_warning(self.tr("Saved."))
        return True

    def export_to(self, folder: Path) -> None:
        files = self.services.privacy.export(self.member_id, folder)
        self.status.setText(self.tr("Exported to %1").replace("%1", str(files.html_path)))

    def _ask_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the member's data to"))
        if folder:
            self.export_to(Path(folder))

    def open_erase(self) -> EraseDialog:
        name = self.services.members.profile(self.member_id).draft.name
        self.erase_dialog = EraseDialog(self.services.privacy, self.member_id, name, self)
        self.erase_dialog.erased.connect(self._on_erased)
        self.erase_dialog.open()
        return self.erase_dialog

    def _on_erased(self, member_id: int) -> None:
        self.erased.emit(member_id)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.groups.setHorizontalHeaderLabels([self.tr("Group"), self.tr("Role")])
        self.timeline.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("")])
        self.timeline_hint.setText(
            self.tr(
                "Nothing here yet. The timeline fills itself: joining or leaving a group, "
                "direct messages, welcome steps, feedback, moderation and consent changes "
                "appear as they happen."
            )
        )
        self.strikes.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Action"), self.tr("Rule"), self.tr("Group")]
        )
        self.consent_state.setHorizontalHeaderLabels(
            [self.tr("Channel"), self.tr("Purpose"), self.tr("Now")]
        )
        self.consent_history.setHorizontalHeaderLabels(
            [
                self.tr("Recorded"),
                self.tr("Channel and purpose"),
                self.tr("Answer"),
                self.tr("Source"),
            ]
        )
        for table in (
            self.groups,
            self.timeline,
            self.strikes,
            self.consent_state,
            self.consent_history,
        ):
            _fit_headers(table)
        # Renamed in place on a language change: the chosen answer stays chosen.
        for i, (text, granted) in enumerate(
            ((self.tr("granted"), True), (self.tr("refused"), False))
        ):
            if i < self.consent_granted.count():
                self.consent_granted.setItemText(i, text)
            else:
                self.consent_granted.addItem(text, granted)
        self.consent_source.setPlaceholderText(self.tr("Where: sign-up form, event, DM…"))
        self.consent_button.setText(self.tr("Record"))
        for label, text in zip(
            self.prefs_labels,
            (
                self.tr("DM frequency"),
                self.tr("Time zone"),
                self.tr("Quiet from"),
                self.tr("Quiet until"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.tz_edit.setPlaceholderText(self.tr("e.g. Asia/Shanghai (empty: the workspace's)"))
        self.prefs_button.setText(self.tr("Save preferences"))
        for i, text in enumerate(
            (
                self.tr("Groups and roles"),
                self.tr("Timeline"),
                self.tr("Strikes"),
                self.tr("Consent"),
                self.tr("Preferences"),
                self.tr("Welcome"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.export_button.setText(self.tr("Export data…"))
        self.erase_button.setText(self.tr("Erase member…"))
