"""The demo workspace's members: names, contacts, tags and consent, their places in the demo
groups, and lifecycles and scores that agree with their activity by the janitor's rules."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, update

from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DmFrequency,
    Lifecycle,
    Role,
)
from desktop.domain.members.lifecycle import activity_score, standing
from desktop.store.models import (
    ConsentRecord,
    Group,
    Member,
    MemberContact,
    Membership,
    Tag,
    member_tags,
)

if TYPE_CHECKING:
    from faker import Faker


def demo_members(
    s: Any,
    tags: list[Tag],
    count: int,
    rng: random.Random,
    fake: Faker,
    now: datetime,
    report: Callable[[int, str], None],
) -> tuple[list[int], list[tuple[Lifecycle, list[datetime]]]]:
    """The members with their contacts, tags and consent; and the lifecycle and interactions
    drawn for each (in the order of the ids)."""
    sources = ["门店扫码", "小程序", "朋友推荐", "线下活动", "公众号", "导入"]
    member_rows: list[dict[str, Any]] = []
    drawn: list[tuple[Lifecycle, list[datetime]]] = []
    for i in range(count):
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
            report(15 + int(30 * i / max(1, count)), "members")
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
    return member_ids, drawn


def demo_memberships(
    s: Any,
    groups: list[Group],
    specs: list[dict[str, Any]],
    member_ids: list[int],
    rng: random.Random,
    now: datetime,
) -> None:
    """Each group's members (its size in the seed), the first ones its owner, admins, KOCs
    and atmosphere members."""
    membership_rows: list[dict[str, Any]] = []
    for g, spec in zip(groups, specs, strict=True):
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


def demo_rescore(
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
