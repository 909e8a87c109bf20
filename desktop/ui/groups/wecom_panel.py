"""The group's WeCom tab: which customer group it is (sync status, link), its 群发 tasks
waiting for the owner (remind, cancel), its welcome template and its 群活码."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.container import Services
from desktop.services.wecom import (
    ChatRow,
    JoinWayQr,
    LinkResult,
    SyncReport,
    TaskRow,
    WeComGroupInfo,
)
from desktop.ui.accounts.wecom_problems import describe
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage


class WeComPanel(QWidget):
    changed = Signal()

    def __init__(self, services: Services, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wecomPanel")
        self.services = services
        self.group_id = group_id
        self.calls = Background(self)
        self._chats: list[ChatRow] = []
        self._tasks: list[TaskRow] = []
        self._info: WeComGroupInfo | None = None
        self._qr: JoinWayQr | None = None
        self._qr_asked = ""  # the 群活码 URL whose image was asked for, once per URL
        self._build()
        self.retranslate()
        self.refresh()

    def _build(self) -> None:
        self.account = QComboBox(self)
        self.account.currentIndexChanged.connect(lambda *_: self._load_chats())
        self.sync_button = QPushButton(self)
        self.sync_button.clicked.connect(self.sync_now)
        self.status = QLabel(self)
        self.status.setObjectName("wecomStatus")
        self.status.setWordWrap(True)
        self.chats = QTableWidget(0, 4, self)
        self.chats.setObjectName("wecomChats")
        self.chats.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.chats.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.chats.verticalHeader().hide()
        self.chats.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.chats.horizontalHeader().setStretchLastSection(True)
        self.link_button = QPushButton(self)
        self.link_button.clicked.connect(self.link_selected)
        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        top.addWidget(self.sync_button)
        top.addWidget(self.link_button)

        self.tasks_box = QGroupBox(self)
        self.tasks = QTableWidget(0, 4, self.tasks_box)
        self.tasks.setObjectName("wecomTasks")
        self.tasks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tasks.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tasks.verticalHeader().hide()
        self.tasks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tasks.horizontalHeader().setStretchLastSection(True)
        self.remind_button = QPushButton(self.tasks_box)
        self.remind_button.clicked.connect(self.remind_selected)
        self.cancel_button = QPushButton(self.tasks_box)
        self.cancel_button.clicked.connect(self.cancel_selected)
        task_buttons = QHBoxLayout()
        task_buttons.addStretch(1)
        task_buttons.addWidget(self.remind_button)
        task_buttons.addWidget(self.cancel_button)
        box = QVBoxLayout(self.tasks_box)
        box.addWidget(self.tasks)
        box.addLayout(task_buttons)

        self.welcome_box = QGroupBox(self)
        self.welcome_label = QLabel(self.welcome_box)
        self.welcome_label.setWordWrap(True)
        self.welcome_button = QPushButton(self.welcome_box)
        self.welcome_button.clicked.connect(self.save_welcome)
        self.state = QLineEdit(self.welcome_box)
        self.state.setMaxLength(30)
        # Given a base name, WeCom opens the next group ("<name>2", …) when this one is full.
        self.room_base = QLineEdit(self.welcome_box)
        self.room_base.setMaxLength(60)
        self.qr_button = QPushButton(self.welcome_box)
        self.qr_button.clicked.connect(self.make_qr)
        self.qr_save = QPushButton(self.welcome_box)
        self.qr_save.clicked.connect(self.save_qr)
        self.qr_image = QLabel(self.welcome_box)
        self.qr_image.setFixedSize(132, 132)
        self.qr_image.hide()  # shown once there is a code
        self.qr_link = QLabel(self.welcome_box)
        self.qr_link.setWordWrap(True)
        self.qr_link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        welcome_row = QHBoxLayout()
        welcome_row.addWidget(self.welcome_label, 1)
        welcome_row.addWidget(self.welcome_button)
        qr_row = QHBoxLayout()
        qr_row.addWidget(self.state, 1)
        qr_row.addWidget(self.room_base, 1)
        qr_row.addWidget(self.qr_button)
        qr_row.addWidget(self.qr_save)
        qr_show = QHBoxLayout()
        qr_show.addWidget(self.qr_image)
        qr_show.addWidget(self.qr_link, 1)
        wbox = QVBoxLayout(self.welcome_box)
        wbox.addLayout(welcome_row)
        wbox.addLayout(qr_row)
        wbox.addLayout(qr_show)

        self.message = InlineMessage(self)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.chats, 2)
        layout.addWidget(self.tasks_box, 2)
        layout.addWidget(self.welcome_box)
        layout.addWidget(self.message)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.sync_button.setText(self.tr("Sync now"))
        self.link_button.setText(self.tr("Link to this group"))
        self.chats.setHorizontalHeaderLabels(
            [self.tr("Customer group"), self.tr("Owner"), self.tr("Members"), self.tr("Linked")]
        )
        self.tasks_box.setTitle(self.tr("群发 tasks waiting for the owner"))
        self.tasks.setHorizontalHeaderLabels(
            [self.tr("Owner"), self.tr("Groups"), self.tr("Reminders left"), self.tr("Text")]
        )
        self.remind_button.setText(self.tr("Remind owner"))
        self.cancel_button.setText(self.tr("Cancel task"))
        self.welcome_box.setTitle(self.tr("Welcome template and 群活码"))
        self.welcome_button.setText(self.tr("Keep welcome in WeCom"))
        self.state.setPlaceholderText(self.tr("Source tag for new members (≤ 30 characters)"))
        self.room_base.setPlaceholderText(self.tr("When full, next group's name (optional)"))
        self.qr_button.setText(self.tr("Make 群活码"))
        self.qr_save.setText(self.tr("Save QR as PNG…"))
        self._show_info()

    # -- loading --------------------------------------------------------------------------
    def refresh(self) -> None:
        svc = self.services

        def load() -> tuple[list[tuple[int, str]], WeComGroupInfo | None]:
            return [(a.id, a.name) for a in svc.wecom_accounts.list()], svc.wecom_groups.info(
                self.group_id
            )

        self.calls.read(load, self._show_accounts, self._failed)

    def _show_accounts(self, result: tuple[list[tuple[int, str]], WeComGroupInfo | None]) -> None:
        accounts, self._info = result
        self.account.blockSignals(True)
        self.account.clear()
        for account_id, name in accounts:
            self.account.addItem(name, account_id)
        self.account.blockSignals(False)
        if not accounts:
            self.status.setText(
                self.tr("No WeCom app yet: add one under Sending → Channel accounts…")
            )
        self._show_info()
        self._load_chats()

    def _account_id(self) -> int | None:
        value = self.account.currentData()
        return int(value) if value is not None else None

    def _load_chats(self) -> None:
        account_id = self._account_id()
        if account_id is None:
            return
        svc = self.services
        self.calls.read(
            lambda: (svc.wecom_sync.chats(account_id), svc.wecom_tasks.awaiting(account_id)),
            self._show_chats,
            self._failed,
        )

    def _show_chats(self, result: tuple[list[ChatRow], list[TaskRow]]) -> None:
        self._chats, self._tasks = result
        self.chats.setRowCount(len(self._chats))
        for i, c in enumerate(self._chats):
            linked = (
                self.tr("this group")
                if c.group_id == self.group_id
                else (self.tr("yes") if c.group_id else "")
            )
            for col, text in enumerate((c.name or c.chat_id, c.owner, str(c.member_count), linked)):
                self.chats.setItem(i, col, QTableWidgetItem(text))
        self.tasks.setRowCount(len(self._tasks))
        for i, t in enumerate(self._tasks):
            for col, text in enumerate((t.owner, str(t.groups), str(t.reminds_left), t.preview)):
                self.tasks.setItem(i, col, QTableWidgetItem(text))
        if self._account_id() is not None:
            self.status.setText(
                self.tr("%1 customer groups; %2 tasks waiting for confirmation.")
                .replace("%1", str(len(self._chats)))
                .replace("%2", str(len(self._tasks)))
            )

    def _show_info(self) -> None:
        info = self._info
        if info is None:
            self.welcome_label.setText(self.tr("Not linked to a WeCom customer group yet."))
        else:
            kept = info.welcome_template_id or self.tr("not yet")
            self.welcome_label.setText(
                self.tr("Owner %1. Welcome template: %2. {name} becomes %NICKNAME%.")
                .replace("%1", info.owner)
                .replace("%2", kept)
            )
            if info.join_way_qr and info.join_way_qr != self._qr_asked:
                self._qr_asked = info.join_way_qr
                self.calls.call(
                    lambda: self.services.wecom_groups.join_way_qr(self.group_id),
                    self._show_qr,
                    self._failed,
                )
        for w in (self.welcome_button, self.qr_button, self.state, self.room_base):
            w.setEnabled(info is not None)
        self.qr_save.setEnabled(self._qr is not None)

    # -- actions --------------------------------------------------------------------------
    def sync_now(self) -> None:
        account_id = self._account_id()
        if account_id is None:
            return
        self.message.show_info(self.tr("Syncing…"))
        self.calls.call(
            lambda: self.services.wecom_sync.sync(account_id), self._synced, self._failed
        )

    def _synced(self, r: SyncReport) -> None:
        self.message.show_info(
            self.tr("Synced %1 groups: %2 joined, %3 left.")
            .replace("%1", str(r.chats))
            .replace("%2", str(r.joined))
            .replace("%3", str(r.left))
        )
        self._load_chats()

    def link_selected(self) -> None:
        rows = self.chats.selectionModel().selectedRows()
        account_id = self._account_id()
        if not rows or account_id is None:
            return
        chat = self._chats[rows[0].row()]
        self.calls.change(
            lambda: self.services.wecom_ingest.link(account_id, chat.chat_id, self.group_id),
            self._linked,
            self._failed,
        )

    def _linked(self, r: LinkResult) -> None:
        warnings = ", ".join(r.name_warnings) or self.tr("OK")
        self.message.show_info(self.tr("Linked. Name rule: %1").replace("%1", warnings))
        self.changed.emit()
        self.refresh()

    def _selected_task(self) -> TaskRow | None:
        rows = self.tasks.selectionModel().selectedRows()
        return self._tasks[rows[0].row()] if rows else None

    def _done(self, text: str) -> None:
        self.message.show_info(text)
        self.refresh()

    def remind_selected(self) -> None:
        task = self._selected_task()
        if task is None:
            return
        text = self.tr("Owner reminded.")
        self.calls.call(
            lambda: self.services.wecom_tasks.remind(task.account_id, task.msgid),
            lambda _r: self._done(text),
            self._failed,
        )

    def cancel_selected(self) -> None:
        task = self._selected_task()
        if task is None:
            return
        text = self.tr("Task cancelled.")
        self.calls.call(
            lambda: self.services.wecom_tasks.cancel(task.account_id, task.msgid),
            lambda _r: self._done(text),
            self._failed,
        )

    def save_welcome(self) -> None:
        text = self.tr("Welcome kept in WeCom.")
        self.calls.call(
            lambda: self.services.wecom_groups.save_welcome_template(self.group_id),
            lambda _r: self._done(text),
            self._failed,
        )

    def make_qr(self) -> None:
        state, base = self.state.text().strip(), self.room_base.text().strip()
        self.calls.call(
            lambda: self.services.wecom_groups.make_join_way(
                self.group_id, state, room_base_name=base
            ),
            self._show_qr,
            self._failed,
        )

    def _show_qr(self, qr: JoinWayQr | None) -> None:
        """WeCom's own image of the 群活码, as downloaded (never re-encoded: its URL is
        the picture's address, not what the code says)."""
        if qr is None:
            return
        self._qr = qr
        self._qr_asked = qr.url  # a new code's image is here already: not downloaded again
        pixmap = QPixmap()
        if pixmap.loadFromData(qr.image):
            self.qr_image.setPixmap(
                pixmap.scaled(
                    128,
                    128,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.qr_image.show()
        self.qr_link.setText(qr.url)
        self.qr_save.setEnabled(True)

    def save_qr(self) -> None:
        if self._qr is None:
            return
        suffix = self._qr.suffix
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save QR"), f"qr.{suffix}", f"{suffix.upper()} (*.{suffix})"
        )
        if path:
            image = self._qr.image
            self.calls.submit(lambda: _write(path, image), None, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(describe(exc))


def _write(path: str, data: bytes) -> None:
    with open(path, "wb") as f:
        f.write(data)
