"""A group's Matrix room (issue 8): link to a joined room, create one, sync its members.

Everything here talks to the homeserver, so each action runs on the app's event loop while a
busy bar shows; the result (or the server's refusal) lands in the
message line. Encrypted rooms are listed but cannot be chosen, with the reason beside them.
Invitations to group rooms (never joined unasked) are listed with who sent them: linking
the group to one joins it, or it can be declined.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.matrix import MatrixAccounts, MatrixRooms, MemberSync, RoomChoice
from desktop.ui.common.background import Background
from desktop.ui.common.forms import InlineMessage

ROOM_ROLE = Qt.ItemDataRole.UserRole + 1


class MatrixRoomPanel(QWidget):
    changed = Signal()  # linked, unlinked or members synced

    def __init__(
        self,
        accounts: MatrixAccounts,
        rooms: MatrixRooms,
        group_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._rooms = rooms
        self.group_id = group_id
        self.calls = Background(self)
        self.status = QLabel()
        self.status.setObjectName("matrixLinkStatus")
        self.status.setWordWrap(True)
        self.account = QComboBox()
        self.account.setObjectName("matrixAccount")
        self.load_button = QPushButton()
        self.load_button.setObjectName("matrixLoadRooms")
        self.rooms = QListWidget()
        self.rooms.setObjectName("matrixRooms")
        self.link_button = QPushButton()
        self.link_button.setObjectName("matrixLink")
        self.create_button = QPushButton()
        self.create_button.setObjectName("matrixCreate")
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("matrixSyncMembers")
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("matrixUnlink")
        self.decline_button = QPushButton()
        self.decline_button.setObjectName("matrixDecline")
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.message = InlineMessage()
        self.message.setObjectName("matrixMessage")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.pick_hint = QLabel()  # in place of an empty list until rooms are read
        self.pick_hint.setObjectName("matrixPickHint")
        self.pick_hint.setWordWrap(True)
        self.rooms.hide()

        top = QHBoxLayout()
        top.addWidget(self.account, 1)
        top.addWidget(self.load_button)
        buttons = QHBoxLayout()
        for b in (
            self.link_button,
            self.decline_button,
            self.create_button,
            self.sync_button,
            self.unlink_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(top)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.pick_hint)
        layout.addWidget(self.rooms, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(0)

        self.load_button.clicked.connect(self.load_rooms)
        self.link_button.clicked.connect(self.link_selected)
        self.create_button.clicked.connect(self.create_room)
        self.sync_button.clicked.connect(self.sync_members)
        self.unlink_button.clicked.connect(self.unlink)
        self.decline_button.clicked.connect(self.decline_selected)
        self.rooms.itemSelectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.load_button.setText(self.tr("Show rooms and invitations"))
        self.link_button.setText(self.tr("Link to selected room"))
        self.decline_button.setText(self.tr("Decline invitation"))
        self.decline_button.setToolTip(
            self.tr("Leave the room without joining it; the inviter sees the invitation declined.")
        )
        self.create_button.setText(self.tr("Create a room from this group"))
        self.sync_button.setText(self.tr("Sync members now"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.pick_hint.setText(
            self.tr(
                "Press “Show rooms and invitations” to choose one of the account's rooms "
                "for this group (rooms it was invited to are joined only when you link one), "
                "or create a new room named after the group (its positioning becomes the "
                "topic and its announcement the pinned first message)."
            )
        )
        self.empty_hint.setText(
            self.tr(
                "No Matrix account yet: add one under Sending → Channel accounts, then "
                "link this group to one of its rooms or create a room for it."
            )
        )

    # -- state -----------------------------------------------------------------------------
    def refresh(self) -> None:
        accounts = self._accounts.list()
        current = self.account.currentData()
        self.account.clear()
        for a in accounts:
            self.account.addItem(f"{a.name} ({a.config.user_id})", a.id)
        if current is not None:
            self.account.setCurrentIndex(max(0, self.account.findData(current)))
        self.empty_hint.setVisible(not accounts)
        room = self._rooms.linked_room(self.group_id)
        if room is None:
            self.status.setText(self.tr("This group is not linked to a Matrix room."))
        else:
            name = room.name or room.room_id
            self.status.setText(
                self.tr("Linked to the room “%1” (%2) · %3 people in the room")
                .replace("%1", name)
                .replace("%2", room.room_id)
                .replace("%3", str(room.member_count))
            )
            if room.encrypted:
                self.message.show_error(
                    self.tr(
                        "This room turned on end-to-end encryption: Shequn Desk can no longer "
                        "post or read there. Link an unencrypted room."
                    )
                )
            index = self.account.findData(room.account_id)
            if index >= 0:
                self.account.setCurrentIndex(index)
        self._linked = room is not None
        # The "how to choose a room" hint only while there is none and no list is shown.
        self.pick_hint.setVisible(not self._linked and self.rooms.count() == 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_account = self.account.count() > 0
        idle = not self.busy.isVisible()
        item = self.rooms.currentItem()
        choice: RoomChoice | None = item.data(ROOM_ROLE) if item is not None else None
        self.load_button.setEnabled(has_account and idle)
        self.link_button.setEnabled(idle and choice is not None and not choice.encrypted)
        self.decline_button.setEnabled(
            idle and choice is not None and choice.invited_by is not None
        )
        self.create_button.setEnabled(has_account and idle and not self._linked)
        self.sync_button.setEnabled(idle and self._linked)
        self.unlink_button.setEnabled(idle and self._linked)

    def _run(
        self,
        make: Callable[[], Coroutine[Any, Any, Any]],
        done: Callable[[Any], None],
        busy_text: str,
    ) -> None:
        self.busy.show()
        self.message.show_info(busy_text)
        self._update_buttons()

        def finished(result: object) -> None:
            self.busy.hide()
            self.message.clear_message()
            self.refresh()
            done(result)

        def failed(exc: BaseException) -> None:
            self.busy.hide()
            self.message.show_error(str(exc) or type(exc).__name__)
            self._update_buttons()

        self.calls.call(make, finished, failed)

    # -- actions ---------------------------------------------------------------------------
    def load_rooms(self) -> None:
        account_id = self.account.currentData()
        if account_id is None:
            return
        self._run(
            lambda: self._rooms.rooms(account_id),
            self._show_rooms,
            self.tr("Reading the account's rooms…"),
        )

    def _show_rooms(self, choices: list[RoomChoice]) -> None:
        self.rooms.clear()
        self.rooms.setVisible(bool(choices))
        self.pick_hint.setVisible(not choices and not self._linked)
        mine = self._rooms.linked_room(self.group_id)
        for c in sorted(choices, key=lambda c: (c.invited_by is not None, c.encrypted, c.name)):
            if c.invited_by is not None:
                self.rooms.addItem(self._invitation_item(c))
                continue
            label = self.tr("%1 · %2 people").replace("%1", c.name or c.room_id)
            label = label.replace("%2", str(c.member_count))
            taken = bool(c.linked_group) and (mine is None or mine.room_id != c.room_id)
            if c.linked_group:
                label += " · " + self.tr("linked to %1").replace("%1", c.linked_group)
            item = QListWidgetItem(label)
            item.setData(ROOM_ROLE, c)
            item.setToolTip(c.topic or c.room_id)
            if taken:  # one room, one group: its members and posts would be mixed up
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            if c.encrypted:
                item.setText(label + " · " + self.tr("encrypted: not supported"))
                item.setToolTip(
                    self.tr(
                        "End-to-end encrypted rooms cannot be read or posted to by "
                        "Shequn Desk; use an unencrypted room."
                    )
                )
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.rooms.addItem(item)
        if not choices:
            self.message.show_warning(self.tr("The account has not joined any group room."))

    def _invitation_item(self, c: RoomChoice) -> QListWidgetItem:
        name = c.name or c.room_id
        if c.invited_by:
            label = self.tr("Invitation: %1 — from %2").replace("%1", name)
            label = label.replace("%2", c.invited_by)
        else:
            label = self.tr("Invitation: %1").replace("%1", name)
        item = QListWidgetItem(label)
        item.setData(ROOM_ROLE, c)
        item.setToolTip(c.topic or c.room_id)
        if c.encrypted:
            # Still selectable: an encrypted room cannot be linked, but can be declined.
            item.setText(label + " · " + self.tr("encrypted: not supported"))
        return item

    def _drop_room(self, room_id: str) -> None:
        for row in range(self.rooms.count()):
            choice: RoomChoice = self.rooms.item(row).data(ROOM_ROLE)
            if choice.room_id == room_id:
                self.rooms.takeItem(row)
                break
        self.rooms.setVisible(self.rooms.count() > 0)
        self.pick_hint.setVisible(self.rooms.count() == 0 and not self._linked)
        self._update_buttons()

    def link_selected(self) -> None:
        item = self.rooms.currentItem()
        account_id = self.account.currentData()
        if item is None or account_id is None:
            return
        choice: RoomChoice = item.data(ROOM_ROLE)
        invited = choice.invited_by is not None

        def linked(result: MemberSync) -> None:
            if invited:  # joined now: no longer an invitation to show
                self._drop_room(choice.room_id)
            self._synced(result)

        self._run(
            lambda: self._rooms.link(self.group_id, account_id, choice.room_id),
            linked,
            self.tr("Joining the room, then linking and reading its members…")
            if invited
            else self.tr("Linking and reading the room's members…"),
        )

    def decline_selected(self) -> None:
        item = self.rooms.currentItem()
        account_id = self.account.currentData()
        if item is None or account_id is None:
            return
        choice: RoomChoice = item.data(ROOM_ROLE)
        if choice.invited_by is None:
            return

        def declined(_result: object) -> None:
            self._drop_room(choice.room_id)
            self.message.show_info(
                self.tr("Declined the invitation to “%1”.").replace(
                    "%1", choice.name or choice.room_id
                )
            )

        self._run(
            lambda: self._rooms.invites.decline(account_id, choice.room_id),
            declined,
            self.tr("Declining the invitation…"),
        )

    def create_room(self) -> None:
        account_id = self.account.currentData()
        if account_id is None:
            return
        self._run(
            lambda: self._rooms.create_room(self.group_id, account_id),
            lambda _room: self.changed.emit(),
            self.tr("Creating the room…"),
        )

    def sync_members(self) -> None:
        self._run(
            lambda: self._rooms.sync_members(self.group_id),
            self._synced,
            self.tr("Reading the room's members…"),
        )

    def _synced(self, result: MemberSync) -> None:
        self.changed.emit()
        self.message.show_info(
            self.tr("%1 joined, %2 left; %3 members now.")
            .replace("%1", str(result.joined))
            .replace("%2", str(result.left))
            .replace("%3", str(result.total))
        )

    def unlink(self) -> None:
        self._run(
            lambda: self._rooms.unlink(self.group_id),
            lambda _r: self.changed.emit(),
            self.tr("Unlinking…"),
        )
