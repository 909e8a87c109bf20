"""The week as a Qt table model: rows are the workspace's slots, columns Monday–Sunday.

Each cell holds every post planned in that day and slot (any number of them); the
delegate draws them as cards. The model is read-only: edits go through the services and
the tab reloads the week, so a later undo stack can replay the same service calls.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop.domain.calendar.rules import Conflict, ConflictKind, marketing_over
from desktop.domain.calendar.week import Slot, nearest_slot
from desktop.services.calendar import PostCard, Week
from desktop.ui.calendar.labels import groups_summary, status_label, type_label
from desktop.ui.i18n import normalize

CARDS_ROLE = Qt.ItemDataRole.UserRole + 1
DAY_ROLE = Qt.ItemDataRole.UserRole + 2
SLOT_ROLE = Qt.ItemDataRole.UserRole + 3
IS_TODAY_ROLE = Qt.ItemDataRole.UserRole + 4
HEADER_LINE = 18  # characters per line of a day header's holiday name

_AnyIndex = QModelIndex | QPersistentModelIndex


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._week: Week | None = None
        self._slots: tuple[Slot, ...] = ()
        self._today: date | None = None
        self._cells: dict[tuple[int, int], tuple[PostCard, ...]] = {}
        self._marketing_limit = 30

    # -- loading ------------------------------------------------------------------------
    def set_week(
        self, week: Week, slots: tuple[Slot, ...], today: date, marketing_limit: int = 30
    ) -> None:
        self.beginResetModel()
        self._marketing_limit = marketing_limit
        self._week = week
        self._slots = slots
        self._today = today
        cells: dict[tuple[int, int], list[PostCard]] = {}
        for card in week.cards:
            cells.setdefault((card.slot_index, card.day_index), []).append(card)
        self._cells = {
            key: tuple(sorted(cards, key=lambda c: (c.local_time, c.id)))
            for key, cards in cells.items()
        }
        self.endResetModel()

    def preview_moves(self, targets: Mapping[int, datetime]) -> None:
        """Show those posts at their new times while the write runs (optimistic: the
        reload after it shows what was saved, or puts them back when it failed). A
        recurring post's occurrences wait for that reload."""
        week = self._week
        if week is None or self._today is None:
            return
        cards = []
        for card in week.cards:
            at = targets.get(card.id)
            if at is None or card.recurring:
                cards.append(card)
                continue
            local = at.astimezone(card.local_time.tzinfo)
            day = (local.date() - week.days[0]).days
            if 0 <= day < len(week.days):
                slot = nearest_slot(self._slots, local.time())
                cards.append(replace(card, local_time=local, day_index=day, slot_index=slot))
        moved = replace(week, cards=tuple(cards))
        self.set_week(moved, self._slots, self._today, self._marketing_limit)

    # -- queries the view and tests use -------------------------------------------------
    @property
    def week(self) -> Week | None:
        return self._week

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self._slots

    def day(self, column: int) -> date:
        assert self._week is not None
        return self._week.days[column]

    def slot(self, row: int) -> Slot:
        return self._slots[row]

    def cards(self, row: int, column: int) -> tuple[PostCard, ...]:
        return self._cells.get((row, column), ())

    def first_card(self, post_id: int) -> PostCard | None:
        for key in sorted(self._cells, key=lambda k: (k[1], k[0])):
            for card in self._cells[key]:
                if card.id == post_id:
                    return card
        return None

    def card(self, post_id: int, occurrence: int = 0) -> PostCard | None:
        for cards in self._cells.values():
            for card in cards:
                if card.id == post_id and card.occurrence == occurrence:
                    return card
        return self.first_card(post_id)

    def index_of_post(self, post_id: int) -> QModelIndex:
        for (row, column), cards in self._cells.items():
            if any(c.id == post_id for c in cards):
                return self.index(row, column)
        return QModelIndex()

    def today_column(self) -> int | None:
        if self._week is None or self._today is None:
            return None
        offset = (self._today - self._week.start).days
        return offset if 0 <= offset < 7 else None

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._week is None else len(self._slots)

    def columnCount(self, parent: _AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._week is None else 7

    def flags(self, index: _AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._week is None:
            return None
        row, column = index.row(), index.column()
        cards = self.cards(row, column)
        if role == CARDS_ROLE:
            return cards
        if role == DAY_ROLE:
            return self.day(column)
        if role == SLOT_ROLE:
            return self.slot(row)
        if role == IS_TODAY_ROLE:
            return column == self.today_column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            # Plain text for screen readers, copy and tests; the delegate paints the cards.
            return "\n".join(c.title for c in cards)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not cards:
                return QCoreApplication.translate("WeekModel", "Double-click to plan a post here")
            return "\n\n".join(_card_tooltip(c) for c in cards)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if self._week is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._day_header(section, role)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._slots):
            slot = self._slots[section]
            return f"{slot.label}\n{slot.at:%H:%M}"  # the label is user data, shown as-is
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _day_header(self, section: int, role: int) -> object:
        if not 0 <= section < 7:
            return None
        is_today = section == self.today_column()
        if role == Qt.ItemDataRole.DisplayRole:
            day = self.day(section)
            locale = QLocale()
            qdate = QDate(day.year, day.month, day.day)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
            when = locale.toString(qdate, QLocale.FormatType.ShortFormat)
            lines = [name, when]
            if is_today:
                lines[1] += " · " + QCoreApplication.translate("WeekModel", "Today")
            mark = self._mark(section)
            if mark:
                lines.append(mark)
            if self._marketing_over(section):
                lines.append("⚠ " + QCoreApplication.translate("WeekModel", "Marketing heavy"))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._day_tooltip(section)
        if role == Qt.ItemDataRole.FontRole and is_today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and is_today:
            return QBrush(QApplication.palette().color(QPalette.ColorRole.Highlight))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _mark(self, section: int) -> str:
        """The day's holiday line(s), in the UI language: a day off (🏮) and a make-up
        working day (🛠) read differently, and a date computed by rule says so."""
        assert self._week is not None
        mark = self._week.marks.get(self.day(section))
        if mark is None:
            return ""
        name = mark.name_in(normalize(QLocale().name()))  # "C" and the like: English
        if mark.workday:
            text = "🛠 " + QCoreApplication.translate("WeekModel", "Working day (%1)").replace(
                "%1", name
            )
        else:
            text = "🏮 " + name
        if mark.provisional:
            marker = QCoreApplication.translate("WeekModel", "(provisional)")
            text += ("" if marker.startswith("（") else " ") + marker  # full-width brings its gap
        # Short lines keep a long name whole in a narrow day column; the view widens
        # the columns for whatever line is still too long.
        return "\n".join(textwrap.wrap(text, HEADER_LINE, break_long_words=False))

    def _mark_note(self, section: int) -> str:
        assert self._week is not None
        mark = self._week.marks.get(self.day(section))
        if mark is None or not mark.provisional:
            return ""
        return QCoreApplication.translate(
            "WeekModel", "Computed by rule; the official dates are not announced yet."
        )

    def _marketing_over(self, section: int) -> bool:
        assert self._week is not None
        return marketing_over(self._week.mix(section), self._marketing_limit)

    def _day_tooltip(self, section: int) -> str:
        assert self._week is not None
        mix = self._week.mix(section)
        total = sum(mix.values())
        lines = [QCoreApplication.translate("WeekModel", "%n post(s) on this day", None, total)]
        lines += [f"{type_label(t)}: {n}" for t, n in mix.items()]
        if self._marketing_over(section):
            lines.append(
                QCoreApplication.translate(
                    "WeekModel", "Marketing is %1% of this day's posts, above the %2% limit."
                )
                .replace("%1", f"{self._week.marketing_share(section):.0f}")
                .replace("%2", str(self._marketing_limit))
            )
        mark = self._mark(section)
        if mark:
            lines.append(mark.replace("\n", " "))
        note = self._mark_note(section)
        if note:
            lines.append(note)
        lines.append(
            QCoreApplication.translate(
                "WeekModel", "Drop a post here to move it to this day at the same time."
            )
        )
        return "\n".join(lines)


def _card_tooltip(card: PostCard) -> str:
    text = (
        f"{card.title}\n{card.local_time:%H:%M} · {type_label(card.content_type)} · "
        f"{status_label(card.status)}\n{groups_summary(card.target_names)}"
    )
    if card.recurring:
        text += "\n" + QCoreApplication.translate("WeekModel", "Repeats weekly")
    if needs_target(card):
        text += "\n⚠ " + QCoreApplication.translate(
            "WeekModel", "No target group is checked: the post will not be sent anywhere."
        )
    if not card.movable:
        text += "\n" + QCoreApplication.translate(
            "WeekModel", "Sent posts stay where they were sent."
        )
    for conflict in card.conflicts:
        text += "\n⚠ " + conflict_text(conflict, card)
    return text


def needs_target(card: PostCard) -> bool:
    """A planned (not yet sent) post that goes nowhere: its card carries a warning."""
    return not card.target_ids and card.movable


def conflict_text(conflict: Conflict, card: PostCard | None = None) -> str:
    names = dict(zip(card.target_ids, card.target_names, strict=False)) if card else {}
    group = names.get(conflict.group_id or -1, "")
    if conflict.kind == ConflictKind.SAME_SLOT:
        return QCoreApplication.translate(
            "WeekModel", "Another post goes to %1 in the same slot."
        ).replace("%1", group)
    if conflict.kind == ConflictKind.QUIET_HOURS:
        return QCoreApplication.translate(
            "WeekModel", "This time is inside the workspace's quiet hours."
        )
    return QCoreApplication.translate(
        "WeekModel", "%1 is archived (or closes) before this day."
    ).replace("%1", group)


def today_tint() -> QColor:
    """A faint wash of the highlight colour that keeps card text readable in any theme."""
    colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
    colour.setAlpha(28)
    return colour
