"""The outbox table model: keyset pages from ``OutboxService.page``, loaded off the UI thread.

``fetchMore`` only starts a query; the rows arrive through ``Background`` and are
appended then. A filter change bumps a generation number so a late page of the old
filter is dropped instead of mixed in.

Rows others changed (teammates, the worker's dispatcher) are re-read by id with the
filter shown (``OutboxService.rows_by_ids``) and patched in by ``apply_rows``; ``refresh``
re-reads the rows shown in one query and patches them in the same way. Neither resets the
model, so the selection and the scroll position stay (``ui/common/live_rows.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.domain.enums import DeliveryStatus
from desktop.services.sending import (
    PAGE_SIZE,
    OutboxCursor,
    OutboxFilter,
    OutboxPage,
    OutboxRow,
    OutboxService,
)
from desktop.ui.common.background import Background
from desktop.ui.common.live_rows import Key, RowPatch
from desktop.ui.outbox.labels import channel_label, explain, local_time, status_label

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("due", "status", "channel", "recipient", "subject", "attempts", "reason")
STATUS_COLOURS = {
    DeliveryStatus.FAILED: "#b00020",
    DeliveryStatus.MANUAL_TODO: "#8a6d00",
    DeliveryStatus.AWAITING: "#8a6d00",
    DeliveryStatus.SENT: "#1b6e20",
    DeliveryStatus.CANCELLED: "#666666",
}
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class OutboxModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    load_failed = Signal(str)
    patched = Signal()  # rows changed in place (a refresh, others' changes)

    def __init__(self, outbox: OutboxService, calls: Background, parent: Any = None) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._calls = calls
        self._filter = OutboxFilter()
        self._rows: list[OutboxRow] = []
        self._cursor: OutboxCursor | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._again = False  # a refresh was asked for while a read ran
        self.tz: str | None = None  # the workspace zone every time is shown in
        self._patch = RowPatch[OutboxRow](self, lambda r: r.id, self._key, len(COLUMNS))

    # -- loading ------------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def filter(self) -> OutboxFilter:
        return self._filter

    def set_filter(self, flt: OutboxFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Start again from the first page (a new filter)."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._cursor, self._exhausted = [], None, False
        self.endResetModel()
        self._again = False  # the first page is read now anyway
        self._set_loading(False)
        self.fetchMore()

    def refresh(self) -> None:
        """Re-read the rows already shown (statuses change under us) in one query; asked
        while a read runs, it follows that read (which may predate the change)."""
        if self._loading:
            self._again = True
            return
        self._again = False
        self._generation += 1
        generation, flt = self._generation, self._filter
        limit = max(len(self._rows), PAGE_SIZE)
        self._set_loading(True)
        self._calls.submit(
            lambda: self._outbox.page(flt, None, limit),
            lambda page: self._replace(generation, page),
            self._failed,
        )

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        generation, flt, cursor = self._generation, self._filter, self._cursor
        self._set_loading(True)
        self._calls.submit(
            lambda: self._outbox.page(flt, cursor, PAGE_SIZE),
            lambda page: self._append(generation, page),
            self._failed,
        )

    def _append(self, generation: int, page: OutboxPage) -> None:
        if generation != self._generation:
            return
        self._cursor = page.cursor
        self._exhausted = page.cursor is None
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._set_loading(False)

    def _replace(self, generation: int, page: OutboxPage) -> None:
        if generation != self._generation:
            return
        self._cursor = page.cursor
        self._exhausted = page.cursor is None
        asked = {r.id for r in self._rows} | {r.id for r in page.rows}
        self._patch.apply(self._rows, asked, page.rows, self._bound())
        self._set_loading(False)

        self.patched.emit()

    def reread(self, ids: Collection[int]) -> None:
        """Others changed these deliveries: read them again (with the filter shown) and
        patch them in. A read overtaken by a reload of the table is dropped."""
        generation, flt, outbox = self._generation, self._filter, self._outbox
        self._calls.submit(
            lambda: outbox.rows_by_ids(ids, flt),
            lambda rows: self._apply_rows(generation, ids, rows),
            self._failed,
        )

    def _apply_rows(self, generation: int, asked: Collection[int], fresh: list[OutboxRow]) -> None:
        if generation == self._generation:
            self._patch.apply(self._rows, asked, fresh, self._bound())
            self.patched.emit()

    def _key(self, r: OutboxRow) -> Key:
        when = r.due_at.timestamp()
        return (-when, -r.id) if self._filter.newest_first else (when, r.id)

    def _bound(self) -> Key | None:
        cur = self._cursor
        if cur is None or self._exhausted:
            return None
        when = cur.due_at.timestamp()
        return (-when, -cur.id) if self._filter.newest_first else (when, cur.id)

    def _failed(self, exc: BaseException) -> None:
        self._again = False  # not again at once: the next change or Refresh tries
        self._set_loading(False)
        self.load_failed.emit(f"{type(exc).__name__}: {exc}")

    def _set_loading(self, value: bool) -> None:
        if value != self._loading:
            self._loading = value
            self.loading_changed.emit(value)
        if not value and self._again:
            self.refresh()

    # -- access -------------------------------------------------------------------------
    def row_at(self, row: int) -> OutboxRow:
        return self._rows[row]

    def rows(self) -> list[OutboxRow]:
        return list(self._rows)

    def row_of(self, delivery_id: int) -> int:
        for i, r in enumerate(self._rows):
            if r.id == delivery_id:
                return i
        return -1

    def ids_at(self, rows: Sequence[int]) -> list[int]:
        return [self._rows[r].id for r in rows if 0 <= r < len(self._rows)]

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("OutboxModel", "When"),
            QCoreApplication.translate("OutboxModel", "Status"),
            QCoreApplication.translate("OutboxModel", "Channel"),
            QCoreApplication.translate("OutboxModel", "To"),
            QCoreApplication.translate("OutboxModel", "Subject / text"),
            QCoreApplication.translate("OutboxModel", "Attempts"),
            QCoreApplication.translate("OutboxModel", "Reason"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ROW_ROLE:
            return r
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("reason", "subject"):
            return self._display(r, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == "recipient":
            return r.member_address or r.recipient or None
        if role == Qt.ItemDataRole.ForegroundRole and column in ("status", "reason"):
            colour = STATUS_COLOURS.get(r.status)
            return QColor(colour) if colour else None
        return None

    def _display(self, r: OutboxRow, column: str) -> str:
        if column == "due":
            return local_time(r.sent_at if r.status == DeliveryStatus.SENT else r.due_at, self.tz)
        if column == "status":
            return status_label(r.status)
        if column == "channel":
            return channel_label(r.channel)
        if column == "recipient":
            if r.member_erased:
                return QCoreApplication.translate("OutboxModel", "Erased member")
            if r.member_name:
                return r.member_name
            if r.recipient:
                return r.recipient
            if r.group_id is not None:
                return QCoreApplication.translate("OutboxModel", "Group #%1").replace(
                    "%1", str(r.group_id)
                )
            if r.member_id is not None:
                return QCoreApplication.translate("OutboxModel", "Member #%1").replace(
                    "%1", str(r.member_id)
                )
            return ""
        if column == "subject":
            return r.subject or r.preview
        if column == "attempts":
            return str(r.attempts)
        return explain(r.status, r.status_reason, r.last_error, self.tz)
