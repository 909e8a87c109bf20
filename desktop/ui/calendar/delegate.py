"""Paints a calendar cell's posts as stacked cards and measures them.

Painting, size hints and hit-testing share one layout function, so a double-click lands
on exactly the card that was drawn there (and a later drag can start from it too).
Titles wrap instead of being clipped; the cell grows to fit all its cards.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.enums import PostStatus
from desktop.services.calendar import PostCard
from desktop.ui.calendar.labels import groups_summary, status_label, type_colour, type_label
from desktop.ui.calendar.model import CARDS_ROLE, IS_TODAY_ROLE, needs_target, today_tint

CELL_MARGIN = 4
CARD_SPACING = 4
CARD_PADDING = 5
MARKER_WIDTH = 5
LINE_GAP = 2
MIN_CELL_HEIGHT = 64
MIN_CELL_WIDTH = 100
BADGE_RED = "#C62828"  # white text on it passes WCAG AA
HEADER_PADDING = 8  # each side of a day header's text

_AnyIndex = QModelIndex | QPersistentModelIndex
_PROBE = "群Ágy·08"


@dataclass(frozen=True)
class CardGeometry:
    card: PostCard
    rect: QRect
    title: QRect
    meta: QRect
    groups: QRect


class CardLayout:
    """Card geometry for one base font."""

    def __init__(self, font: QFont) -> None:
        self.title_font = QFont(font)
        self.title_font.setBold(True)
        self.small_font = QFont(font)
        if font.pointSizeF() > 0:
            self.small_font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        self.title_metrics = QFontMetrics(self.title_font)
        self.small_metrics = QFontMetrics(self.small_font)
        # Chinese glyphs usually come from a fallback font taller than the base font, so a
        # line is measured with CJK text laid out rather than with metrics.height().
        self.line_height = max(
            self.small_metrics.height(),
            self.small_metrics.boundingRect(QRect(0, 0, 1000, 1000), 0, _PROBE).height(),
        )

    def _text_width(self, card_width: int) -> int:
        return max(20, card_width - MARKER_WIDTH - 2 * CARD_PADDING)

    def title_height(self, title: str, card_width: int) -> int:
        bounds = self.title_metrics.boundingRect(
            QRect(0, 0, self._text_width(card_width), 100_000),
            int(Qt.TextFlag.TextWordWrap),
            title,
        )
        return max(self.title_metrics.height(), bounds.height())

    def card_height(self, card: PostCard, card_width: int) -> int:
        line = self.line_height
        return 2 * CARD_PADDING + self.title_height(card.title, card_width) + 2 * (line + LINE_GAP)

    def layout(self, cell: QRect, cards: Sequence[PostCard]) -> list[CardGeometry]:
        width = cell.width() - 2 * CELL_MARGIN
        left = cell.left() + CELL_MARGIN
        text_left = left + MARKER_WIDTH + CARD_PADDING
        text_width = self._text_width(width)
        line = self.line_height
        top = cell.top() + CELL_MARGIN
        out: list[CardGeometry] = []
        for card in cards:
            height = self.card_height(card, width)
            title_h = self.title_height(card.title, width)
            title = QRect(text_left, top + CARD_PADDING, text_width, title_h)
            meta = QRect(text_left, title.bottom() + 1 + LINE_GAP, text_width, line)
            groups = QRect(text_left, meta.bottom() + 1 + LINE_GAP, text_width, line)
            out.append(CardGeometry(card, QRect(left, top, width, height), title, meta, groups))
            top += height + CARD_SPACING
        return out

    def cell_height(self, cards: Sequence[PostCard], cell_width: int) -> int:
        width = cell_width - 2 * CELL_MARGIN
        used = sum(self.card_height(c, width) + CARD_SPACING for c in cards)
        return max(MIN_CELL_HEIGHT, 2 * CELL_MARGIN + used)

    def badge(self, card: PostCard) -> str:
        """The red badge a card carries in place of its groups line (empty: none)."""
        return groups_summary(()) if needs_target(card) else ""

    def card_at(self, cell: QRect, cards: Sequence[PostCard], pos: QPoint) -> PostCard | None:
        for geometry in self.layout(cell, cards):
            if geometry.rect.contains(pos):
                return geometry.card
        return None


class CardDelegate(QStyledItemDelegate):
    """``is_selected`` tells which posts the view has selected (by post id)."""

    def __init__(self, is_selected: Callable[[int], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._is_selected = is_selected
        self.is_drop_target: Callable[[_AnyIndex], bool] = lambda _index: False
        self._layouts: dict[str, CardLayout] = {}

    def card_layout(self, font: QFont) -> CardLayout:
        key = font.key()
        if key not in self._layouts:
            self._layouts[key] = CardLayout(font)
        return self._layouts[key]

    def sizeHint(self, option: QStyleOptionViewItem, index: _AnyIndex) -> QSize:
        cards: tuple[PostCard, ...] = index.data(CARDS_ROLE) or ()
        width = max(MIN_CELL_WIDTH, option.rect.width())
        layout = self.card_layout(option.font)
        return QSize(MIN_CELL_WIDTH, layout.cell_height(cards, width))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _AnyIndex) -> None:
        rect: QRect = option.rect
        palette: QPalette = option.palette
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if index.data(IS_TODAY_ROLE):
            painter.fillRect(rect, today_tint())
        if self.is_drop_target(index):
            highlight = QColor(palette.color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            painter.fillRect(rect, highlight)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if state & QStyle.StateFlag.State_HasFocus:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight))
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        cards: tuple[PostCard, ...] = index.data(CARDS_ROLE) or ()
        layout = self.card_layout(option.font)
        exposed = painter.clipBoundingRect().toAlignedRect() if painter.hasClipping() else rect
        for geometry in layout.layout(rect, cards):
            if geometry.rect.intersects(exposed):  # a busy cell is far taller than the screen
                self._paint_card(painter, palette, layout, geometry)
        if not cards and state & QStyle.StateFlag.State_MouseOver:
            # A quiet hint that an empty slot is a place to plan something.
            hint = QColor(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setPen(hint)
            painter.setFont(layout.title_font)
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), "+")
        painter.restore()

    def _paint_card(
        self, painter: QPainter, palette: QPalette, layout: CardLayout, g: CardGeometry
    ) -> None:
        card = g.card
        colour = type_colour(card.content_type)
        base = palette.color(QPalette.ColorRole.Base)
        fill = _blend(base, colour, 0.13)
        selected = self._is_selected(card.id)
        painter.save()
        if card.status == PostStatus.SENT:
            painter.setOpacity(0.72)  # already out of our hands: recede, stay legible
        border = QColor(colour) if selected else _blend(base, colour, 0.45)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(g.rect.adjusted(0, 0, -1, -1), 4, 4)
        marker = QRect(g.rect.left(), g.rect.top(), MARKER_WIDTH, g.rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(marker, 2, 2)

        text = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text)
        painter.setFont(layout.title_font)
        painter.drawText(g.title, int(Qt.TextFlag.TextWordWrap), card.title)
        painter.setFont(layout.small_font)
        meta = "⚠ " if card.conflicts else ""
        meta += "↻ " if card.recurring else ""
        meta += f"{card.local_time:%H:%M} · {type_label(card.content_type)} · "
        meta += status_label(card.status)
        painter.drawText(g.meta, 0, layout.small_metrics.elidedText(meta, _ELIDE, g.meta.width()))
        badge = layout.badge(card)
        if badge:
            # Planned to go nowhere: a red badge, so such posts are found at a glance.
            label = layout.small_metrics.elidedText("⚠ " + badge, _ELIDE, g.groups.width() - 8)
            box = QRect(g.groups.left(), g.groups.top(), 0, g.groups.height())
            box.setWidth(min(g.groups.width(), layout.small_metrics.horizontalAdvance(label) + 8))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(BADGE_RED))
            painter.drawRoundedRect(box, 3, 3)
            painter.setPen(QColor("white"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label)
        else:
            groups = layout.small_metrics.elidedText(
                groups_summary(card.target_names), _ELIDE, g.groups.width()
            )
            painter.drawText(g.groups, 0, groups)
        painter.restore()


_ELIDE = Qt.TextElideMode.ElideRight


def day_header_width(model: QAbstractItemModel, font: QFont) -> int:
    """The width the widest line of any day header needs (in bold, as today's is)."""
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    need = MIN_CELL_WIDTH
    for column in range(model.columnCount()):
        text = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
        need = max(need, widest + 2 * HEADER_PADDING)
    return need


def _blend(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )
