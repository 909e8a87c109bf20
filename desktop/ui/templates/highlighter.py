"""Red wavy underlines under template problems, like a spell checker's.

Problems are found on the whole document (an unclosed ``{`` on line 1 can be fixed by a
``}`` on line 3), then painted block by block. The domain counts Python characters,
Qt counts UTF-16 units; the two differ after any emoji, so spans are converted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktop.domain.templates import TemplateProblem, TemplateProblemKind, check

ERROR_COLOUR = QColor("#d32f2f")


def utf16_index(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2


def error_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(ERROR_COLOUR)
    # Qt's wave is one thin pixel; a faint wash makes the span findable at a glance.
    wash = QColor(ERROR_COLOUR)
    wash.setAlpha(36)
    fmt.setBackground(wash)
    return fmt


class TemplateHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._format = error_format()
        self._source: str | None = None
        self.problems: list[TemplateProblem] = []
        self._spans: tuple[tuple[int, int], ...] = ()  # UTF-16 document positions
        self._painted: tuple[tuple[int, int], ...] = ()
        document.contentsChanged.connect(
            self._on_contents_changed, Qt.ConnectionType.DirectConnection
        )

    def _analyse(self) -> None:
        document = self.document()
        source = document.toPlainText() if document is not None else ""
        if source == self._source:
            return
        self._source = source
        self.problems = check(source)
        spans: list[tuple[int, int]] = []
        for p in self.problems:
            if p.kind == TemplateProblemKind.EMPTY or p.end <= p.start:
                continue
            spans.append((utf16_index(source, p.start), utf16_index(source, p.end)))
        self._spans = tuple(spans)

    def _on_contents_changed(self) -> None:
        # Qt re-highlights only the edited block; a fix elsewhere can clear a mark here.
        self._analyse()
        if self._spans != self._painted:
            self._painted = self._spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        self._analyse()
        block = self.currentBlock()
        start = block.position()
        end = start + block.length()
        for lo, hi in self._spans:
            a, b = max(lo, start), min(hi, end)
            if a < b:
                self.setFormat(a - start, b - a, self._format)
