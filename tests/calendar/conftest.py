"""A small real workspace for calendar tests: four groups, one set, a week in the future."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.domain.calendar.week import week_start
from desktop.domain.enums import ContentType, Platform
from desktop.services.calendar.service import PostDraft
from desktop.services.container import Services
from desktop.store.models import Group, GroupSet, WorkspaceSettings


@dataclass
class Workspace:
    services: Services
    groups: dict[str, int]
    monday: date  # a week well in the future
    tz: ZoneInfo

    def at(self, day: int, hh: int, mm: int = 0) -> datetime:
        return datetime.combine(self.monday + timedelta(days=day), time(hh, mm), self.tz)

    def post(
        self,
        title: str,
        day: int,
        hh: int,
        groups: tuple[str, ...] = ("北京01群",),
        content_type: ContentType = ContentType.VALUE,
    ) -> int:
        return self.services.calendar.save(
            PostDraft(
                title=title,
                body=f"{title} 的正文 🎉",
                content_type=content_type,
                when=self.at(day, hh),
                target_ids=[self.groups[g] for g in groups],
            )
        )


def make_workspace(services: Services, timezone: str = "Asia/Shanghai") -> Workspace:
    with services.db.write() as s:
        s.get(WorkspaceSettings, 1).timezone = timezone
        rows = [
            Group(name="北京01群", platform=Platform.WECHAT),
            Group(name="北京02群", platform=Platform.WECHAT),
            Group(name="邮件订阅", platform=Platform.EMAIL, external_id="list@example.org"),
            Group(name="上海01群", platform=Platform.WECHAT),
        ]
        s.add_all(rows)
        s.flush()
        s.add(GroupSet(name="北京全部群", groups=rows[:2]))
    with services.db.read() as s:
        groups = {g.name: g.id for g in s.scalars(select(Group))}
    tz = ZoneInfo(timezone)
    monday = week_start(services.calendar.today()) + timedelta(days=21)
    return Workspace(services, groups, monday, tz)


@pytest.fixture
def ws(services: Services) -> Workspace:
    return make_workspace(services)
