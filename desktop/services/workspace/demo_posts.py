"""The demo workspace's planned week: posts in the calendar's slots across the long-term
groups (the past days' already sent), and a few drafts."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.domain.calendar.week import week_start
from desktop.domain.enums import ContentType, GroupType, PostStatus
from desktop.store.models import CalendarSlot, Group, Post


def demo_posts(
    s: Any, data: dict[str, Any], groups: list[Group], rng: random.Random, today: date, tz: ZoneInfo
) -> None:
    slots = [time.fromisoformat(x.time_of_day) for x in s.scalars(select(CalendarSlot))] or [
        time(8),
        time(12),
        time(20),
    ]
    start = week_start(today)
    ideas = data["posts"]
    long_term = [g for g in groups if g.group_type == GroupType.LONG_TERM]
    n = 0
    for day in range(7):
        for slot in sorted(slots):
            if rng.random() < 0.25:
                continue
            title, ctype = ideas[n % len(ideas)]
            n += 1
            when = datetime.combine(start + timedelta(days=day), slot, tz)
            targets = rng.sample(long_term, rng.randint(1, 3))
            status = PostStatus.SENT if when.date() < today else PostStatus.PLANNED
            s.add(
                Post(
                    title=title,
                    body=f"{title}\n\n更多内容见群公告。",
                    content_type=ContentType(ctype),
                    status=status,
                    scheduled_at=when.astimezone(UTC),
                    targets=targets,
                )
            )
    for title in data["drafts"]:
        s.add(Post(title=title, body="", content_type=ContentType.VALUE, status=PostStatus.DRAFT))
