"""Applying one Matrix sync batch to the workspace (issue 8): rooms, members, DMs.

``MatrixIngest.apply`` is synchronous and does all its writes in one transaction that also
stores the batch's ``next_batch`` token, so a crash can only make the next run re-apply
the same batch — and re-applied events are recognised (messages by event id, memberships
by state). Outbox work a batch causes (the group's welcome post, unsubscribe) is queued
*before* that transaction with keys derived from event ids: queued twice, kept once.

What a batch means:
- a join in a linked room → the member (found by Matrix ID or created) is in the group
  with the event's time; after the link, that is a newcomer: the group's welcome message
  is posted in the room and the welcome runner enrols them (it sweeps new memberships);
- a leave, kick or ban → the membership ends (journeys stop on their own);
- an invitation → a DM is joined right away (the syncer does it); any other room waits for
  an operator to accept or decline it (``matrix_invites``);
- a message in a direct room → an inbound message in the member's Matrix conversation; our
  own messages sent from another client are recorded as replies, our own sends through the
  outbox (they carry our transaction id) are already in the thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.channels.matrix_types import MemberEvent, RoomMessage, SyncBatch
from desktop.domain.chat.matrix_roles import role_for_power
from desktop.domain.enums import (
    ChannelKind,
    ContactChannel,
    DeliveryKind,
    MessageDirection,
    Role,
)
from desktop.domain.inbox.inbound_mail import chat_wants_unsubscribe
from desktop.services.inbox.conversation_state import member_conversation, touch
from desktop.services.matrix.invites import note_invites
from desktop.services.matrix.state import (
    MatrixState,
    direct_rooms,
    linked_groups,
    member_for_user,
    sync_state,
    update_rooms,
)
from desktop.services.sending.outbox import OutboxService
from desktop.services.sending.outbox_types import NewDelivery
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Group,
    MatrixRoom,
    Member,
    MemberContact,
    Membership,
    Message,
)

log = logging.getLogger(__name__)

UNSUBSCRIBE_EVENT = "unsubscribe"
ENCRYPTED_EVENT = "encrypted"
ENCRYPTED_NOTE = (
    "此私信房间已开启端到端加密，社群运营台无法读取或回复其中的消息；请对方在未加密的私信中联系。"
    " / This DM room is end-to-end encrypted: Shequn Desk cannot read or answer it; ask the"
    " member to write in an unencrypted DM."
)
LEFT = frozenset({"leave", "ban"})


@dataclass(frozen=True)
class InboundChat:
    """A DM that reached the inbox, for hooks (welcome codes and answers)."""

    message_id: int
    member_id: int
    conversation_id: int
    text: str
    room_id: str
    event_id: str


@dataclass
class ApplyResult:
    joined: int = 0
    left: int = 0
    roles: int = 0  # memberships whose role followed a power-level change
    messages: list[InboundChat] = field(default_factory=list)
    # DM invitations, to join now (other invitations wait in MatrixRoom.invited_by).
    invites: list[str] = field(default_factory=list)


class MatrixIngest(MatrixState):
    def __init__(
        self,
        db: Database,
        outbox: OutboxService,
        *,
        clock: Callable[[], datetime] = utcnow,
        inbound_hooks: Sequence[Callable[[InboundChat], None]] = (),
        on_joined: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(db)
        self.outbox = outbox
        self._clock = clock
        # Called with each stored DM after its transaction (welcome codes, W1 answers).
        self.inbound_hooks: list[Callable[[InboundChat], None]] = list(inbound_hooks)
        # Called after a batch brought people into linked groups (wakes the welcome runner).
        self.on_joined = on_joined

    # -- one batch -------------------------------------------------------------------------

    def apply(self, account_id: int, own_user_id: str, batch: SyncBatch) -> ApplyResult:
        result = ApplyResult()
        self._queue_side_effects(account_id, own_user_id, batch)
        with self.db.write() as s:
            was_encrypted = set(
                s.scalars(
                    select(MatrixRoom.room_id).where(
                        MatrixRoom.account_id == account_id, MatrixRoom.encrypted.is_(True)
                    )
                )
            )
            rooms = update_rooms(s, account_id, batch)
            result.invites = note_invites(s, account_id, rooms, batch.invites, self._clock())
            groups = linked_groups(s, account_id)
            for ev in batch.members:
                if ev.user_id == own_user_id:
                    continue
                group = groups.get(ev.room_id)
                if group is not None:
                    changed = self._apply_member(s, group, ev)
                    result.joined += changed == "join"
                    result.left += changed == "leave"
                elif ev.membership == "join":
                    self._maybe_dm_partner(s, rooms, ev)
            for room_id, levels in batch.power_levels.items():
                if room_id in groups:
                    result.roles += _apply_power(s, groups[room_id].id, levels)
            for msg in batch.messages:
                stored = self._apply_message(s, account_id, own_user_id, rooms, groups, msg)
                if stored is not None:
                    result.messages.append(stored)
            for room_id in sorted(batch.encrypted_rooms - was_encrypted):
                self._note_encrypted(s, account_id, rooms.get(room_id), groups.get(room_id))
            st = sync_state(s, account_id)
            st.next_batch = batch.next_batch
            st.status = "ok"
            st.last_error = None
            st.last_sync_at = self._clock()
        if result.joined and self.on_joined is not None:
            self.on_joined()
        for chat in result.messages:
            for hook in list(self.inbound_hooks):
                try:
                    hook(chat)
                except Exception:  # the message is stored; a hook must not undo it
                    log.exception("inbound hook failed for message %s", chat.message_id)
        return result

    def _note_encrypted(
        self, s: Session, account_id: int, room: MatrixRoom | None, group: Group | None
    ) -> None:
        """Never a silent failure: a DM or linked room that turned on end-to-end encryption
        gets a visible note — the app cannot read or post there."""
        now = self._clock()
        if room is not None and room.is_direct and room.dm_user_id:
            member_id = member_for_user(s, room.dm_user_id, "")
            conv = _conversation(s, member_id, account_id, room.room_id)
            s.add(
                Message(
                    conversation_id=conv.id,
                    direction=MessageDirection.NOTE,
                    body_text=ENCRYPTED_NOTE,
                    sent_at=now,
                    event=ENCRYPTED_EVENT,
                )
            )
            conv.last_message_at = max(conv.last_message_at, now)
            conv.last_preview = ENCRYPTED_NOTE[:200]
        if group is not None:
            log.warning("linked room %s of group %s is encrypted", group.external_id, group.id)

    def _queue_side_effects(self, account_id: int, own_user_id: str, batch: SyncBatch) -> None:
        """Welcome posts and unsubscribes, queued before the batch commits (see module doc)."""
        with self.db.read() as s:
            groups = linked_groups(s, account_id)
            linked_at = dict(
                s.execute(
                    select(MatrixRoom.room_id, MatrixRoom.linked_at).where(
                        MatrixRoom.account_id == account_id
                    )
                ).all()
            )
            direct = _direct_rooms(s, account_id, batch)
        welcomes: list[NewDelivery] = []
        for ev in batch.members:
            group = groups.get(ev.room_id)
            if (
                group is None
                or ev.user_id == own_user_id
                or ev.membership != "join"
                or ev.prev_membership == "join"
                or not (group.welcome_message or "").strip()
            ):
                continue
            since = linked_at.get(ev.room_id)
            if since is None or ev.ts < since:
                continue  # history from before the link: not a newcomer
            welcomes.append(_welcome_post(account_id, group, ev))
        if welcomes:
            self.outbox.enqueue_many(welcomes)
        seen: set[str] = set()
        for msg in batch.messages:
            if msg.sender == own_user_id or msg.room_id not in direct or msg.event_id in seen:
                continue
            seen.add(msg.event_id)
            if chat_wants_unsubscribe(msg.body):
                with self.db.write() as s:
                    member_id = member_for_user(s, msg.sender, "")
                if not self._already_stored(msg.event_id):
                    self.outbox.unsubscribe(member_id, channel=ChannelKind.MATRIX)

    def _already_stored(self, event_id: str) -> bool:
        with self.db.read() as s:
            return (
                s.scalar(select(Message.id).where(Message.external_id == event_id).limit(1))
                is not None
            )

    @staticmethod
    def _maybe_dm_partner(s: Session, rooms: dict[str, MatrixRoom], ev: MemberEvent) -> None:
        r = rooms.get(ev.room_id)
        if r is None or not r.is_direct:
            return
        if not r.dm_user_id:
            r.dm_user_id = ev.user_id
        if r.dm_user_id == ev.user_id and ev.display_name:
            # Someone new is named as they call themselves on Matrix, not after their ID
            # (their messages, in this batch or a later one, find this member).
            member_for_user(s, ev.user_id, ev.display_name)

    def _apply_member(self, s: Session, group: Group, ev: MemberEvent) -> str | None:
        member_id = member_for_user(s, ev.user_id, ev.display_name)
        m = s.scalar(
            select(Membership).where(
                Membership.group_id == group.id, Membership.member_id == member_id
            )
        )
        at = ev.ts
        if ev.membership == "join":
            if m is None:
                s.add(Membership(group_id=group.id, member_id=member_id, joined_at=at))
                return "join"
            if m.left_at is not None and at >= m.left_at:
                m.left_at = None
                m.joined_at = at
                return "join"
            return None
        if ev.membership in LEFT and m is not None and m.left_at is None and at >= m.joined_at:
            m.left_at = at
            return "leave"
        return None

    def _apply_message(
        self,
        s: Session,
        account_id: int,
        own_user_id: str,
        rooms: dict[str, MatrixRoom],
        groups: dict[str, Group],
        msg: RoomMessage,
    ) -> InboundChat | None:
        if msg.room_id in groups:
            if msg.sender != own_user_id:
                member_id = member_for_user(s, msg.sender, "")
                member = s.get(Member, member_id)
                if member is not None:  # taking part in the group counts as interaction
                    member.last_interaction_at = msg.ts
            return None
        room = rooms.get(msg.room_id)
        if room is None or not room.is_direct:
            return None
        if s.scalar(select(Message.id).where(Message.external_id == msg.event_id).limit(1)):
            return None
        partner = room.dm_user_id or (msg.sender if msg.sender != own_user_id else None)
        if partner is None:
            return None
        if msg.sender == own_user_id and msg.txn_id:
            return None  # our own send through the outbox: already in the thread
        member_id = member_for_user(s, partner, "")
        conv = _conversation(s, member_id, account_id, msg.room_id)
        at = msg.ts
        inbound = msg.sender != own_user_id
        row = Message(
            conversation_id=conv.id,
            direction=MessageDirection.INBOUND if inbound else MessageDirection.OUTBOUND,
            body_text=msg.body,
            body_html=msg.html,
            external_id=msg.event_id,
            sent_at=at,
            sender=msg.sender,
        )
        s.add(row)
        if inbound and chat_wants_unsubscribe(msg.body):
            s.add(
                Message(
                    conversation_id=conv.id,
                    direction=MessageDirection.NOTE,
                    body_text="unsubscribed (reply)",
                    sent_at=at,
                    event=UNSUBSCRIBE_EVENT,
                )
            )
        s.flush()
        touch(conv, msg.body, at, inbound)
        if not inbound:
            return None
        member = s.get(Member, member_id)
        if member is not None:
            member.last_interaction_at = self._clock()
        return InboundChat(row.id, member_id, conv.id, msg.body, msg.room_id, msg.event_id)


def _apply_power(s: Session, group_id: int, levels: dict[str, int]) -> int:
    """Roles follow the room's power levels (owner 100, admin 50; finer roles are kept)."""
    rows = s.execute(
        select(Membership, MemberContact.address)
        .join(MemberContact, MemberContact.member_id == Membership.member_id)
        .where(
            Membership.group_id == group_id,
            Membership.left_at.is_(None),
            MemberContact.channel == ContactChannel.MATRIX,
        )
    ).all()
    changed = 0
    for m, uid in rows:
        current = Role(m.role) if m.role else None
        role = role_for_power(levels.get(uid, levels.get("", 0)), current)
        if role != current:
            m.role = role
            changed += 1
    return changed


def _direct_rooms(s: Session, account_id: int, batch: SyncBatch) -> set[str]:
    return direct_rooms(s, account_id) | {r for rooms in batch.direct.values() for r in rooms}


def _welcome_post(account_id: int, group: Group, ev: MemberEvent) -> NewDelivery:
    name = ev.display_name or ev.user_id
    text = (group.welcome_message or "").strip()
    # The operator's message may greet by name; otherwise the newcomer is addressed first.
    body = text.replace("{name}", name) if "{name}" in text else f"@{name} {text}"
    return NewDelivery(
        kind=DeliveryKind.WELCOME,
        channel=ChannelKind.MATRIX,
        due_at=utcnow(),
        idempotency_key=f"mx-welcome:{ev.event_id}"[:120],
        body=body,
        group_id=group.id,
        recipient=group.external_id,
        channel_account_id=account_id,
    )


def _conversation(s: Session, member_id: int, account_id: int, room_id: str) -> Conversation:
    conv, new = member_conversation(
        s, member_id, ChannelKind.MATRIX, account_id=account_id, thread_id=room_id
    )
    if not new:
        conv.external_thread_id = room_id  # the member may have opened a new DM room
        conv.channel_account_id = account_id
    return conv
