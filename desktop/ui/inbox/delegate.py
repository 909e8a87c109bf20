"""Paints a conversation as two lines: who and when, then the last message; unread in bold.

Shaping and eliding Chinese text is the dear part of painting the list (tens of µs per
string), and the list repaints whole rows on every hover, selection, scroll and model
reset (the tab resets after each action). So a row's text is drawn once into a
transparent pixmap kept in ``QPixmapCache``, keyed by everything that shows — the final
strings, colours, font, size and pixel ratio — so a changed row, language, palette or
width simply misses. The selection/hover background is still drawn live by the style.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPixmap, QPixmapCache
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain.enums import Priority
from desktop.domain.inbox.sla import SlaState, format_left
from desktop.services.inbox import ConversationRow
from desktop.ui.common.times import short_text
from desktop.ui.inbox.labels import PRIORITY_COLORS, channel_name, priority_name, status_name
from desktop.ui.inbox.model import RowRole

PAD = 8
SLA_COLORS = {SlaState.BREACHED: "#d93025", SlaState.DUE_SOON: "#e37400", SlaState.OK: "#5f6368"}


def when_text(locale: QLocale, moment: datetime, tz: str | None = None) -> str:
    """Short date and time in the workspace zone ``tz``."""
    return short_text(moment, tz, locale)


class ConversationDelegate(QStyledItemDelegate):
    tz: str | None = None  # the workspace zone (the tab sets it)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(320, (fm.lineSpacing() + 2) * 2 + PAD * 3)

    def texts(self, row: ConversationRow) -> tuple[str, str, str, str, str]:
        """(name, badges, reply-time left, when, preview) as shown."""
        badges = [channel_name(row.channel), status_name(row.status)]
        if row.priority != Priority.NORMAL:
            badges.insert(0, priority_name(row.priority))
        badges.extend(row.labels)
        if row.assignee_name:
            badges.append("@" + row.assignee_name)
        sla_text = ""
        badge = row.badge
        if badge.state != SlaState.NONE and badge.left is not None:
            sla_text = "⏱" + format_left(badge.left)
        return (
            row.member_name,
            " · ".join(badges),
            sla_text,
            when_text(QLocale(), row.last_message_at, self.tz),
            row.last_preview.replace("\n", " "),
        )

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ConversationRow = index.data(RowRole)
        # The view's option already has state, rect, palette and font; the item's own text
        # and icon (initStyleOption) are not drawn, so they are not fetched.
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        texts = self.texts(row)
        rect = option.rect
        dpr = painter.device().devicePixelRatio() if painter.device() else 1.0
        key = "\x1f".join(
            (
                "inbox-row",
                f"{rect.width()}x{rect.height()}@{dpr}",
                option.font.key(),
                text_color.name(QColor.NameFormat.HexArgb),
                "s" if selected else "",
                "u" if row.unread else "",
                str(row.priority),
                str(row.badge.state),
                *texts,
            )
        )
        pixmap = QPixmap()
        if not QPixmapCache.find(key, pixmap):
            pixmap = self._render(row, texts, option, text_color, selected, dpr)
            QPixmapCache.insert(key, pixmap)
        painter.drawPixmap(rect.topLeft(), pixmap)

    def _render(
        self,
        row: ConversationRow,
        texts: tuple[str, str, str, str, str],
        option: QStyleOptionViewItem,
        text_color: QColor,
        selected: bool,
        dpr: float,
    ) -> QPixmap:
        name_text, badge_text, sla_text, when, preview_text = texts
        size = option.rect.size()
        pixmap = QPixmap(size * dpr)
        pixmap.setDevicePixelRatio(dpr)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            dim = QColor(text_color)
            dim.setAlpha(160)
            r = QRect(0, 0, size.width(), size.height()).adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
            base = QFont(option.font)
            bold = QFont(base)
            bold.setBold(row.unread > 0)
            fm = QFontMetrics(base)
            bfm = QFontMetrics(bold)
            line_h = max(fm.lineSpacing(), bfm.lineSpacing()) + 2

            painter.setFont(base)
            painter.setPen(dim)
            when_w = fm.horizontalAdvance(when)
            painter.drawText(QRect(r.right() - when_w, r.top(), when_w, line_h), 0, when)
            sla_w = fm.horizontalAdvance(sla_text) + PAD if sla_text else 0
            if sla_text:
                color = SLA_COLORS.get(row.badge.state, "")
                painter.setPen(QColor(color) if not selected else dim)
                painter.drawText(
                    QRect(r.right() - when_w - sla_w, r.top(), sla_w - PAD // 2, line_h),
                    0,
                    sla_text,
                )
            name_w = r.width() - when_w - PAD - sla_w
            painter.setFont(bold)
            painter.setPen(text_color)
            name = bfm.elidedText(name_text, Qt.TextElideMode.ElideRight, name_w // 2)
            painter.drawText(QRect(r.left(), r.top(), name_w, line_h), 0, name)
            x = r.left() + bfm.horizontalAdvance(name) + PAD
            painter.setFont(base)
            color = PRIORITY_COLORS.get(row.priority) or ""
            painter.setPen(QColor(color) if color and not selected else dim)
            room = max(0, r.left() + name_w - x)
            painter.drawText(
                QRect(x, r.top(), room, line_h),
                0,
                fm.elidedText(badge_text, Qt.TextElideMode.ElideRight, room),
            )
            painter.setFont(bold)
            painter.setPen(text_color if row.unread else dim)
            preview = bfm.elidedText(preview_text, Qt.TextElideMode.ElideRight, r.width())
            painter.drawText(
                QRect(r.left(), r.top() + line_h + PAD // 2, r.width(), line_h), 0, preview
            )
        finally:
            painter.end()
        return pixmap
