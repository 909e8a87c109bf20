"""The "to post now" panel: manual-channel deliveries (WeChat groups have no API) that
are due. One click copies the text (with the post's image) to the clipboard, one records
that it was posted, by whom and when.

New to-dos raise a desktop notification (the tray) or, without a tray, a status-bar
message. The list is re-read off the UI thread when the dispatcher reports progress;
deliveries others changed (the live feed) are re-read by id and merged in, the current
to-do and the scroll position kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QTimer, QUrl, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStatusBar,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.common.background import Background
from desktop.ui.live_ids import ids_in
from desktop.ui.outbox.labels import local_time

if TYPE_CHECKING:  # the database layer stays off the start-up path
    from desktop.services.live import Change
    from desktop.services.sending import OutboxService, TodoItem

POLL_MS = 60_000  # a to-do can become due with no dispatcher event (e.g. paused worker)


class ManualTodoPanel(QWidget):
    todos_arrived = Signal(int, str)  # how many new, where the first one goes
    count_changed = Signal(int)

    def __init__(self, outbox: OutboxService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manualTodoPanel")
        self._outbox = outbox
        self.calls = Background(self)
        self.tz: str | None = None  # the workspace zone (the controller sets it)
        self._items: list[TodoItem] = []
        self._seen: set[int] | None = None  # None until the first load
        self._refresh_timer = QTimer(self, singleShot=True, interval=500)
        self._refresh_timer.timeout.connect(self.refresh)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.refresh)
        self._build()
        self.retranslate()
        self._poll.start()
        self.calls.submit(outbox.active_operators, self._fill_operators)
        self.refresh()

    def _build(self) -> None:
        self.operator_caption = QLabel(self)
        self.operator = QComboBox(self)
        self.operator.setObjectName("todoOperator")
        who = QHBoxLayout()
        who.addWidget(self.operator_caption)
        who.addWidget(self.operator, 1)
        self.list = QListWidget(self)
        self.list.setObjectName("todoList")
        self.list.currentRowChanged.connect(self._current_changed)
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("todoPreview")
        self.preview.setReadOnly(True)
        self.image_label = QLabel(self)
        self.image_label.setWordWrap(True)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyTodo")
        self.copy_button.clicked.connect(self.copy_current)
        self.posted_button = QPushButton(self)
        self.posted_button.setObjectName("markPosted")
        self.posted_button.clicked.connect(self.mark_current_posted)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.posted_button)
        self.feedback = QLabel(self)
        self.feedback.setObjectName("todoFeedback")
        self.feedback.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(who)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.image_label)
        layout.addLayout(buttons)
        layout.addWidget(self.feedback)
        self._current_changed(-1)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.operator_caption.setText(self.tr("Posted by:"))
        self.copy_button.setText(self.tr("Copy text"))
        self.copy_button.setToolTip(
            self.tr("Put the text (and the post's image) on the clipboard to paste in WeChat")
        )
        self.posted_button.setText(self.tr("Mark as posted"))
        self.empty_label.setText(self.tr("Nothing to post by hand right now."))
        self._current_changed(self.list.currentRow())

    # -- loading ------------------------------------------------------------------------
    def watch(self, changed: SignalInstance) -> None:
        changed.connect(self.schedule_refresh)

    def schedule_refresh(self, *_args: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        self.calls.submit(self._outbox.todo_items, self._show_items, self._show_error)

    def apply_changes(self, changes: list[Change]) -> None:
        """Deliveries others changed: read those again and merge them into the list."""
        ids = ids_in(changes, "deliveries")
        if ids is None:
            self.schedule_refresh()
        elif ids:
            outbox = self._outbox
            self.calls.submit(
                lambda: outbox.todo_items(ids=ids),
                lambda got: self._merge(ids, got),
                self._show_error,
            )

    def _merge(self, ids: frozenset[int], got: list[TodoItem]) -> None:
        kept = [i for i in self._items if i.id not in ids]
        merged = sorted(kept + got, key=lambda i: (i.due_at, i.id))
        if merged != self._items:
            self._show_items(merged)

    def _fill_operators(self, operators: list[tuple[int, str]]) -> None:
        self.operator.clear()
        for op_id, name in operators:
            self.operator.addItem(name, op_id)
        if not operators:
            self.operator.addItem(self.tr("(no operator)"), None)

    def _show_items(self, items: list[TodoItem]) -> None:
        current = self.current_item()
        scrolled = self.list.verticalScrollBar().value()
        self._items = items
        self.list.blockSignals(True)
        self.list.clear()
        for item in items:
            first = item.subject or (item.text.strip().splitlines() or [""])[0]
            when = local_time(item.due_at, self.tz)
            entry = QListWidgetItem(f"{when} · {item.where}\n{first[:80]}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(entry)
        self.list.blockSignals(False)
        keep = next((i for i, it in enumerate(items) if current and it.id == current.id), 0)
        self.list.setCurrentRow(keep if items else -1)
        self.list.verticalScrollBar().setValue(scrolled)
        self._current_changed(self.list.currentRow())
        self.empty_label.setVisible(not items)
        ids = {i.id for i in items}
        fresh = [i for i in items if self._seen is not None and i.id not in self._seen]
        if self._seen is None and items:
            fresh = list(items)  # what was already waiting when the app started
        self._seen = ids if self._seen is None else self._seen | ids
        self.count_changed.emit(len(items))
        if fresh:
            self.todos_arrived.emit(len(fresh), fresh[0].where)

    def _show_error(self, exc: BaseException) -> None:
        self.feedback.setText(self.tr("Could not read the to-do list: %1").replace("%1", str(exc)))

    # -- the current to-do --------------------------------------------------------------
    def items(self) -> list[TodoItem]:
        return list(self._items)

    def current_item(self) -> TodoItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def _current_changed(self, _row: int) -> None:
        item = self.current_item()
        self.preview.setPlainText(item.text if item else "")
        self.copy_button.setEnabled(item is not None)
        self.posted_button.setEnabled(item is not None)
        if item is not None and item.image_path is not None:
            self.image_label.setText(
                self.tr("Image: %1 (copied with the text)").replace("%1", item.image_path.name)
            )
        else:
            self.image_label.setText("")

    def copy_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        mime = QMimeData()
        mime.setText(item.text)
        if item.image_path is not None:
            image = QImage(str(item.image_path))
            if not image.isNull():
                mime.setImageData(image)
            # File managers and chat apps that paste files take the image this way.
            mime.setUrls([QUrl.fromLocalFile(str(item.image_path))])
        QGuiApplication.clipboard().setMimeData(mime)
        self.feedback.setText(
            self.tr("Copied. Paste it into %1, then mark it as posted.").replace(
                "%1", item.where or self.tr("the group")
            )
        )

    def mark_current_posted(self) -> None:
        item = self.current_item()
        if item is None:
            return
        operator_id = self.operator.currentData()
        self.posted_button.setEnabled(False)

        def done(ok: bool) -> None:
            if ok:
                self.feedback.setText(
                    self.tr("Marked as posted by %1.").replace("%1", self.operator.currentText())
                )
            else:
                self.feedback.setText(self.tr("Already done or cancelled elsewhere."))
            self.refresh()

        self.calls.submit(
            lambda: self._outbox.mark_posted(item.id, operator_id=operator_id),
            done,
            self._show_error,
        )


class TodoNotifier(QObject):
    """Tells the operator that something needs them (a post to make by hand, a reply about
    to breach its standard): a tray balloon when the desktop has a tray, and always a
    status-bar message."""

    def __init__(self, status_bar: QStatusBar, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._status_bar = status_bar
        self._icon = icon
        self._tray: QSystemTrayIcon | None = None
        self.last_message = ""

    def notify(self, count: int, where: str) -> None:
        title = self.tr("To post now")
        if count == 1:
            text = self.tr("A message is due in %1: post it by hand.").replace("%1", where)
        else:
            text = self.tr("%n message(s) are due to be posted by hand.", "", count)
        self.message(title, text)

    def message(self, title: str, text: str) -> None:
        """Any desktop notification (the inbox's reply-time warnings use it too)."""
        self.last_message = text
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self._icon, self)
                self._tray.setToolTip(self.tr("Shequn Desk"))
            self._tray.show()
            self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self._status_bar.showMessage(text, 15000)
