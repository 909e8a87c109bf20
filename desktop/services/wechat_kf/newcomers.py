"""WeChat users new to a 客服账号: their member (matched by the shared WeCom external_userid
contact, M1: the contact link's scene as source), conversation and session rows."""

from __future__ import annotations

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, ContactChannel, ConversationStatus
from desktop.domain.wechat_kf.window import ServiceState
from desktop.services.wechat_kf.rows import (
    CHUNK,
    CONTACTS,
    CONVERSATIONS,
    MEMBERS,
    NEVER,
    SESS_COLUMNS,
    SESSIONS,
    SessRow,
    int_chunks,
)
from desktop.store.models import Conversation, KfSession

SOURCE = "微信客服"


def _chunks(values: list[str]) -> list[list[str]]:
    return [values[i : i + CHUNK] for i in range(0, len(values), CHUNK)]


def create_users(
    s: Session,
    account_id: int,
    users: list[str],
    contacts: dict[str, int],
    scenes: dict[str, str],
    found: dict[str, SessRow],
    new_users: list[str],
) -> None:
    """Members, contacts, conversations and sessions for WeChat users new to this account,
    in a few bulk statements (a burst brings hundreds of new people on one page); those
    without a member yet are added to ``new_users`` (to be named by kf/customer/batchget).
    ``found`` receives each one's session row."""
    for user in users:
        if user in contacts:
            continue
        scene = scenes.get(user, "")
        # Named after the ID until kf/customer/batchget gives the nickname.
        new_id = s.execute(
            insert(MEMBERS)
            .values(display_name=user[:80], source=f"{SOURCE}:{scene}" if scene else SOURCE)
            .returning(MEMBERS.c.id)
        ).scalar_one()
        contacts[user] = int(new_id)
        new_users.append(user)
    if new_users:
        s.execute(
            insert(CONTACTS),
            [
                {"member_id": contacts[u], "channel": ContactChannel.WECOM, "address": u}
                for u in new_users
            ],
        )
    member_ids = sorted({contacts[u] for u in users})
    convs: dict[int, int] = {}
    for id_chunk in int_chunks(member_ids):
        for conv_id, member_id in s.execute(
            select(Conversation.id, Conversation.member_id)
            .where(
                Conversation.member_id.in_(id_chunk),
                Conversation.channel == ChannelKind.WECHAT_KF,
            )
            .order_by(Conversation.id)
        ):
            convs[int(member_id)] = int(conv_id)  # the latest wins, as member_conversation
    fresh = [u for u in users if contacts[u] not in convs]
    if fresh:
        s.execute(
            insert(CONVERSATIONS),
            [
                {
                    "member_id": contacts[u],
                    "channel": ChannelKind.WECHAT_KF,
                    "channel_account_id": account_id,
                    "external_thread_id": u,
                    "subject": "",
                    "status": ConversationStatus.OPEN,
                    "unread": 0,
                    "last_preview": "",
                    "last_message_at": NEVER,
                }
                for u in fresh
            ],
        )
        for id_chunk in int_chunks(sorted(contacts[u] for u in fresh)):
            for conv_id, member_id in s.execute(
                select(Conversation.id, Conversation.member_id).where(
                    Conversation.member_id.in_(id_chunk),
                    Conversation.channel == ChannelKind.WECHAT_KF,
                )
            ):
                convs[int(member_id)] = max(convs.get(int(member_id), 0), int(conv_id))
    s.execute(
        insert(SESSIONS),
        [
            {
                "account_id": account_id,
                "external_userid": u,
                "member_id": contacts[u],
                "conversation_id": convs[contacts[u]],
                "service_state": int(ServiceState.ENDED),
            }
            for u in users
        ],
    )
    for chunk in _chunks(users):
        for row in s.execute(
            select(*SESS_COLUMNS).where(
                KfSession.account_id == account_id, KfSession.external_userid.in_(chunk)
            )
        ):
            sess = SessRow(**row._mapping)
            found[sess.external_userid] = sess


__all__ = ["SOURCE", "create_users"]
