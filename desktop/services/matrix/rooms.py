"""Groups as Matrix rooms (issue 8): link, create, sync members and roles (moderation is
in ``matrix_moderation``, invitations in ``matrix_invites``).

Every call here is a coroutine that talks to the homeserver and then records the result
in one short transaction. A link stores the room on the group (``platform`` matrix, the
account, ``external_id`` = room id) and remembers the moment in ``MatrixRoom.linked_at``:
people already in the room become members *before* that moment, so they are not welcomed
as newcomers (an operator linking a room of 500 does not want 500 welcome journeys).
Linking a group to a room the account is only invited to is how an operator accepts that
invitation: the room is joined first.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.channels.matrix_types import RoomMember, RoomSummary
from desktop.domain.chat.matrix_roles import power_for_role, power_users, role_for_power
from desktop.domain.enums import ContactChannel, Platform, Role
from desktop.services.matrix.accounts import MatrixAccounts
from desktop.services.matrix.invites import MatrixInvites
from desktop.services.matrix.state import member_for_user
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import Group, MatrixRoom, MemberContact, Membership

if TYPE_CHECKING:
    from desktop.channels.matrix_session import MatrixSession

log = logging.getLogger(__name__)

ENCRYPTED_REASON = (
    "the room is end-to-end encrypted; Shequn Desk cannot read or post in encrypted rooms"
)


class RoomLinkError(ValueError):
    pass


@dataclass(frozen=True)
class RoomChoice:
    """A joined room, or a pending invitation, as the link dialog lists it."""

    room_id: str
    name: str
    topic: str
    member_count: int
    encrypted: bool
    is_direct: bool
    linked_group: str | None  # the group already linked to it
    invited_by: str | None = None  # set for an invitation not yet accepted ("" = unknown)


@dataclass(frozen=True)
class MemberSync:
    joined: int
    left: int
    total: int


class MatrixRooms:
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
        self.invites = MatrixInvites(db, accounts, clock=clock)

    async def with_session(
        self, account_id: int, work: Callable[[MatrixSession], Awaitable[object]]
    ) -> object:
        session = self.accounts.session(account_id)
        try:
            return await work(session)
        finally:
            await session.close()

    # -- choosing a room -------------------------------------------------------------------

    async def rooms(self, account_id: int) -> list[RoomChoice]:
        """The account's group rooms, then its pending invitations to others."""
        summaries: list[RoomSummary] = await self.with_session(  # type: ignore[assignment]
            account_id, lambda m: m.joined_rooms()
        )
        with self.db.write() as s:
            # A DM a member opened is known as one here (joined from their invitation),
            # though it is missing from our own m.direct: never offer it as a group room.
            direct = {r.room_id for r in summaries if _remember(s, account_id, r).is_direct}
            linked = dict(
                s.execute(
                    select(Group.external_id, Group.name).where(
                        Group.channel_account_id == account_id,
                        Group.platform == Platform.MATRIX,
                    )
                ).all()
            )
        return [
            RoomChoice(
                r.room_id,
                r.name,
                r.topic,
                r.member_count,
                r.encrypted,
                r.is_direct,
                linked.get(r.room_id),
            )
            for r in summaries
            if r.room_id not in direct
        ] + [
            RoomChoice(i.room_id, i.name, i.topic, 0, i.encrypted, False, None, i.inviter)
            for i in self.invites.pending(account_id)
        ]

    async def link(self, group_id: int, account_id: int, room_id: str) -> MemberSync:
        """Link a group to a joined room and bring its members in (as existing members);
        a room the account is invited to is joined first."""
        invitation = self.invites.get(account_id, room_id)
        if invitation is not None:
            # Refuse what can be refused before joining: a failed link must not leave the
            # account sitting in a room nobody chose.
            if invitation.encrypted:
                raise RoomLinkError(ENCRYPTED_REASON)
            with self.db.read() as s:
                if s.get(Group, group_id) is None:
                    raise RoomLinkError("no such group")
            await self.invites.accept(account_id, room_id)
        found: RoomSummary | None = await self.with_session(  # type: ignore[assignment]
            account_id, lambda m: m.joined_room(room_id)
        )
        if found is None:
            raise RoomLinkError("the account has not joined this room")
        if found.encrypted:
            raise RoomLinkError(ENCRYPTED_REASON)
        now = self._clock()
        with self.db.write() as s:
            other = s.scalar(
                select(Group.name).where(
                    Group.external_id == room_id,
                    Group.channel_account_id == account_id,
                    Group.id != group_id,
                )
            )
            if other is not None:
                raise RoomLinkError(f"the room is already linked to {other}")
            g = s.get(Group, group_id)
            if g is None:
                raise RoomLinkError("no such group")
            g.platform = Platform.MATRIX
            g.channel_account_id = account_id
            g.external_id = room_id
            _remember(s, account_id, found).linked_at = now
        return await self.sync_members(group_id)

    async def create_room(self, group_id: int, account_id: int) -> str:
        """A new room for a group: its name, positioning as topic, announcement pinned,
        staff (members with a Matrix ID and an owner/admin role) as moderators. Anyone with
        its link may join (the welcome invitation's {join_link}); it is not listed in the
        server's public directory."""
        own = self.accounts.get(account_id)
        if own is None:
            raise RoomLinkError("no such account")
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None:
                raise RoomLinkError("no such group")
            name, topic, first = g.name, g.purpose or "", g.announcement or ""
            staff = {
                uid: Role(role)
                for uid, role in s.execute(
                    select(MemberContact.address, Membership.role)
                    .join(Membership, Membership.member_id == MemberContact.member_id)
                    .where(
                        Membership.group_id == group_id,
                        Membership.left_at.is_(None),
                        MemberContact.channel == ContactChannel.MATRIX,
                        Membership.role.in_([Role.OWNER, Role.ADMIN]),
                    )
                )
            }
        users = power_users(staff, own.config.user_id)
        room_id: str = await self.with_session(  # type: ignore[assignment]
            account_id,
            lambda m: m.create_room(
                name, topic, first, users, invite=sorted(staff), joinable_by_link=True
            ),
        )
        await self.link(group_id, account_id, room_id)
        return room_id

    async def unlink(self, group_id: int) -> None:
        with self.db.write() as s:
            g = s.get(Group, group_id)
            if g is not None and g.platform == Platform.MATRIX:
                g.external_id = None

    # -- members ---------------------------------------------------------------------------

    async def sync_members(self, group_id: int) -> MemberSync:
        account_id, room_id = self.link_of(group_id)
        members: list[RoomMember] = await self.with_session(  # type: ignore[assignment]
            account_id, lambda m: m.room_members(room_id)
        )
        own = self.accounts.get(account_id)
        own_id = own.config.user_id if own is not None else ""
        with self.db.write() as s:
            room = s.get(MatrixRoom, (account_id, room_id))
            # Someone already in the room at the link is not a newcomer: date them before it.
            before = (room.linked_at if room and room.linked_at else self._clock()) - timedelta(
                seconds=1
            )
            current = {
                mid: m
                for mid, m in (
                    (m.member_id, m)
                    for m in s.scalars(select(Membership).where(Membership.group_id == group_id))
                )
            }
            joined = left = 0
            present: set[int] = set()
            for rm in members:
                if rm.user_id == own_id or rm.membership != "join":
                    continue
                member_id = member_for_user(s, rm.user_id, rm.display_name)
                present.add(member_id)
                m = current.get(member_id)
                if m is None:
                    m = Membership(group_id=group_id, member_id=member_id, joined_at=before)
                    s.add(m)
                    joined += 1
                elif m.left_at is not None:
                    m.left_at, m.joined_at = None, before
                    joined += 1
                m.role = role_for_power(rm.power_level, Role(m.role) if m.role else None)
            matrix_members = set(
                s.scalars(
                    select(MemberContact.member_id).where(
                        MemberContact.channel == ContactChannel.MATRIX
                    )
                )
            )
            for mid, m in current.items():
                # Only people known by Matrix ID can be seen to have left the room.
                if m.left_at is None and mid not in present and mid in matrix_members:
                    m.left_at = self._clock()
                    left += 1
            if room is not None:
                room.member_count = len(present) + 1
            total = s.scalar(
                select(func.count())
                .select_from(Membership)
                .where(Membership.group_id == group_id, Membership.left_at.is_(None))
            )
        return MemberSync(joined, left, int(total or 0))

    def link_of(self, group_id: int) -> tuple[int, str]:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if (
                g is None
                or g.platform != Platform.MATRIX
                or g.channel_account_id is None
                or not g.external_id
            ):
                raise RoomLinkError("the group is not linked to a Matrix room")
            return g.channel_account_id, g.external_id

    def linked_room(self, group_id: int) -> MatrixRoom | None:
        with self.db.read() as s:
            g = s.get(Group, group_id)
            if g is None or g.platform != Platform.MATRIX or not g.external_id:
                return None
            if g.channel_account_id is None:
                return None
            room = s.get(MatrixRoom, (g.channel_account_id, g.external_id))
            if room is not None:
                s.expunge(room)
            return room

    def matrix_id(self, member_id: int) -> str:
        with self.db.read() as s:
            uid = s.scalar(
                select(MemberContact.address).where(
                    MemberContact.member_id == member_id,
                    MemberContact.channel == ContactChannel.MATRIX,
                )
            )
        if not uid:
            raise RoomLinkError("the member has no Matrix ID")
        return uid

    async def apply_role(self, group_id: int, member_id: int, role: Role) -> bool:
        """An owner or admin chosen in the app becomes a room moderator (and back): the
        room's power level follows. False when the member has no Matrix ID."""
        account_id, room_id = self.link_of(group_id)
        try:
            uid = self.matrix_id(member_id)
        except RoomLinkError:
            return False
        level = power_for_role(role)
        await self.with_session(account_id, lambda m: m.set_power_level(room_id, uid, level))
        return True


def _remember(s: Session, account_id: int, summary: RoomSummary) -> MatrixRoom:
    """The room as the server just described it (a DM stays a DM once known)."""
    row = s.get(MatrixRoom, (account_id, summary.room_id))
    if row is None:
        row = MatrixRoom(account_id=account_id, room_id=summary.room_id)
        s.add(row)
    row.name, row.topic, row.member_count = summary.name, summary.topic, summary.member_count
    row.encrypted = summary.encrypted
    row.is_direct = bool(row.is_direct) or summary.is_direct
    row.joined = True
    row.invited_by = row.invited_at = None  # joined: no longer an invitation
    return row
