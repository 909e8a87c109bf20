"""Where each Matrix account stands (issue 8): sync token and status, rooms, read markers.

``MatrixState`` is the bookkeeping the sync loop reads and writes between rounds; the
module functions are the lookups a batch needs inside its own transaction.
"""

from __future__ import annotations

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from desktop.channels.matrix_types import SyncBatch
from desktop.domain.enums import ChannelKind, ContactChannel, MessageDirection, Platform
from desktop.services.inbox.contacts import member_for_contact
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Group,
    MatrixRoom,
    MatrixSyncState,
    Message,
)

FROM_MATRIX = "from Matrix"  # Member.source of people first seen in a room


def sync_state(s: Session, account_id: int) -> MatrixSyncState:
    st = s.get(MatrixSyncState, account_id)
    if st is None:
        st = MatrixSyncState(account_id=account_id, status="unknown")
        s.add(st)
        s.flush()
    return st


def member_for_user(s: Session, user_id: str, display_name: str) -> int:
    """The member behind a Matrix ID, created (marked "from Matrix") when unknown."""
    name = display_name or user_id.removeprefix("@").partition(":")[0]
    return member_for_contact(s, ContactChannel.MATRIX, user_id, name, FROM_MATRIX)


def linked_groups(s: Session, account_id: int) -> dict[str, Group]:
    rows = s.scalars(
        select(Group).where(
            Group.channel_account_id == account_id,
            Group.platform == Platform.MATRIX,
            Group.external_id.is_not(None),
            Group.archived_at.is_(None),
        )
    )
    return {g.external_id: g for g in rows if g.external_id}


def direct_rooms(s: Session, account_id: int) -> set[str]:
    """The account's rooms known to be DMs (``m.direct`` or a two-person invite)."""
    return set(
        s.scalars(
            select(MatrixRoom.room_id).where(
                MatrixRoom.account_id == account_id, MatrixRoom.is_direct.is_(True)
            )
        )
    )


def update_rooms(s: Session, account_id: int, batch: SyncBatch) -> dict[str, MatrixRoom]:
    """The account's rooms, with this batch's joins, leaves, encryption and DMs applied."""
    rooms = {
        r.room_id: r
        for r in s.scalars(select(MatrixRoom).where(MatrixRoom.account_id == account_id))
    }

    def room(room_id: str) -> MatrixRoom:
        if room_id not in rooms:
            rooms[room_id] = MatrixRoom(
                account_id=account_id, room_id=room_id, name="", topic="", member_count=0
            )
            s.add(rooms[room_id])
        return rooms[room_id]

    for room_id in batch.joined_rooms:
        r = room(room_id)
        r.joined = True
        r.invited_by = r.invited_at = None  # accepted, perhaps from another client
    for room_id in batch.left_rooms:
        r = room(room_id)
        r.joined = False
        # Left or kicked, or an invitation declined or withdrawn: nothing to accept now.
        r.invited_by = r.invited_at = None
    for room_id in batch.encrypted_rooms:
        room(room_id).encrypted = True
    for user_id, room_ids in batch.direct.items():
        for room_id in room_ids:
            r = room(room_id)
            r.is_direct = True
            r.dm_user_id = user_id
    s.flush()
    return rooms


class MatrixState:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- sync state ------------------------------------------------------------------------

    def next_batch(self, account_id: int) -> str | None:
        with self.db.read() as s:
            st = s.get(MatrixSyncState, account_id)
            return None if st is None else st.next_batch

    def set_status(self, account_id: int, status: str, error: str | None = None) -> None:
        with self.db.write() as s:
            st = sync_state(s, account_id)
            st.status = status
            st.last_error = error

    def mark_direct(self, account_id: int, room_id: str, user_id: str) -> None:
        with self.db.write() as s:
            room = s.get(MatrixRoom, (account_id, room_id))
            if room is None:
                room = MatrixRoom(account_id=account_id, room_id=room_id, name="", topic="")
                s.add(room)
            room.is_direct, room.dm_user_id, room.joined = True, user_id, True

    def direct_room_ids(self, account_id: int) -> set[str]:
        with self.db.read() as s:
            return direct_rooms(s, account_id)

    def known_events(self, event_ids: list[str]) -> set[str]:
        if not event_ids:
            return set()
        with self.db.read() as s:
            return set(
                s.scalars(select(Message.external_id).where(Message.external_id.in_(event_ids)))
            )

    # -- read markers ----------------------------------------------------------------------

    def unsent_read_markers(self, account_id: int) -> list[tuple[str, str]]:
        """(room, event) for DMs the team has read in the inbox (unread 0) whose newest
        inbound event the server has not been told about yet."""
        newest = (
            select(
                Message.conversation_id.label("cid"),
                func.max(Message.sent_at).label("at"),
            )
            .where(Message.direction == MessageDirection.INBOUND)
            .group_by(Message.conversation_id)
            .subquery()
        )
        with self.db.read() as s:
            rows = s.execute(
                select(Conversation.external_thread_id, Message.external_id, MatrixRoom.read_up_to)
                .join(newest, newest.c.cid == Conversation.id)
                .join(
                    Message,
                    and_(
                        Message.conversation_id == Conversation.id, Message.sent_at == newest.c.at
                    ),
                )
                .join(
                    MatrixRoom,
                    and_(
                        MatrixRoom.account_id == account_id,
                        MatrixRoom.room_id == Conversation.external_thread_id,
                    ),
                )
                .where(
                    Conversation.channel == ChannelKind.MATRIX,
                    Conversation.channel_account_id == account_id,
                    Conversation.unread == 0,
                    Message.direction == MessageDirection.INBOUND,
                )
            ).all()
        return [
            (room, event)
            for room, event, done in rows
            if room and event and event.startswith("$") and event != done
        ]

    def read_marker_sent(self, account_id: int, room_id: str, event_id: str) -> None:
        with self.db.write() as s:
            room = s.get(MatrixRoom, (account_id, room_id))
            if room is not None:
                room.read_up_to = event_id
