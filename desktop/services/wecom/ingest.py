"""Applying what WeCom says about a customer group to the app: the group's name, owner and
notice, its members with join time, scene and 群活码 state, and joins and leaves.

Used by the sync (a full ``groupchat/get`` snapshot) and by callbacks (one change at a
time). A linked group's joins become memberships and enrol the newcomer in the group's
welcome journey; leaves end the membership, are written to the moderation history and
move a member who is in no group any more to churned. The first snapshot of a newly
linked group is history: its members get memberships but no welcome.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.channels.wecom.types import GroupChat, GroupChatMember
from desktop.domain.enums import ContactChannel, Lifecycle, Platform
from desktop.domain.groups.naming import check_group_name
from desktop.services.inbox.contacts import member_for_contact
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Group,
    Member,
    Membership,
    ModerationAction,
    WeComChat,
    WeComChatMember,
    WorkspaceSettings,
)

log = logging.getLogger(__name__)
First = Callable[[Session], bool]
FROM_WECOM = "from WeCom"


def ts(seconds: int) -> datetime | None:
    return datetime.fromtimestamp(seconds, UTC) if seconds else None


@dataclass
class Applied:
    joined: list[tuple[int, int, datetime]] = field(default_factory=list)  # member, group, at
    left: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class LinkResult:
    group_id: int
    name_warnings: tuple[str, ...]


class WeComIngest:
    def __init__(
        self,
        db: Database,
        *,
        on_join: Callable[[int, int, datetime], object] | None = None,
        on_leave: Callable[[int, int], object] | None = None,
    ) -> None:
        self.db = db
        self.on_join = on_join  # WelcomeService.join: enrols in the group's journey
        self.on_leave = on_leave

    # -- snapshots -------------------------------------------------------------------
    def store_chats(self, account_id: int, chats: list[GroupChat]) -> Applied:
        """Many snapshots in one transaction (the sync), then the joins' enrolments."""
        applied = Applied()
        with self.db.write() as s:
            for chat in chats:
                self._store_chat(s, account_id, chat, applied)
        self._after(applied)
        return applied

    def _store_chat(self, s: Session, account_id: int, chat: GroupChat, applied: Applied) -> None:
        row = s.get(WeComChat, (account_id, chat.chat_id))
        first = row is None or row.synced_at is None
        if row is None:
            row = WeComChat(account_id=account_id, chat_id=chat.chat_id)
            s.add(row)
        notice_changed = not first and row.notice != chat.notice
        row.name, row.owner, row.notice = chat.name, chat.owner, chat.notice
        row.member_count = len(chat.members)
        row.created_at_wecom = ts(chat.create_time)
        row.synced_at = utcnow()
        if row.group_id is not None:
            group = s.get(Group, row.group_id)
            if group is not None and group.name != chat.name and chat.name:
                group.name = chat.name[:80]
            if group is not None and notice_changed:
                group.announcement = chat.notice
        stored = {
            m.userid: m
            for m in s.scalars(
                select(WeComChatMember).where(
                    WeComChatMember.account_id == account_id,
                    WeComChatMember.chat_id == chat.chat_id,
                )
            )
        }
        present = {m.userid for m in chat.members}
        for m in chat.members:
            was = stored.get(m.userid)
            if was is None or was.left_at is not None:
                self._join(s, account_id, row, m, applied, welcome=not first)
            else:
                was.name = m.name or was.name
                was.join_scene, was.type = m.join_scene, m.type
                if m.state and was.state != m.state:
                    # A join by callback carries no 群活码 state; the snapshot does (M1).
                    was.state = m.state
                    member = s.get(Member, was.member_id) if was.member_id else None
                    if member is not None and member.source == FROM_WECOM:
                        member.source = f"{FROM_WECOM}: {m.state}"[:80]
            got = stored.get(m.userid) or s.get(
                WeComChatMember, (account_id, chat.chat_id, m.userid)
            )
            if got is not None:
                got.is_admin = m.userid in chat.admins
        for userid, was in stored.items():
            if userid not in present and was.left_at is None:
                self._leave(s, row, was, utcnow(), applied)

    # -- single changes (callbacks) ----------------------------------------------------
    # ``first`` runs in the same transaction before the change (the callback recording
    # itself, once); when it returns False nothing is changed and None is returned.
    def apply_joins(
        self,
        account_id: int,
        chat_id: str,
        userids: list[str],
        scene: int,
        at: datetime,
        first: First | None = None,
    ) -> Applied | None:
        applied = Applied()
        with self.db.write() as s:
            if first is not None and not first(s):
                return None
            row = self._chat(s, account_id, chat_id)
            for userid in userids:
                was = s.get(WeComChatMember, (account_id, chat_id, userid))
                if was is None or was.left_at is not None:
                    member = GroupChatMember(userid, 2, int(at.timestamp()), scene)
                    self._join(s, account_id, row, member, applied, welcome=True)
                    row.member_count += 1
        self._after(applied)
        return applied

    def apply_leaves(
        self,
        account_id: int,
        chat_id: str,
        userids: list[str],
        at: datetime,
        first: First | None = None,
    ) -> Applied | None:
        applied = Applied()
        with self.db.write() as s:
            if first is not None and not first(s):
                return None
            row = self._chat(s, account_id, chat_id)
            for userid in userids:
                was = s.get(WeComChatMember, (account_id, chat_id, userid))
                if was is not None and was.left_at is None:
                    self._leave(s, row, was, at, applied)
                    row.member_count = max(0, row.member_count - 1)
        self._after(applied)
        return applied

    def apply_fields(
        self, account_id: int, chat_id: str, first: First | None = None, **values: object
    ) -> bool:
        """change_name / change_notice / change_owner / dismiss without a fetch."""
        with self.db.write() as s:
            if first is not None and not first(s):
                return False
            row = self._chat(s, account_id, chat_id)
            for k, v in values.items():
                setattr(row, k, v)
            group = s.get(Group, row.group_id) if row.group_id is not None else None
            name, notice = values.get("name"), values.get("notice")
            if group is not None and isinstance(name, str) and name:
                group.name = name[:80]
            # The group notice (群公告) edited in WeCom is the group's announcement here; an
            # announcement edited in the app stays until WeCom's notice changes again.
            if group is not None and isinstance(notice, str):
                group.announcement = notice
        return True

    # -- linking ------------------------------------------------------------------------
    def link(self, account_id: int, chat_id: str, group_id: int | None = None) -> LinkResult:
        """Link a customer group to an app group, or create the app group from it. The
        current members become memberships without a welcome (they joined before)."""
        with self.db.write() as s:
            row = s.get(WeComChat, (account_id, chat_id))
            if row is None:
                raise KeyError(chat_id)
            if group_id is None:
                group = Group(name=(row.name or chat_id)[:80], platform=Platform.WECOM)
                s.add(group)
                s.flush()
            else:
                found = s.get(Group, group_id)
                if found is None:
                    raise KeyError(group_id)
                group = found
            group.platform = Platform.WECOM
            group.channel_account_id = account_id
            group.external_id = chat_id
            if not group.announcement and row.notice:
                group.announcement = row.notice  # the group notice WeCom already shows
            row.group_id = group.id
            for m in s.scalars(
                select(WeComChatMember).where(
                    WeComChatMember.account_id == account_id,
                    WeComChatMember.chat_id == chat_id,
                    WeComChatMember.left_at.is_(None),
                    WeComChatMember.type == 2,
                )
            ):
                m.member_id = self._member(s, m.userid, m.name, m.state)
                self._membership(s, group.id, m.member_id, m.join_time or utcnow())
            brand = s.scalar(select(WorkspaceSettings.brand_keyword)) or ""
            check = check_group_name(row.name, brand)
            warnings = tuple(str(p) for p in (*check.errors, *check.warnings))
            return LinkResult(group.id, warnings)

    # -- shared steps -------------------------------------------------------------------
    @staticmethod
    def _chat(s: Session, account_id: int, chat_id: str) -> WeComChat:
        row = s.get(WeComChat, (account_id, chat_id))
        if row is None:
            row = WeComChat(account_id=account_id, chat_id=chat_id)
            s.add(row)
            s.flush()
        return row

    @staticmethod
    def _count(s: Session, account_id: int, chat_id: str) -> int:
        return len(
            s.scalars(
                select(WeComChatMember.userid).where(
                    WeComChatMember.account_id == account_id,
                    WeComChatMember.chat_id == chat_id,
                    WeComChatMember.left_at.is_(None),
                )
            ).all()
        )

    @staticmethod
    def _member(s: Session, userid: str, name: str, state: str) -> int:
        source = f"{FROM_WECOM}: {state}" if state else FROM_WECOM  # the 群活码 (M1)
        return member_for_contact(s, ContactChannel.WECOM, userid, name or userid, source)

    @staticmethod
    def _membership(s: Session, group_id: int, member_id: int, at: datetime) -> None:
        m = s.scalar(
            select(Membership).where(
                Membership.group_id == group_id, Membership.member_id == member_id
            )
        )
        if m is None:
            s.add(Membership(group_id=group_id, member_id=member_id, joined_at=at))
        elif m.left_at is not None:
            m.left_at, m.joined_at = None, at

    def _join(
        self,
        s: Session,
        account_id: int,
        row: WeComChat,
        m: GroupChatMember,
        applied: Applied,
        *,
        welcome: bool,
    ) -> None:
        at = ts(m.join_time) or utcnow()
        was = s.get(WeComChatMember, (account_id, row.chat_id, m.userid))
        if was is None:
            was = WeComChatMember(account_id=account_id, chat_id=row.chat_id, userid=m.userid)
            s.add(was)
        was.type, was.name, was.join_time = m.type, m.name or was.name or "", at
        was.join_scene, was.state, was.left_at = m.join_scene, m.state or was.state or "", None
        if m.type != 2 or row.group_id is None:
            return  # staff are not community members; unlinked groups only mirror
        was.member_id = self._member(s, m.userid, m.name, m.state)
        group = s.get(Group, row.group_id)
        if welcome and group is not None and group.journey_id is not None:
            applied.joined.append((was.member_id, row.group_id, at))
        else:
            self._membership(s, row.group_id, was.member_id, at)

    @staticmethod
    def _leave(
        s: Session, row: WeComChat, was: WeComChatMember, at: datetime, applied: Applied
    ) -> None:
        was.left_at = at
        if row.group_id is None or was.member_id is None:
            return
        s.execute(
            update(Membership)
            .where(Membership.group_id == row.group_id, Membership.member_id == was.member_id)
            .values(left_at=at)
        )
        s.add(
            ModerationAction(
                group_id=row.group_id,
                member_id=was.member_id,
                action="left",
                note="left the WeCom group",
                at=at,
            )
        )
        s.flush()
        still_in = s.scalar(
            select(Membership.id).where(
                Membership.member_id == was.member_id, Membership.left_at.is_(None)
            )
        )
        if still_in is None:
            member = s.get(Member, was.member_id)
            if member is not None:
                member.lifecycle = Lifecycle.CHURNED
        applied.left.append((was.member_id, row.group_id))

    def _after(self, applied: Applied) -> None:
        for member_id, group_id, at in applied.joined:
            if self.on_join is not None:
                try:
                    self.on_join(member_id, group_id, at)
                except Exception:  # an enrolment refused leaves the membership in place
                    log.exception("welcome enrolment failed for member %s", member_id)
            else:
                with self.db.write() as s:
                    self._membership(s, group_id, member_id, at)
