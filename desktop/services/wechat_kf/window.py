"""A 微信客服 conversation's reply window as of now, from the database.

The count of messages sent in the window is the outbox's: deliveries to this WeChat user
queued or sent since the user's last message (failed or cancelled ones sent nothing), so a
reply waiting in the outbox already uses one of the 5.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.domain.wechat_kf.window import ReplyWindow, ServiceState, reply_window
from desktop.store.models import Delivery, KfSession

_COUNTED = (DeliveryStatus.PENDING, DeliveryStatus.CLAIMED, DeliveryStatus.SENT)


def session_of(s: Session, conversation_id: int) -> KfSession | None:
    return s.scalar(
        select(KfSession)
        .where(KfSession.conversation_id == conversation_id)
        .order_by(KfSession.id.desc())
        .limit(1)
    )


def window_of(s: Session, sess: KfSession, now: datetime) -> ReplyWindow:
    sent = 0
    if sess.last_user_message_at is not None:
        sent = int(
            s.scalar(
                select(func.count(Delivery.id)).where(
                    Delivery.channel == ChannelKind.WECHAT_KF,
                    Delivery.recipient == sess.external_userid,
                    Delivery.due_at >= (sess.window_counted_since or sess.last_user_message_at),
                    Delivery.status.in_(_COUNTED),
                )
            )
            or 0
        )
    return reply_window(sess.last_user_message_at, sent, ServiceState(sess.service_state), now)


def conversation_window(s: Session, conversation_id: int, now: datetime) -> ReplyWindow | None:
    """None when the conversation is not a 微信客服 one."""
    sess = session_of(s, conversation_id)
    return None if sess is None else window_of(s, sess, now)


__all__ = ["conversation_window", "session_of", "window_of"]
