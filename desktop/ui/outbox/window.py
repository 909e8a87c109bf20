"""The outbox window: every delivery with its status and reason, filters, and the
Retry / Cancel / Send now actions on the selection; the selected delivery's details are
``DeliveryDetails`` (``ui/outbox/delivery_details.py``).

Non-modal, one per main window. Every query and write runs through ``Background``;
the table refreshes itself (throttled) when the dispatcher reports progress, and follows
what teammates and the worker change through the live feed (``apply_changes``: the
changed deliveries are re-read by id and updated in place).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.services.live import Change
from desktop.services.sending import OutboxFilter, OutboxRow, OutboxService, StatusCounts
from desktop.ui.common.background import Background
from desktop.ui.live_ids import ids_in
from desktop.ui.outbox.delivery_details import DeliveryDetails
from desktop.ui.outbox.labels import (
    channel_label,
    status_label,
)
from desktop.ui.outbox.model import COLUMNS, OutboxModel

STATUS_CHOICES: tuple[DeliveryStatus, ...] = (
    DeliveryStatus.PENDING,
    DeliveryStatus.CLAIMED,
    DeliveryStatus.FAILED,
    DeliveryStatus.MANUAL_TODO,
    DeliveryStatus.AWAITING,
    DeliveryStatus.SENT,
    DeliveryStatus.CANCELLED,
)
RETRYABLE = {DeliveryStatus.FAILED, DeliveryStatus.CANCELLED}
CANCELLABLE = {DeliveryStatus.PENDING, DeliveryStatus.FAILED, DeliveryStatus.MANUAL_TODO}


class OutboxWindow(QWidget):
    def __init__(self, outbox: OutboxService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("OutboxWindow")
        self.resize(1000, 600)
        self._outbox = outbox
        self.calls = Background(self)
        self.model = OutboxModel(outbox, self.calls, self)
        self._refresh_timer = QTimer(self, singleShot=True, interval=800)
        self._refresh_timer.timeout.connect(self.refresh)
        self._counts_timer = QTimer(self, singleShot=True, interval=500)
        self._counts_timer.timeout.connect(self._load_counts)
        self._search_timer = QTimer(self, singleShot=True, interval=300)
        self._search_timer.timeout.connect(self._apply_filter)
        self.tz: str | None = None  # the workspace zone; read once, below
        self._build()
        self.retranslate()
        self.calls.submit(outbox.timezone, self._set_zone, self._show_error)
        self._apply_filter()

    # -- construction -------------------------------------------------------------------
    def _build(self) -> None:
        self.status_filter = QComboBox(self)
        self.status_filter.setObjectName("statusFilter")
        self.channel_filter = QComboBox(self)
        self.channel_filter.setObjectName("channelFilter")
        self.search = QLineEdit(self)
        self.search.setObjectName("outboxSearch")
        self.search.setClearButtonEnabled(True)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.channel_filter.currentIndexChanged.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        filters = QHBoxLayout()
        self.status_caption = QLabel(self)
        self.channel_caption = QLabel(self)
        for w in (self.status_caption, self.status_filter, self.channel_caption):
            filters.addWidget(w)
        filters.addWidget(self.channel_filter)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.refresh_button)

        self._counts: StatusCounts | None = None  # shown, named again on a language change
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("outboxCounts")
        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("outboxEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("QLabel#outboxEmpty { color: #5f6368; }")
        self.empty_label.hide()
        self.table = QTableView(self)
        self.table.setObjectName("outboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in zip(COLUMNS, (130, 110, 110, 170, 220, 80), strict=False):
            header.resizeSection(COLUMNS.index(col), width)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A refresh resets the model; the operator's selection survives it by id.
        self._kept_ids: list[int] = []
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.loading_changed.connect(self._loading_changed)
        self.model.patched.connect(self._patched)
        self.model.load_failed.connect(self._show_error)

        self.details = DeliveryDetails(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)

        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("retryButton")
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelButton")
        self.send_now_button = QPushButton(self)
        self.send_now_button.setObjectName("sendNowButton")
        self.retry_button.clicked.connect(self.retry_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.send_now_button.clicked.connect(self.send_selected_now)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("outboxFeedback")
        self.feedback.setWordWrap(True)
        actions = QHBoxLayout()
        for b in (self.retry_button, self.cancel_button, self.send_now_button):
            actions.addWidget(b)
        actions.addWidget(self.feedback, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(split, 1)
        layout.addLayout(actions)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.refresh)
        self._selection_changed()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Outbox"))
        self.status_caption.setText(self.tr("Status:"))
        self.channel_caption.setText(self.tr("Channel:"))
        self.search.setPlaceholderText(self.tr("Search subject or recipient"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.retry_button.setText(self.tr("Retry"))
        self.retry_button.setToolTip(self.tr("Queue failed or cancelled deliveries again"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop deliveries that have not been sent"))
        self.send_now_button.setText(self.tr("Send now"))
        self.send_now_button.setToolTip(
            self.tr("Make pending deliveries due now (the sending rules still apply)")
        )
        self._fill_combo(
            self.status_filter,
            [(self.tr("All statuses"), None)] + [(status_label(s), s) for s in STATUS_CHOICES],
        )
        self._fill_combo(
            self.channel_filter,
            [(self.tr("All channels"), None)] + [(channel_label(c), c) for c in ChannelKind],
        )

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(current)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self._counts is not None:
                self._show_counts(self._counts)
            if self.empty_label.text():
                self._show_empty()
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        super().changeEvent(event)

    def _set_zone(self, tz: str) -> None:
        """Times are shown in the workspace's zone, never the computer's."""
        self.tz = self.model.tz = tz
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.table.viewport().update()
        self._selection_changed()

    # -- loading ------------------------------------------------------------------------
    def watch(self, changed: SignalInstance) -> None:
        """Refresh (throttled) whenever ``changed`` fires, e.g. the dispatcher's state."""
        changed.connect(self.schedule_refresh)

    def schedule_refresh(self, *_args: object) -> None:
        if self.isVisible() and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def apply_changes(self, changes: list[Change]) -> None:
        """Deliveries others changed: those rows are re-read and updated in place (a
        burst too large to name re-reads the rows shown)."""
        ids = ids_in(changes, "deliveries")
        if ids is None:
            self.refresh()
            return
        if not ids:
            return
        self.model.reread(ids)
        if not self._counts_timer.isActive():
            self._counts_timer.start()

    def _patched(self) -> None:
        self._show_empty()
        self._selection_changed()  # the details follow a selected row that changed

    def current_filter(self) -> OutboxFilter:
        status = self.status_filter.currentData()
        channel = self.channel_filter.currentData()
        return OutboxFilter(
            statuses=(status,) if status is not None else (),
            channel=channel,
            text=self.search.text(),
        )

    def _apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._load_counts()

    def refresh(self) -> None:
        self.model.refresh()
        self._load_counts()

    def _load_counts(self) -> None:
        self.calls.submit(self._outbox.counts, self._show_counts, self._show_error)

    def _show_counts(self, counts: StatusCounts) -> None:
        self._counts = counts
        parts = [
            self.tr("%1 pending").replace("%1", str(counts.get(DeliveryStatus.PENDING))),
            self.tr("%1 due now").replace("%1", str(counts.due_now)),
            self.tr("%1 sending").replace("%1", str(counts.get(DeliveryStatus.CLAIMED))),
            self.tr("%1 failed").replace("%1", str(counts.get(DeliveryStatus.FAILED))),
            self.tr("%1 to post by hand").replace(
                "%1", str(counts.get(DeliveryStatus.MANUAL_TODO))
            ),
            self.tr("%1 sent").replace("%1", str(counts.get(DeliveryStatus.SENT))),
        ]
        self.counts_label.setText(" · ".join(parts))

    def _loading_changed(self, loading: bool) -> None:
        self.refresh_button.setEnabled(not loading)
        if not loading:
            self._show_empty()

    def _show_empty(self) -> None:
        """An empty list says what belongs there and how it fills, not just nothing."""
        if self.model.rowCount():
            self.empty_label.hide()
            return
        flt = self.current_filter()
        if flt.statuses or flt.channel is not None or flt.text.strip():
            text = self.tr("No deliveries match these filters. Choose “All statuses” to see all.")
        else:
            text = self.tr(
                "The outbox is empty. Replies from the inbox, welcome messages and scheduled "
                "posts wait here until they are sent."
            )
        self.empty_label.setText(text)
        self.empty_label.show()

    def _show_error(self, error: object) -> None:
        self.feedback.setStyleSheet("QLabel { color: #b00020; }")
        self.feedback.setText(self.tr("Could not read the outbox: %1").replace("%1", str(error)))

    # -- selection ----------------------------------------------------------------------
    def selected_rows(self) -> list[OutboxRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: Sequence[int]) -> None:
        self.table.clearSelection()
        sel = self.table.selectionModel()
        for delivery_id in ids:
            row = self.model.row_of(delivery_id)
            if row >= 0:
                sel.select(
                    self.model.index(row, 0),
                    sel.SelectionFlag.Select | sel.SelectionFlag.Rows,
                )

    def _keep_selection(self) -> None:
        self._kept_ids = [r.id for r in self.selected_rows()]

    def _restore_selection(self) -> None:
        self.select_ids(self._kept_ids)
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        rows = self.selected_rows()
        statuses = {r.status for r in rows}
        self.retry_button.setEnabled(bool(statuses & RETRYABLE))
        self.cancel_button.setEnabled(bool(statuses & CANCELLABLE))
        self.send_now_button.setEnabled(DeliveryStatus.PENDING in statuses)
        self.details.show_rows(rows, self.tz)

    # -- actions ------------------------------------------------------------------------
    def retry_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status in RETRYABLE]
        self._act(
            ids,
            self._outbox.retry,
            lambda n: self.tr("%n delivery(ies) queued again.", "", n),
        )

    def cancel_selected(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status in CANCELLABLE]
        self._act(ids, self._outbox.cancel, lambda n: self.tr("%n delivery(ies) cancelled.", "", n))

    def send_selected_now(self) -> None:
        ids = [r.id for r in self.selected_rows() if r.status == DeliveryStatus.PENDING]
        self._act(
            ids,
            self._outbox.send_now,
            lambda n: self.tr("%n delivery(ies) will be sent now.", "", n),
        )

    def _act(
        self,
        ids: list[int],
        action: Callable[[Sequence[int]], int],
        message: Callable[[int], str],
    ) -> None:
        if not ids:
            return
        for b in (self.retry_button, self.cancel_button, self.send_now_button):
            b.setEnabled(False)
        self.feedback.setStyleSheet("")
        self.feedback.setText(self.tr("Working…"))

        def done(n: int) -> None:
            text = message(n)
            if n < len(ids):
                skipped = len(ids) - n
                text += " " + self.tr(
                    "%n could not be changed (already sent or being sent).", "", skipped
                )
            self.feedback.setText(text)
            self.model.refresh()
            self._load_counts()

        def failed(exc: BaseException) -> None:
            self._selection_changed()
            self._show_error(f"{type(exc).__name__}: {exc}")

        self.calls.submit(lambda: action(ids), done, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._refresh_timer.stop()
        super().closeEvent(event)
