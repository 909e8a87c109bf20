"""Moderation (G5) in linked Matrix rooms: mute, remove, and mutes lifted when they end.

The room acts first (a refusal records nothing); the ladder (``ModerationService``) then
records the step, exactly as for a group moderated by hand.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import aliased

from desktop.domain.enums import ContactChannel, Platform
from desktop.domain.groups.moderation import ModAction
from desktop.services.groups.moderation import ModerationService, StrikeRow
from desktop.services.matrix.rooms import MatrixRooms
from desktop.store.base import utcnow
from desktop.store.models import Group, MemberContact, ModerationAction

if TYPE_CHECKING:
    from desktop.channels.matrix_session import MatrixSession

MUTE_LOOKBACK = timedelta(days=30)  # older mutes were lifted by an earlier pass (or by hand)


class MatrixModeration:
    def __init__(
        self,
        rooms: MatrixRooms,
        moderation: ModerationService,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.rooms = rooms
        self.moderation = moderation
        self.db = rooms.db
        self._clock = clock

    def _expired_mutes(self, account_id: int, now: datetime) -> dict[str, set[str]]:
        """room → Matrix IDs whose latest ladder step is a mute that has run out."""
        later = aliased(ModerationAction)
        with self.db.read() as s:
            rows = s.execute(
                select(Group.external_id, MemberContact.address)
                .select_from(ModerationAction)
                .join(Group, Group.id == ModerationAction.group_id)
                .join(
                    MemberContact,
                    and_(
                        MemberContact.member_id == ModerationAction.member_id,
                        MemberContact.channel == ContactChannel.MATRIX,
                    ),
                )
                .where(
                    ModerationAction.action == ModAction.MUTE,
                    ModerationAction.until <= now,
                    ModerationAction.until > now - MUTE_LOOKBACK,
                    Group.channel_account_id == account_id,
                    Group.platform == Platform.MATRIX,
                    Group.external_id.is_not(None),
                    ~exists().where(
                        later.group_id == ModerationAction.group_id,
                        later.member_id == ModerationAction.member_id,
                        later.id > ModerationAction.id,
                    ),
                )
            ).all()
        out: dict[str, set[str]] = {}
        for room_id, uid in rows:
            if room_id is not None:  # the query leaves out NULLs; this narrows the type
                out.setdefault(room_id, set()).add(uid)
        return out

    async def lift_expired_mutes(self, account_id: int, now: datetime | None = None) -> int:
        """A mute on the ladder lasts until its end: then the member may speak again."""
        expired = self._expired_mutes(account_id, now or self._clock())
        if not expired:
            return 0

        async def lift(m: MatrixSession) -> int:
            lifted = 0
            for room_id, users in expired.items():
                for rm in await m.room_members(room_id):
                    if rm.user_id in users and rm.membership == "join" and rm.power_level < 0:
                        await m.set_power_level(room_id, rm.user_id, 0)
                        lifted += 1
            return lifted

        return int(await self.rooms.with_session(account_id, lift))  # type: ignore[call-overload]

    async def mute(
        self, group_id: int, member_id: int, rule: str, operator_id: int | None = None
    ) -> StrikeRow:
        """Mute in the room (power level below speaking), then record it on the ladder."""
        return await self._ladder_step(
            group_id, member_id, rule, ModAction.MUTE, operator_id, lambda m, r, u: m.mute(r, u)
        )

    async def remove(
        self, group_id: int, member_id: int, rule: str, operator_id: int | None = None
    ) -> StrikeRow:
        """Kick from the room with the rule as the reason; the membership ends."""
        return await self._ladder_step(
            group_id,
            member_id,
            rule,
            ModAction.REMOVE,
            operator_id,
            lambda m, r, u: m.kick(r, u, rule.strip()),
        )

    async def _ladder_step(
        self,
        group_id: int,
        member_id: int,
        rule: str,
        action: ModAction,
        operator_id: int | None,
        act: Callable[[MatrixSession, str, str], Awaitable[object]],
    ) -> StrikeRow:
        """The room first (a refusal records nothing), then the ladder."""
        if not rule.strip():
            raise ValueError("which rule was broken must be recorded")
        account_id, room_id = self.rooms.link_of(group_id)
        uid = self.rooms.matrix_id(member_id)
        await self.rooms.with_session(account_id, lambda m: act(m, room_id, uid))
        return self.moderation.record(
            group_id, member_id, rule, action=action, operator_id=operator_id
        )
