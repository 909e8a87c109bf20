"""Members' "delete me" requests from their pages (M5): the team confirms (the member is
erased and the audit log names who confirmed) or dismisses each one. Work runs off the
UI thread; a failure is shown and nothing is lost."""

from __future__ import annotations

from datetime import datetime
from typing import Protocol

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

Row = tuple[int, int, str, datetime]  # request id, member id, name, requested at


class DeleteRequestSource(Protocol):
    def pending(self) -> list[Row]: ...

    def confirm(self, request_id: int, operator_id: int | None) -> None: ...

    def dismiss(self, request_id: int, operator_id: int | None) -> None: ...


class DeleteRequestsDialog(QDialog):
    def __init__(
        self,
        requests: DeleteRequestSource,
        operator_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("deleteRequestsDialog")
        self.setWindowTitle(self.tr("Deletion requests"))
        self.setMinimumWidth(420)
        self.requests = requests
        self.operator_id = operator_id
        self._background = Background(self)
        intro = QLabel(
            self.tr(
                "Members asked on their pages to have their data deleted. Confirming erases "
                "the member for good; the audit log records who confirmed."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.empty = QLabel(self.tr("No requests are waiting."))
        self.message = InlineMessage()
        self.confirm_button = QPushButton(self.tr("Erase member…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.confirm_button.clicked.connect(self.confirm)
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addWidget(self.dismiss_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (intro, self.list, self.empty):
            layout.addWidget(w)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self._background.read(self.requests.pending, self._show, self._failed)

    def _show(self, rows: list[Row]) -> None:
        self.list.clear()
        for request_id, member_id, name, at in rows:
            when = at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{name}  (#{member_id}) — {when}")
            item.setData(256, request_id)
            self.list.addItem(item)
        has = bool(rows)
        self.empty.setVisible(not has)
        self.confirm_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(0)

    def _selected(self) -> tuple[int, str] | None:
        item = self.list.currentItem()
        return (int(item.data(256)), item.text()) if item is not None else None

    def confirm(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Erase member"),
            self.tr("Erase %1 now? This cannot be undone.").replace("%1", chosen[1]),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        request_id = chosen[0]
        self._background.change(
            lambda: self.requests.confirm(request_id, self.operator_id),
            lambda _r: self.reload(),
            self._failed,
        )

    def dismiss(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        request_id = chosen[0]
        self._background.change(
            lambda: self.requests.dismiss(request_id, self.operator_id),
            lambda _r: self.reload(),
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(self.tr("That did not work: %1").replace("%1", str(exc)))
