"""Matrix: the sync's ingest and upkeep are wired to welcome, campaigns, mutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.matrix.accounts import MatrixAccounts
    from desktop.services.matrix.ingest import InboundChat, MatrixIngest
    from desktop.services.matrix.moderation import MatrixModeration
    from desktop.services.matrix.rooms import MatrixRooms
    from desktop.services.matrix.sync import MatrixSyncer


def accounts(s: Services) -> MatrixAccounts:
    from desktop.services.matrix.accounts import MatrixAccounts

    return MatrixAccounts(s.db, s.secrets)


def rooms(s: Services) -> MatrixRooms:
    """Groups as rooms: link, create, members, roles."""
    from desktop.services.matrix.rooms import MatrixRooms

    return MatrixRooms(s.db, s.matrix_accounts)


def moderation(s: Services) -> MatrixModeration:
    """Mute / remove in linked rooms, mutes lifted."""
    from desktop.services.matrix.moderation import MatrixModeration

    return MatrixModeration(s.matrix_rooms, s.moderation)


def ingest(s: Services) -> MatrixIngest:
    from desktop.domain.enums import ChannelKind
    from desktop.services.matrix.ingest import MatrixIngest

    welcome, campaign_entries = s.welcome, s.campaign_entries

    def chat_to_welcome(chat: InboundChat) -> None:
        welcome.inbound.on_chat(
            chat.message_id,
            chat.member_id,
            chat.text,
            channel=ChannelKind.MATRIX,
            room=chat.room_id,
            event=chat.event_id,
        )

    def chat_to_campaigns(chat: InboundChat) -> None:
        campaign_entries.on_message(chat.message_id, chat.member_id, chat.text)

    return MatrixIngest(
        s.db,
        s.outbox,
        # A DM carrying a verification code or W1 answers moves the member's journey on.
        inbound_hooks=(chat_to_welcome, chat_to_campaigns),
        # A join in a linked room is a new membership: the welcome runner enrols it.
        on_joined=s.welcome_runner.wake,
    )


def syncer(s: Services) -> MatrixSyncer:
    """Long-polls /sync: joins, leaves, DMs into the inbox; lifts mutes that ran out."""
    from desktop.services.matrix.sync import MatrixSyncer

    return MatrixSyncer(
        s.matrix_accounts,
        s._matrix_ingest,
        on_new=s.events.messages_arrived.emit,
        on_members=s.events.members_changed.emit,
        upkeep=(s.matrix_moderation.lift_expired_mutes,),
    )
