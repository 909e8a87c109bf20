"""The step editor's preview: the templates rendered for a real sample member.

The member's values are read off the UI thread (through the editor's ``Background``) when
the member changes; each keystroke only renders the texts again. The texts keep the
editor's translation context ("StepEditor"), where they were written first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from desktop.domain import templates as tpl
from desktop.services.welcome import TemplateService
from desktop.ui.common.background import Background


class StepPreview(QWidget):
    failed = Signal(str)  # the sample member could not be read: the message to show

    def __init__(
        self, service: TemplateService, calls: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._calls = calls
        self.values: dict[str, str] = {}  # the sample member's, by variable name
        self._texts = ("", "")  # (subject, body) last shown
        self.caption = QLabel()
        self.member_combo = QComboBox()
        self.member_combo.setObjectName("sampleMember")
        self.member_combo.currentIndexChanged.connect(self._member_changed)
        self.preview_subject = QLabel()
        self.preview_subject.setWordWrap(True)
        self.preview_subject.setStyleSheet("QLabel { font-weight: bold; }")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("templatePreview")
        self.preview.setReadOnly(True)
        pv = QVBoxLayout(self)
        pv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.caption)
        head.addWidget(self.member_combo, 1)
        pv.addLayout(head)
        pv.addWidget(self.preview_subject)
        pv.addWidget(self.preview, 1)

    def retranslate(self) -> None:
        self.caption.setText(QCoreApplication.translate("StepEditor", "Preview for"))

    def set_members(self, choices: list[tuple[int, str]]) -> None:
        chosen = self.member_combo.currentData()
        self.member_combo.blockSignals(True)
        self.member_combo.clear()
        for member_id, name in choices:
            self.member_combo.addItem(name, member_id)
        self.member_combo.setCurrentIndex(max(0, self.member_combo.findData(chosen)))
        self.member_combo.blockSignals(False)
        self._member_changed()

    def _member_changed(self, *_args: object) -> None:
        data = self.member_combo.currentData()
        member_id = None if data is None else int(data)
        service = self._service
        self._calls.read(
            lambda: service.sample_values(member_id), self._got_values, self._read_failed
        )

    def _got_values(self, values: dict[str, str]) -> None:
        self.values = values
        self.show_texts(*self._texts)

    def _read_failed(self, exc: BaseException) -> None:
        self.failed.emit(
            QCoreApplication.translate(
                "StepEditor", "Could not read the sample member: %1"
            ).replace("%1", str(exc))
        )

    def show_texts(self, subject: str, body: str) -> None:
        # Not strict: while typing, an unknown variable is shown as written, not an error.
        self._texts = (subject, body)
        self.preview_subject.setText(tpl.render(subject, self.values, strict=False))
        self.preview_subject.setVisible(bool(subject.strip()))
        self.preview.setPlainText(tpl.render(body, self.values, strict=False))

    def text(self) -> str:
        return self.preview.toPlainText()
