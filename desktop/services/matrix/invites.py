"""Invitations to Matrix rooms: only DMs are joined unasked.

Anyone on any homeserver can invite the brand's account into any room. A member opening a
DM must reach the inbox without anyone clicking, so direct chats are joined by the sync
loop; every other invitation is only remembered (``MatrixRoom.invited_by``) until an
operator links a group to it (joining it) or declines it (leaving it), so spam rooms do not
pull the account in. An invitation that is withdrawn or declined elsewhere shows up in the
next sync as a left room and is forgotten there (``matrix_state.update_rooms``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.channels.matrix_types import Invite, MatrixForbidden
from desktop.services.matrix.accounts import MatrixAccounts
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import MatrixRoom


class InvitationGone(ValueError):
    """The invitation can no longer be accepted (withdrawn, or the server refuses us)."""


@dataclass(frozen=True)
class Invitation:
    """A pending invitation to a group room, as the link dialog lists it."""

    room_id: str
    name: str
    topic: str
    inviter: str  # "" when the server did not say
    encrypted: bool
    invited_at: datetime | None


def note_invites(
    s: Session,
    account_id: int,
    rooms: dict[str, MatrixRoom],
    invites: list[Invite],
    now: datetime,
) -> list[str]:
    """Inside a sync batch's transaction: the DM invitations, to join now; every other
    invitation is kept for an operator to accept or decline."""
    to_join: list[str] = []
    for invite in invites:
        row = rooms.get(invite.room_id)
        # A room already known as a DM (m.direct) is one even when the re-invite says not.
        if invite.is_direct or (row is not None and row.is_direct):
            to_join.append(invite.room_id)
            continue
        if row is None:
            row = MatrixRoom(
                account_id=account_id, room_id=invite.room_id, name="", topic="", member_count=0
            )
            s.add(row)
            rooms[invite.room_id] = row
        if row.invited_by != invite.inviter or row.invited_at is None:
            row.invited_at = now
        row.joined = False
        row.invited_by = invite.inviter
        # The stripped state is all we can see before joining; keep what it tells.
        if invite.name:
            row.name = invite.name
        if invite.topic:
            row.topic = invite.topic
        if invite.member_count is not None:
            row.member_count = invite.member_count
        row.encrypted = bool(row.encrypted) or invite.encrypted
    s.flush()
    return to_join


def _invitation(row: MatrixRoom) -> Invitation:
    return Invitation(
        room_id=row.room_id,
        name=row.name,
        topic=row.topic,
        inviter=row.invited_by or "",
        encrypted=row.encrypted,
        invited_at=row.invited_at,
    )


class MatrixInvites:
    def __init__(
        self,
        db: Database,
        accounts: MatrixAccounts,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.db = db
        self.accounts = accounts
        self._clock = clock

    def pending(self, account_id: int) -> list[Invitation]:
        """The account's invitations to group rooms, newest first (a database read)."""
        with self.db.read() as s:
            rows = s.scalars(
                select(MatrixRoom)
                .where(
                    MatrixRoom.account_id == account_id,
                    MatrixRoom.invited_by.is_not(None),
                    MatrixRoom.joined.is_(False),
                )
                .order_by(MatrixRoom.invited_at.desc(), MatrixRoom.room_id)
            )
            return [_invitation(r) for r in rows]

    def get(self, account_id: int, room_id: str) -> Invitation | None:
        with self.db.read() as s:
            row = s.get(MatrixRoom, (account_id, room_id))
            if row is None or row.invited_by is None or row.joined:
                return None
            return _invitation(row)

    async def accept(self, account_id: int, room_id: str) -> None:
        """Join the room; ``InvitationGone`` (and the invitation forgotten) when the
        server no longer lets us in."""
        session = self.accounts.session(account_id)
        try:
            await session.join(room_id)
        except MatrixForbidden as exc:
            self.forget(account_id, room_id)
            raise InvitationGone(f"the invitation is no longer valid: {exc}") from exc
        finally:
            await session.close()
        with self.db.write() as s:
            row = s.get(MatrixRoom, (account_id, room_id))
            if row is not None:
                row.joined = True
                row.invited_by = row.invited_at = None

    async def decline(self, account_id: int, room_id: str) -> None:
        """Leave the room we were invited to; the inviter sees the invitation rejected."""
        session = self.accounts.session(account_id)
        try:
            await session.leave(room_id)
        except MatrixForbidden:
            pass  # the invitation was already withdrawn: nothing is left to decline
        finally:
            await session.close()
        self.forget(account_id, room_id)

    def forget(self, account_id: int, room_id: str) -> None:
        with self.db.write() as s:
            row = s.get(MatrixRoom, (account_id, room_id))
            if row is not None and not row.joined:
                row.invited_by = row.invited_at = None
