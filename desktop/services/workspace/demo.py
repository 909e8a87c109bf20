"""The demo workspace: a Chinese coffee brand with groups, members, a planned week,
welcome journeys and DM conversations, generated from resources/demo/demo.json plus
Faker ``zh_CN`` names, deterministic for a given seed and "today".
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, select

from desktop.domain.enums import GroupType, MaterialKind, OperatorRole, Platform
from desktop.resources import resource
from desktop.services.workspace.demo_campaigns import demo_campaigns
from desktop.services.workspace.demo_inbox import demo_inbox
from desktop.services.workspace.demo_journeys import demo_journeys
from desktop.services.workspace.demo_members import demo_members, demo_memberships, demo_rescore
from desktop.services.workspace.demo_posts import demo_posts
from desktop.store.db import Database
from desktop.store.models import (
    Base,
    CalendarSlot,
    Group,
    GroupSet,
    Material,
    Member,
    Operator,
    Tag,
    WorkspaceSettings,
    post_targets,
)

Progress = Callable[[int, str], None]  # percent, what is being done


@dataclass(frozen=True)
class DemoSize:
    members: int = 500
    conversations: int = 60


class DemoError(RuntimeError):
    pass


def _load_seed() -> dict[str, Any]:
    return json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))


def create_demo(
    db: Database,
    *,
    size: DemoSize | None = None,
    today: date | None = None,
    seed: int = 2026,
    progress: Progress | None = None,
) -> None:
    """Fill an empty workspace with demo data; refuses a workspace that already has data."""
    from faker import Faker  # only the demo needs it; keep it off the start-up path

    size = size or DemoSize()
    report = progress or (lambda _p, _m: None)
    data = _load_seed()
    rng = random.Random(seed)
    fake = Faker("zh_CN")
    fake.seed_instance(seed)

    with db.write() as s:
        if s.scalar(select(Group.id).limit(1)) is not None or s.scalar(select(Member.id).limit(1)):
            raise DemoError("the workspace already has data")
        settings = s.get(WorkspaceSettings, 1)
        if settings is None:
            settings = WorkspaceSettings(id=1, name=data["workspace"])
            s.add(settings)
        settings.name = data["workspace"]
        settings.brand_keyword = data["brand"]
        settings.is_demo = True
        settings.interests = list(data["interests"])
        tz = ZoneInfo(settings.timezone)
        now = datetime.now(UTC)
        today = today or now.astimezone(tz).date()
        report(5, "operators")

        operators = [Operator(name=n, role=OperatorRole(r)) for n, r in data["operators"]]
        s.add_all(operators)
        s.flush()

        groups: list[Group] = []
        for g in data["groups"]:
            campaign = g["type"] == GroupType.CAMPAIGN
            groups.append(
                Group(
                    name=g["name"],
                    platform=Platform(g["platform"]),
                    group_type=GroupType(g["type"]),
                    campaign_end=today + timedelta(days=g.get("ends_in_days", 0))
                    if campaign
                    else None,
                    purpose=g["purpose"],
                    audience=g["audience"],
                    actions=g["actions"],
                    rules=data["group_rules"],
                    red_lines=data["red_lines"],
                    announcement=data["announcement"].replace("{group}", g["name"]),
                    welcome_message=f"欢迎新朋友加入{g['name']}！请先看群公告～",
                )
            )
        s.add_all(groups)
        s.flush()
        beijing = GroupSet(name="北京全部群", groups=[g for g in groups if "北京" in g.name])
        s.add(beijing)

        tags = [Tag(name=t) for t in data["interests"]]
        s.add_all(tags)
        s.flush()
        report(15, "members")

        member_ids, drawn = demo_members(s, tags, size.members, rng, fake, now, report)
        report(55, "memberships")

        demo_memberships(s, groups, data["groups"], member_ids, rng, now)
        report(65, "content")

        for kind, title, body in data["materials"]:
            s.add(Material(kind=MaterialKind(kind), title=title, body=body))
        demo_posts(s, data, groups, rng, today, tz)
        report(75, "journeys")
        demo_journeys(s, data, groups)
        report(85, "inbox")
        written = demo_inbox(s, data, member_ids, operators, rng, now, size.conversations)
        demo_rescore(s, member_ids, drawn, written, now)
        demo_campaigns(s, rng, now)
        report(100, "done")


def remove_demo(db: Database) -> None:
    """Empty a demo workspace back to a blank one; refuses a workspace with real data."""
    with db.write() as s:
        settings = s.get(WorkspaceSettings, 1)
        if settings is None or not settings.is_demo:
            raise DemoError("this workspace is not a demo workspace")
        keep = {WorkspaceSettings.__tablename__, CalendarSlot.__tablename__, "alembic_version"}
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in keep:
                s.execute(delete(table))
        settings.is_demo = False
        settings.name = "我的社群"
        settings.brand_keyword = ""
        settings.interests = []


__all__ = ["DemoError", "DemoSize", "create_demo", "post_targets", "remove_demo"]
