"""Welcome steps for members reachable only on WeChat (微信客服, issue 16).

A personal step of such a member goes as a ``kf/send_msg`` into their 微信客服 conversation
(recipient: the WeChat user's external_userid; account: the 客服账号's), worded for a chat.
It may go only inside the reply window (48 h after the user's last message, at most 5
messages in it; https://developer.work.weixin.qq.com/document/path/94677). A step due while
the window is closed, or once the 5 are used, is held: the enrolment stays at that step with
no due time, and the user's next message (a new window) makes it due again
(services/wechat_kf/journey.wake_waiting). Nothing is sent to fail, nothing is skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import ContactChannel, StepChannel
from desktop.domain.wechat_kf.window import ReplyWindow
from desktop.services.welcome.enrol import KF_CHANNEL
from desktop.services.welcome.plan import Content
from desktop.store.models import KfAccount, KfSession

_EMAIL = str(ContactChannel.EMAIL)
_MATRIX = str(ContactChannel.MATRIX)


@dataclass(frozen=True)
class KfTarget:
    conversation_id: int
    external_userid: str
    channel_account_id: int
    window: ReplyWindow


def goes_to_kf(c: Content, have: set[str]) -> bool:
    """A personal step for a member with neither mail nor Matrix but a WeChat conversation."""
    return (
        c.channel == StepChannel.EMAIL
        and KF_CHANNEL in have
        and _EMAIL not in have
        and _MATRIX not in have
    )


def kf_targets(s: Session, member_ids: set[int], now: datetime) -> dict[int, KfTarget]:
    """member → their latest 微信客服 conversation and its window as of ``now``."""
    from desktop.services.wechat_kf.window import window_of

    out: dict[int, KfTarget] = {}
    ids = sorted(member_ids)
    for i in range(0, len(ids), 500):
        for sess in s.scalars(
            select(KfSession)
            .where(KfSession.member_id.in_(ids[i : i + 500]))
            .order_by(KfSession.id)
        ):
            kf = s.get(KfAccount, sess.account_id)
            if kf is None or sess.conversation_id is None:
                continue
            out[sess.member_id] = KfTarget(  # the latest session wins
                sess.conversation_id,
                sess.external_userid,
                kf.account_id,
                window_of(s, sess, now),
            )
    return out


def hold_closed_windows(
    s: Session,
    work: list[Any],
    updates: list[dict[str, Any]],
    finished: list[int],
    channels: dict[int, set[str]],
    now: datetime,
) -> list[Any]:
    """``work`` without the WeChat steps the window does not allow now; their enrolments
    are put back at the first held step, waiting for the user's next message."""
    kf_members = {
        e.member_id for e, _, c, _ in work if goes_to_kf(c, channels.get(e.member_id, set()))
    }
    if not kf_members:
        return work
    targets = kf_targets(s, kf_members, now)
    left = {m: (t.window.messages_left if t.window.is_open else 0) for m, t in targets.items()}
    kept: list[Any] = []
    held: dict[int, tuple[int, datetime | None]] = {}  # enrolment → (step index, last step)
    last: dict[int, datetime | None] = {}
    for item in work:
        e, step, c, at = item
        if e.id in held:
            continue
        if goes_to_kf(c, channels.get(e.member_id, set())):
            if left.get(e.member_id, 0) <= 0:
                held[e.id] = (step.index, last.get(e.id, e.last_step_at))
                continue
            left[e.member_id] -= 1
        last[e.id] = at
        kept.append(item)
    if held:
        members = {e.id: e.member_id for e, _, _, _ in work}
        for upd in updates:
            if upd["id"] in held:
                index, previous = held[upd["id"]]
                if upd.pop("status", None) is not None:
                    upd.pop("finished_at", None)
                    if members[upd["id"]] in finished:
                        finished.remove(members[upd["id"]])
                upd.update(next_position=index, last_step_at=previous, next_due_at=None)
    return kept
