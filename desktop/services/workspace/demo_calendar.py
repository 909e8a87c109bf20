"""Fill one week of the calendar with a realistic mix of posts, for screenshots and demos."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desktop.domain.calendar.week import parse_time, week_start
from desktop.domain.enums import ContentType, PostStatus
from desktop.services.workspace.zone import zone_of
from desktop.store.db import Database
from desktop.store.models import CalendarSlot, Group, Post, WorkspaceSettings

_IDEAS: list[tuple[str, ContentType]] = [
    ("早安打卡：今天也要元气满满", ContentType.NORMS),
    ("群规提醒：禁止私拉广告", ContentType.NORMS),
    ("手冲咖啡的三个关键参数", ContentType.VALUE),
    ("如何挑选适合自己的咖啡豆", ContentType.VALUE),
    ("冷萃在家就能做：详细步骤", ContentType.VALUE),
    ("新品试饮报名开启", ContentType.ACTIVITY),
    ("周末线下品鉴会 · 北京门店", ContentType.ACTIVITY),
    ("有奖问卷：你最爱哪款豆子", ContentType.ACTIVITY),
    ("会员日 8 折限时优惠", ContentType.MARKETING),
    ("新品上架：云南日晒单品", ContentType.MARKETING),
    ("晚安故事：一杯咖啡的旅程", ContentType.VALUE),
    ("抽奖：晒出你的咖啡角 🎁", ContentType.ACTIVITY),
]


def fill_week(db: Database, day: date, n: int = 40, seed: int = 4) -> list[int]:
    """Add ``n`` planned posts spread over the week of ``day`` (slots, types, groups mixed).

    Returns the new post ids. Groups must exist (e.g. the demo workspace); posts target
    one to three open groups each.
    """
    rng = random.Random(seed)
    start = week_start(day)
    with db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        tz = zone_of(ws)
        slots = [parse_time(x) for x in s.scalars(select(CalendarSlot.time_of_day))]
        slots = sorted(slots) or [parse_time("08:00"), parse_time("12:00"), parse_time("20:00")]
        groups = list(s.scalars(select(Group).where(Group.archived_at.is_(None))))
        ids: list[int] = []
        for i in range(n):
            title, ctype = _IDEAS[i % len(_IDEAS)]
            d = start + timedelta(days=i % 7)
            at = slots[(i // 7) % len(slots)]
            when = datetime.combine(d, at, tz)
            if i % 9 == 8:
                when += timedelta(minutes=30)  # an ad-hoc time within the slot
            post = Post(
                title=title,
                body=f"{title}\n\n详情见群公告。",
                content_type=ctype,
                status=PostStatus.PLANNED,
                scheduled_at=when.astimezone(UTC),
                targets=rng.sample(groups, min(len(groups), rng.randint(1, 3))) if groups else [],
            )
            s.add(post)
            s.flush()
            ids.append(post.id)
    return ids
