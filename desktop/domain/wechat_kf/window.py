"""When the app may answer a WeChat user through ``kf/send_msg``.

Rules from 发送消息 (https://developer.work.weixin.qq.com/document/path/94677) and 分配客服会话
(https://developer.work.weixin.qq.com/document/path/94669):

- a user's message opens a window of 48 hours from that message; at most 5 messages may be
  sent in it; a later user message opens a new window (the count starts again);
- the API may send only while the session is 未处理 (0) or 由智能助手接待 (1); in 待接入池
  (2) and 由人工接待 (3) the reception staff answer in the WeCom client, and in 已结束 (4)
  nothing may be sent until the user writes again (95018 otherwise).

A canned "please message us again" is an ordinary message, so it is refused by the same rules:
the reason says so, because an operator's first idea is to send one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum

WINDOW = timedelta(hours=48)
MAX_MESSAGES = 5


class ServiceState(IntEnum):
    UNHANDLED = 0  # 未处理
    ASSISTANT = 1  # 由智能助手接待
    QUEUED = 2  # 待接入池排队中
    HUMAN = 3  # 由人工接待
    ENDED = 4  # 已结束/未开始


API_SEND_STATES = frozenset({ServiceState.UNHANDLED, ServiceState.ASSISTANT})

# Allowed changes through kf/service_state/trans (W/94669, the table of 概述): 4 can only be
# left by the user writing again.
TRANSITIONS: dict[ServiceState, frozenset[ServiceState]] = {
    ServiceState.UNHANDLED: frozenset(
        {ServiceState.ASSISTANT, ServiceState.QUEUED, ServiceState.HUMAN, ServiceState.ENDED}
    ),
    ServiceState.ASSISTANT: frozenset(
        {ServiceState.QUEUED, ServiceState.HUMAN, ServiceState.ENDED}
    ),
    ServiceState.QUEUED: frozenset({ServiceState.HUMAN, ServiceState.ENDED}),
    ServiceState.HUMAN: frozenset({ServiceState.QUEUED, ServiceState.HUMAN, ServiceState.ENDED}),
    ServiceState.ENDED: frozenset(),
}


def can_transfer(current: ServiceState, target: ServiceState) -> bool:
    return target in TRANSITIONS[current]


class Closed(StrEnum):
    """Why nothing may be sent now (None on ``ReplyWindow.closed`` when it is open)."""

    NO_MESSAGE = "no_message"  # the user never wrote
    EXPIRED = "expired"  # 48 hours passed since the user's last message
    USED_UP = "used_up"  # 5 messages already sent in this window
    STATE = "state"  # the session state forbids API sends (95018)


@dataclass(frozen=True)
class ReplyWindow:
    closed: Closed | None
    expires_at: datetime | None
    messages_left: int
    state: ServiceState

    @property
    def is_open(self) -> bool:
        return self.closed is None

    def time_left(self, now: datetime) -> timedelta:
        if self.expires_at is None or self.closed is not None:
            return timedelta(0)
        return max(self.expires_at - now, timedelta(0))


def reply_window(
    last_user_message_at: datetime | None,
    sent_in_window: int,
    state: ServiceState,
    now: datetime,
) -> ReplyWindow:
    """The window as of ``now``; ``sent_in_window`` counts sends after the last user message."""
    if last_user_message_at is None:
        return ReplyWindow(Closed.NO_MESSAGE, None, 0, state)
    expires = last_user_message_at + WINDOW
    left = max(MAX_MESSAGES - sent_in_window, 0)
    if now >= expires:
        return ReplyWindow(Closed.EXPIRED, expires, 0, state)
    if left == 0:
        return ReplyWindow(Closed.USED_UP, expires, 0, state)
    if state not in API_SEND_STATES:
        return ReplyWindow(Closed.STATE, expires, left, state)
    return ReplyWindow(None, expires, left, state)


__all__ = [
    "API_SEND_STATES",
    "MAX_MESSAGES",
    "TRANSITIONS",
    "WINDOW",
    "Closed",
    "ReplyWindow",
    "ServiceState",
    "can_transfer",
    "reply_window",
]
