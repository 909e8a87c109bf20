"""The demo workspace: a Chinese coffee brand with groups, members, a planned week,
welcome journeys and DM conversations, generated from resources/demo/demo.json plus
Faker ``zh_CN`` names, deterministic for a given seed and "today".
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import delete, insert, select, update

from desktop.domain.calendar.week import week_start
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    ContentType,
    ConversationStatus,
    DmFrequency,
    GroupType,
    Lifecycle,
    MaterialKind,
    MessageDirection,
    OperatorRole,
    Platform,
    PostStatus,
    Priority,
    Role,
    StepChannel,
    WelcomeStepKind,
)
from desktop.domain.members.lifecycle import activity_score, standing
from desktop.resources import resource
from desktop.services.workspace.demo_campaigns import demo_campaigns
from desktop.store.db import Database
from desktop.store.models import (
    Base,
    CalendarSlot,
    CannedReply,
    ConsentRecord,
    Conversation,
    Group,
    GroupSet,
    Label,
    Material,
    Member,
    MemberContact,
    Membership,
    Message,
    Operator,
    Post,
    Tag,
    WelcomeJourney,
    WelcomeStep,
    WorkspaceSettings,
    conversation_labels,
    member_tags,
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

        sources = ["门店扫码", "小程序", "朋友推荐", "线下活动", "公众号", "导入"]
        member_rows: list[dict[str, Any]] = []
        drawn: list[tuple[Lifecycle, list[datetime]]] = []
        for i in range(size.members):
            state, touches = _demo_activity(rng, now)
            created = now - timedelta(days=rng.randint(0, 400), minutes=rng.randint(0, 1440))
            created = min([created, *(t - timedelta(days=1) for t in touches)])
            drawn.append((state, touches))
            member_rows.append(
                {
                    "display_name": fake.name(),
                    "birthday": fake.date_of_birth(minimum_age=18, maximum_age=55)
                    if rng.random() < 0.7
                    else None,
                    "source": rng.choice(sources),
                    "notes": "",
                    # Lifecycle and score follow from the same interactions, by the rules
                    # the janitor applies, so the table never shows 沉默 with activity 89.
                    "lifecycle": state,
                    "activity_score": activity_score(touches, now),
                    "dm_frequency": rng.choice(list(DmFrequency)[:3]),
                    "created_at": created,
                    "updated_at": created,
                    "last_interaction_at": max(touches, default=None),
                }
            )
            if i % 100 == 0:
                report(15 + int(30 * i / max(1, size.members)), "members")
        member_ids = list(s.scalars(insert(Member).returning(Member.id), member_rows))

        contact_rows: list[dict[str, Any]] = []
        tag_rows: list[dict[str, Any]] = []
        consent_rows: list[dict[str, Any]] = []
        for n, mid in enumerate(member_ids):
            contact_rows.append(
                {
                    "member_id": mid,
                    "channel": ContactChannel.EMAIL,
                    "address": f"{fake.user_name()}{n}@example.com",
                }
            )
            if rng.random() < 0.6:
                contact_rows.append(
                    {
                        "member_id": mid,
                        "channel": ContactChannel.PHONE,
                        "address": fake.phone_number(),
                    }
                )
            if rng.random() < 0.5:
                contact_rows.append(
                    {
                        "member_id": mid,
                        "channel": ContactChannel.WECHAT,
                        "address": f"wx_{mid}_{fake.user_name()}",
                    }
                )
            for t in rng.sample(tags, rng.randint(0, 3)):
                tag_rows.append({"member_id": mid, "tag_id": t.id})
            consent_rows.append(
                {
                    "member_id": mid,
                    "channel": ChannelKind.EMAIL,
                    "purpose": ConsentPurpose.MARKETING,
                    "granted": rng.random() < 0.8,
                    "source": "入群登记表",
                    "recorded_at": now - timedelta(days=rng.randint(1, 300)),
                }
            )
        s.execute(insert(MemberContact), contact_rows)
        if tag_rows:
            s.execute(insert(member_tags), tag_rows)
        s.execute(insert(ConsentRecord), consent_rows)
        report(55, "memberships")

        membership_rows: list[dict[str, Any]] = []
        for g, spec in zip(groups, data["groups"], strict=True):
            chosen = rng.sample(member_ids, min(spec["size"], len(member_ids)))
            for k, mid in enumerate(chosen):
                role = Role.MEMBER
                if k == 0:
                    role = Role.OWNER
                elif k < 3:
                    role = Role.ADMIN
                elif k < 6:
                    role = Role.KOC
                elif k < 9:
                    role = Role.ATMOSPHERE
                membership_rows.append(
                    {
                        "group_id": g.id,
                        "member_id": mid,
                        "role": role,
                        "joined_at": now - timedelta(days=rng.randint(0, 300)),
                    }
                )
        s.execute(insert(Membership), membership_rows)
        report(65, "content")

        for kind, title, body in data["materials"]:
            s.add(Material(kind=MaterialKind(kind), title=title, body=body))
        _demo_posts(s, data, groups, rng, today, tz)
        report(75, "journeys")
        _demo_journeys(s, data, groups)
        report(85, "inbox")
        written = _demo_inbox(s, data, member_ids, operators, rng, now, size.conversations)
        _demo_rescore(s, member_ids, drawn, written, now)
        demo_campaigns(s, rng, now)
        report(100, "done")


def _demo_posts(
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


def _demo_journeys(s: Any, data: dict[str, Any], groups: list[Group]) -> None:
    by_name = {g.name: g for g in groups}
    steps = data["welcome_steps"]
    for spec in data["journeys"]:
        journey = WelcomeJourney(name=spec["name"], description=spec["description"])
        count = spec.get("steps", len(steps))
        chosen = steps if count >= len(steps) else [steps[0], *steps[-(count - 1) :]]
        for pos, (kind, title, channel, delay, subject, body) in enumerate(chosen):
            journey.steps.append(
                WelcomeStep(
                    position=pos,
                    kind=WelcomeStepKind(kind),
                    title=title,
                    channel=StepChannel(channel),
                    delay_minutes=delay,
                    subject=subject,
                    template=body,
                )
            )
        s.add(journey)
        s.flush()
        for name in spec["groups"]:
            by_name[name].journey_id = journey.id


# A canned-reply library to try "/" in the reply box with (shortcut, title, body).
DEMO_CANNED: tuple[tuple[str, str, str], ...] = (
    ("hello", "问候", "您好，{name}！感谢联系拾光咖啡，我们会尽快为您处理。"),
    ("hours", "营业时间", "{name}，拾光咖啡每天 8:00–22:00 营业，周末也不休息，欢迎光临！"),
    ("menu", "新品菜单", "{name}，本季新品菜单已发到群里，到店出示会员码可享 9 折。"),
    ("bye", "结束语", "感谢您的反馈，{name}！如有其他问题随时联系我们。—— {operator}"),
)


def _demo_inbox(
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


def _demo_rescore(
    s: Any,
    member_ids: list[int],
    drawn: list[tuple[Lifecycle, list[datetime]]],
    inbound: dict[int, list[datetime]],
    now: datetime,
) -> None:
    """Members who wrote in the demo inbox: their lifecycle and score by the same rules the
    janitor applies, over their messages and their last interaction."""
    for mid, (state, touches) in zip(member_ids, drawn, strict=True):
        if mid not in inbound:
            continue
        # The member row keeps only the latest interaction, which is all the janitor sees.
        now_at = standing(state, inbound[mid], max([*inbound[mid], *touches]), now)
        s.execute(
            update(Member)
            .where(Member.id == mid)
            .values(
                lifecycle=now_at.lifecycle,
                activity_score=now_at.activity_score,
                last_interaction_at=now_at.last_interaction,
            )
        )


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


# Days since the last interaction each lifecycle allows (the default rules: silent after 30
# days, churned after 90), and whether a member in it has interacted at all.
_DEMO_LIFECYCLES: tuple[tuple[Lifecycle, int, tuple[int, int], tuple[int, int]], ...] = (
    (Lifecycle.INVITED, 5, (0, 6), (0, 1)),
    (Lifecycle.VERIFIED, 5, (0, 6), (1, 2)),
    (Lifecycle.ONBOARDED, 10, (0, 13), (0, 0)),  # a first interaction makes them active
    (Lifecycle.ACTIVE, 50, (0, 29), (1, 14)),
    (Lifecycle.SILENT, 20, (30, 89), (1, 4)),
    (Lifecycle.CHURNED, 10, (90, 240), (1, 3)),
)


def _demo_activity(rng: random.Random, now: datetime) -> tuple[Lifecycle, list[datetime]]:
    """A lifecycle and the interactions that put a member there."""
    state, _w, (lo, hi), (fewest, most) = rng.choices(
        _DEMO_LIFECYCLES, weights=[row[1] for row in _DEMO_LIFECYCLES]
    )[0]
    if rng.randint(fewest, most) == 0:
        return state, []
    # Only the last interaction is kept on a member (older ones live in the inbox), so it
    # is all the janitor's rules will see, and all the demo's score counts.
    return state, [now - timedelta(days=rng.randint(lo, hi), minutes=rng.randint(1, 1440))]
