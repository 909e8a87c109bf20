"""Small form helpers: an inline error label that shows and hides itself."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

ERROR_STYLE = "QLabel { color: #b00020; }"
WARNING_STYLE = "QLabel { color: #8a6d00; }"
INFO_STYLE = "QLabel { color: #1b5e20; }"


class InlineMessage(QLabel):
    """A label under a field: red for errors, amber for warnings, green
    for progress and results, hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, ERROR_STYLE)

    def show_warning(self, text: str) -> None:
        self._show(text, WARNING_STYLE)

    def show_info(self, text: str) -> None:
        """Progress or a result worth reading (green): not a problem."""
        self._show(text, INFO_STYLE)

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    def _show(self, text: str, style: str) -> None:
        if not text:
            self.clear_message()
            return
        self.setStyleSheet(style)
        self.setText(text)
        self.show()
