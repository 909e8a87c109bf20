"""What a ``kf/sync_msg`` page's events do to its users' 微信客服 reception rows (issue 16).

Entering (``EventType.ENTER_SESSION``) → the link's scene (the member's source, M1) and the
welcome code, whose welcome message is then due; a reception change → the reception state and
its code (结束语). Pure: the rows (``SessRow``) are changed in memory and written by
``KfIngest`` with the page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from desktop.domain.wechat_kf.messages import EventType, KfItem
from desktop.domain.wechat_kf.window import ServiceState
from desktop.services.wechat_kf.rows import SessRow


@dataclass(frozen=True)
class WelcomeDue:
    session_id: int
    conversation_id: int
    external_userid: str
    code: str
    at: datetime


def sent_at(item: KfItem) -> datetime:
    return datetime.fromtimestamp(item.send_time, UTC)


def apply_events(items: list[KfItem], sessions: dict[str, SessRow]) -> list[WelcomeDue]:
    """Change the rows as the page's events say (``changed`` marks the ones to write);
    returns the welcome messages now due, in page order."""
    welcomes: list[WelcomeDue] = []
    for item in items:
        ev = item.event
        sess = sessions.get(item.external_userid)
        if ev is None or sess is None:
            continue
        at = sent_at(item)
        if ev.type is EventType.ENTER_SESSION:
            if ev.scene:
                sess.scene = ev.scene[:32]
                sess.changed = True
            if ev.welcome_code:
                sess.welcome_code, sess.welcome_code_at = ev.welcome_code, at
                sess.changed = True
                welcomes.append(
                    WelcomeDue(
                        sess.id,
                        sess.conversation_id or 0,
                        sess.external_userid,
                        ev.welcome_code,
                        at,
                    )
                )
        elif ev.type is EventType.SESSION_STATUS_CHANGE:
            # 1 接入 / 2 转接 / 4 重新接入 → 由人工接待; 3 结束 → 已结束 (W/94670).
            sess.service_state = int(
                ServiceState.ENDED if ev.change_type == 3 else ServiceState.HUMAN
            )
            sess.servicer_userid = ev.servicer_userid or sess.servicer_userid
            if ev.msg_code:
                sess.event_code, sess.event_code_at = ev.msg_code, at
            sess.changed = True
    return welcomes
