"""Paints a conversation as two lines: who and when, then the last message; unread in bold."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain.enums import Priority
from desktop.domain.sla import SlaState, format_left
from desktop.services.inbox import ConversationRow
from desktop.ui.inbox.labels import PRIORITY_COLORS, channel_name, priority_name, status_name
from desktop.ui.inbox.model import RowRole

PAD = 8
SLA_COLORS = {SlaState.BREACHED: "#d93025", SlaState.DUE_SOON: "#e37400", SlaState.OK: "#5f6368"}


class ConversationDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        fm = QFontMetrics(option.font)
        return QSize(320, (fm.lineSpacing() + 2) * 2 + PAD * 3)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ConversationRow = index.data(RowRole)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_color = palette.highlightedText().color() if selected else palette.text().color()
        dim = QColor(text_color)
        dim.setAlpha(160)
        r = option.rect.adjusted(PAD, PAD // 2, -PAD, -PAD // 2)
        base = QFont(option.font)
        bold = QFont(base)
        bold.setBold(row.unread > 0)
        fm = QFontMetrics(base)
        line_h = max(fm.lineSpacing(), QFontMetrics(bold).lineSpacing()) + 2

        painter.save()
        when = QLocale().toString(row.last_message_at.astimezone(), QLocale.FormatType.ShortFormat)
        painter.setFont(base)
        painter.setPen(dim)
        when_w = fm.horizontalAdvance(when)
        painter.drawText(QRect(r.right() - when_w, r.top(), when_w, line_h), 0, when)

        badges = [channel_name(row.channel), status_name(row.status)]
        if row.priority != Priority.NORMAL:
            badges.insert(0, priority_name(row.priority))
        badges.extend(row.labels)
        if row.assignee_name:
            badges.append("@" + row.assignee_name)
        badge_text = " · ".join(badges)
        sla_text = ""
        if row.badge.state != SlaState.NONE and row.badge.left is not None:
            sla_text = "⏱" + format_left(row.badge.left)
        sla_w = fm.horizontalAdvance(sla_text) + PAD if sla_text else 0
        if sla_text:
            painter.setFont(base)
            painter.setPen(QColor(SLA_COLORS.get(row.badge.state, "")) if not selected else dim)
            painter.drawText(
                QRect(r.right() - when_w - sla_w, r.top(), sla_w - PAD // 2, line_h), 0, sla_text
            )
        name_w = r.width() - when_w - PAD - sla_w
        painter.setFont(bold)
        painter.setPen(text_color)
        bfm = QFontMetrics(bold)
        name = bfm.elidedText(row.member_name, Qt.TextElideMode.ElideRight, name_w // 2)
        painter.drawText(QRect(r.left(), r.top(), name_w, line_h), 0, name)
        x = r.left() + bfm.horizontalAdvance(name) + PAD
        painter.setFont(base)
        color = PRIORITY_COLORS.get(row.priority) or ""
        painter.setPen(QColor(color) if color and not selected else dim)
        painter.drawText(
            QRect(x, r.top(), r.left() + name_w - x, line_h),
            0,
            fm.elidedText(badge_text, Qt.TextElideMode.ElideRight, max(0, r.left() + name_w - x)),
        )
        painter.setFont(bold)
        painter.setPen(text_color if row.unread else dim)
        preview = bfm.elidedText(
            row.last_preview.replace("\n", " "), Qt.TextElideMode.ElideRight, r.width()
        )
        painter.drawText(
            QRect(r.left(), r.top() + line_h + PAD // 2, r.width(), line_h), 0, preview
        )
        painter.restore()
