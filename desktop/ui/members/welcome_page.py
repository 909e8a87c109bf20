"""The personal center's welcome page (M2, M3): journey progress, verification, W6 tasks.

The operator can enter a code the member gave them another way (phone, in person), send
a new code, and tick the interaction tasks the member has done. Reading the progress and
every change run off the UI thread, in the order asked; each change reloads the page.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.welcome.codes import CheckResult
from desktop.services.welcome import (
    CodeOutcome,
    VerificationState,
    WelcomeProgress,
    WelcomeService,
)
from desktop.ui.common.background import Background
from desktop.ui.common.times import clock_text
from desktop.ui.templates.step_editor import StatusMessage

KEY_ROLE = Qt.ItemDataRole.UserRole


def _when(value: datetime | None, tz: str | None) -> str:
    return clock_text(value, tz)


class WelcomePage(QWidget):
    loaded = Signal()  # the progress read last is shown

    def __init__(
        self,
        welcome: WelcomeService,
        member_id: int,
        parent: QWidget | None = None,
        *,
        tz: str | None = None,  # the workspace's time zone: expiry and due times are shown in it
    ) -> None:
        super().__init__(parent)
        self.setObjectName("memberWelcome")
        self.welcome = welcome
        self.member_id = member_id
        self.tz = tz
        self.current: WelcomeProgress | None = None
        self._background = Background(self)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.journey_label = QLabel()
        self.journey_label.setObjectName("welcomeJourney")
        self.journey_label.setWordWrap(True)
        self.steps_label = QLabel()
        self.steps_label.setObjectName("welcomeSteps")
        self.steps_label.setWordWrap(True)
        self.verification_label = QLabel()
        self.verification_label.setObjectName("welcomeVerification")
        self.verification_label.setWordWrap(True)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("welcomeCode")
        self.code_edit.setMaxLength(12)
        self.check_button = QPushButton()
        self.check_button.setObjectName("welcomeCheckCode")
        self.resend_button = QPushButton()
        self.resend_button.setObjectName("welcomeResend")
        self.code_message = StatusMessage()
        self.code_message.setObjectName("welcomeCodeMessage")
        self.tasks_caption = QLabel()
        self.tasks = QListWidget()
        self.tasks.setObjectName("welcomeTasks")
        self.captions = [QLabel() for _ in range(3)]

        self.details = QWidget()
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.captions[0], self.journey_label)
        form.addRow(self.captions[1], self.steps_label)
        form.addRow(self.captions[2], self.verification_label)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.check_button)
        code_row.addWidget(self.resend_button)
        form.addRow("", code_row)
        form.addRow("", self.code_message)
        form.addRow(self.tasks_caption)
        form.addRow(self.tasks)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.details, 1)

        self.check_button.clicked.connect(self.check_code)
        self.code_edit.returnPressed.connect(self.check_code)
        self.resend_button.clicked.connect(self.resend_code)
        self.tasks.itemChanged.connect(self._task_changed)
        self.retranslate()
        self.empty_label.hide()  # until the progress is read
        self.details.hide()
        self.refresh()

    def retranslate(self) -> None:
        self.empty_label.setText(self.tr("This member is not in a welcome journey."))
        for label, text in zip(
            self.captions,
            (self.tr("Journey"), self.tr("Steps"), self.tr("Verification")),
            strict=True,
        ):
            label.setText(text)
        self.code_edit.setPlaceholderText(self.tr("Code the member gave you (6 digits)"))
        self.check_button.setText(self.tr("Check code"))
        self.resend_button.setText(self.tr("Resend code"))
        self.tasks_caption.setText(self.tr("Interaction tasks"))
        if self.current is not None:
            self._show(self.current)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing -------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._background.busy

    def refresh(self) -> None:
        welcome, member_id = self.welcome, self.member_id
        self._background.read(lambda: welcome.progress(member_id), self._loaded, self._failed)

    def _loaded(self, current: WelcomeProgress | None) -> None:
        self.current = current
        self.empty_label.setVisible(current is None)
        self.details.setVisible(current is not None)
        if current is not None:
            self._show(current)
        self.loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self.code_message.show_error(self.tr("This did not work: %1").replace("%1", str(exc)))

    def _verification_text(self, p: WelcomeProgress) -> str:
        left = p.tries_left
        if p.verification == VerificationState.VERIFIED:
            return self.tr("Verified")
        if p.verification == VerificationState.LOCKED:
            return self.tr("Locked after too many wrong codes")
        if p.verification == VerificationState.FLAGGED:
            return self.tr("Expired without an answer — possibly a bot")
        if p.verification == VerificationState.PENDING:
            text = self.tr("Waiting for the code: %n try(s) left", None, left)
            if p.code_expires_at is not None:
                text += " · " + self.tr("expires %1").replace(
                    "%1", _when(p.code_expires_at, self.tz)
                )
            return text
        return self.tr("No code sent yet")

    def _show(self, p: WelcomeProgress) -> None:
        journey = p.journey_name
        if p.group_name:
            journey += " · " + p.group_name
        if p.ab_variant:
            journey += " · " + self.tr("side %1").replace("%1", p.ab_variant)
        self.journey_label.setText(journey)
        total = p.steps_total
        steps = (
            self.tr("%1 of %2 steps reached")
            .replace("%1", str(p.steps_reached))
            .replace("%2", str(total))
        )
        if p.last_step_title:
            steps += " · " + self.tr("last: %1").replace("%1", p.last_step_title)
        if p.next_due_at is not None and p.status == "active":
            steps += " · " + self.tr("next: %1").replace("%1", _when(p.next_due_at, self.tz))
        if p.status != "active":
            steps += " · " + self.tr("status: %1").replace("%1", p.status)
        self.steps_label.setText(steps)
        self.verification_label.setText(self._verification_text(p))
        open_code = p.verification in (VerificationState.PENDING, VerificationState.LOCKED)
        self.check_button.setEnabled(p.verification == VerificationState.PENDING)
        self.code_edit.setEnabled(p.verification == VerificationState.PENDING)
        self.resend_button.setEnabled(open_code or p.verification == VerificationState.FLAGGED)
        self.tasks.blockSignals(True)
        self.tasks.clear()
        for task in p.tasks:
            item = QListWidgetItem(task.title, self.tasks)
            item.setData(KEY_ROLE, task.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if task.done else Qt.CheckState.Unchecked)
            if task.done_at is not None:
                item.setToolTip(self.tr("Done %1").replace("%1", _when(task.done_at, self.tz)))
        if not p.tasks:
            item = QListWidgetItem(self.tr("The tasks appear when the member reaches that step."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.tasks.addItem(item)
        self.tasks.blockSignals(False)

    # -- actions -------------------------------------------------------------------------
    def check_code(self) -> None:
        code = self.code_edit.text().strip()
        if not code:
            self.code_message.show_error(self.tr("Enter the code first."))
            return
        welcome, member_id = self.welcome, self.member_id
        self._background.change(
            lambda: welcome.check_code(member_id, code), self._checked, self._failed
        )
        self.refresh()

    def _checked(self, outcome: CodeOutcome) -> None:
        left = outcome.tries_left
        result = outcome.result
        if result == CheckResult.VERIFIED:
            self.code_message.show_info(self.tr("Verified: the journey continues."))
        elif result == CheckResult.WRONG:
            self.code_message.show_error(self.tr("Wrong code: %n try(s) left.", None, left))
        elif result == CheckResult.LOCKED:
            self.code_message.show_error(self.tr("Wrong code: verification is now locked."))
        elif result == CheckResult.EXPIRED:
            self.code_message.show_error(self.tr("The code has expired: send a new one."))
        elif result == CheckResult.ALREADY:
            self.code_message.show_warning(self.tr("Already verified."))
        else:
            self.code_message.show_error(self.tr("This member has no open code."))
        self.code_edit.clear()

    def resend_code(self) -> None:
        welcome, member_id = self.welcome, self.member_id
        self._background.change(
            lambda: welcome.resend_code(member_id), self._resent, self._resend_failed
        )
        self.refresh()

    def _resent(self, later: datetime | None) -> None:
        if later is not None:
            self.code_message.show_error(
                self.tr("Too many resends: try again after %1").replace("%1", _when(later, self.tz))
            )
        else:
            self.code_message.show_info(self.tr("A new code is on its way."))

    def _resend_failed(self, exc: BaseException) -> None:
        if isinstance(exc, KeyError):
            self.code_message.show_error(self.tr("This member has no open code."))
        else:
            self._failed(exc)

    def _task_changed(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key is None:
            return
        done = item.checkState() == Qt.CheckState.Checked
        welcome, member_id = self.welcome, self.member_id
        # Not refreshed on success: the operator's tick already shows what was saved.
        self._background.change(
            lambda: welcome.set_task(member_id, str(key), done), lambda _r: None, self._untick
        )
        item.setToolTip(self.tr("Done") if done else "")

    def _untick(self, exc: BaseException) -> None:
        self._failed(exc)
        self.refresh()  # the ticks show what is stored again
