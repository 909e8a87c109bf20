"""The demo workspace's inbox: labels, canned replies, and DM conversations with members,
each thread ending in the past."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert

from desktop.domain.enums import ChannelKind, ConversationStatus, MessageDirection, Priority
from desktop.store.models import (
    CannedReply,
    Conversation,
    Label,
    Message,
    Operator,
    conversation_labels,
)

# A canned-reply library to try "/" in the reply box with (shortcut, title, body).
DEMO_CANNED: tuple[tuple[str, str, str], ...] = (
    ("hello", "问候", "您好，{name}！感谢联系拾光咖啡，我们会尽快为您处理。"),
    ("hours", "营业时间", "{name}，拾光咖啡每天 8:00–22:00 营业，周末也不休息，欢迎光临！"),
    ("menu", "新品菜单", "{name}，本季新品菜单已发到群里，到店出示会员码可享 9 折。"),
    ("bye", "结束语", "感谢您的反馈，{name}！如有其他问题随时联系我们。—— {operator}"),
)


def demo_inbox(
    s: Any,
    data: dict[str, Any],
    member_ids: list[int],
    operators: list[Operator],
    rng: random.Random,
    now: datetime,
    count: int,
) -> dict[int, list[datetime]]:
    labels = [Label(name=n, color=c) for n, c in data["labels"]]
    s.add_all(labels)
    s.add_all(CannedReply(shortcut=k, title=t, body=b) for k, t, b in DEMO_CANNED)
    s.flush()
    label_rows: list[dict[str, int]] = []
    inbound: dict[int, list[datetime]] = {}
    for mid in rng.sample(member_ids, min(count, len(member_ids))):
        opened = now - timedelta(minutes=rng.randint(5, 60 * 72))
        opener = rng.choice(data["dm_openers"])
        conv = Conversation(
            member_id=mid,
            channel=ChannelKind.EMAIL,
            subject=opener if len(opener) <= 60 else opener[:59] + "…",
            status=rng.choices(list(ConversationStatus), weights=[55, 15, 5, 25])[0],
            priority=rng.choices(list(Priority), weights=[10, 20, 70])[0],
            assignee_id=rng.choice([None, *[o.id for o in operators]]),
            first_inbound_at=opened,
        )
        s.add(conv)
        s.flush()
        thread = [(MessageDirection.INBOUND, opener)]
        if rng.random() < 0.7:
            thread.append((MessageDirection.OUTBOUND, rng.choice(data["dm_replies"])))
            if rng.random() < 0.6:
                thread.append((MessageDirection.INBOUND, rng.choice(data["dm_followups"])))
        # Minutes between messages; the whole thread is shifted so it ends in the past.
        times = [opened]
        for _ in thread[1:]:
            times.append(times[-1] + timedelta(minutes=rng.randint(2, 180)))
        overshoot = times[-1] - (now - timedelta(minutes=rng.randint(1, 30)))
        if overshoot > timedelta(0):
            times = [t - overshoot for t in times]
        conv.first_inbound_at = times[0]
        for (direction, text), at in zip(thread, times, strict=True):
            s.add(
                Message(
                    conversation_id=conv.id,
                    direction=direction,
                    body_text=text,
                    sent_at=at,
                    external_id=f"<demo-{conv.id}-{at.timestamp():.0f}@shequn.invalid>",
                )
            )
            if direction == MessageDirection.OUTBOUND and conv.first_response_at is None:
                conv.first_response_at = at
            if direction == MessageDirection.INBOUND:
                inbound.setdefault(mid, []).append(at)
        conv.last_message_at = times[-1]
        conv.last_preview = thread[-1][1][:200]
        conv.unread = 1 if thread[-1][0] == MessageDirection.INBOUND else 0
        for lb in rng.sample(labels, rng.randint(0, 2)):
            label_rows.append({"conversation_id": conv.id, "label_id": lb.id})
    if label_rows:
        s.execute(insert(conversation_labels), label_rows)
    return inbound
