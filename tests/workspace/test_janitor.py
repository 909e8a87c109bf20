"""The janitor's hourly pass: lifecycle rules, today's greetings, campaign archiving."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from desktop.domain.enums import DeliveryKind, GroupType, Lifecycle
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft
from desktop.services.members.greetings import GreetingDraft
from desktop.services.members.service import MemberDraft
from desktop.store.models import Delivery, Member

NOW = datetime(2026, 11, 23, 4, tzinfo=UTC)  # 12:00 in Asia/Shanghai
TODAY = date(2026, 11, 23)


def _campaign(services: Services, name: str, ended_days_ago: int) -> int:
    return services.groups.save(
        GroupDraft(
            name=name,
            group_type=GroupType.CAMPAIGN,
            campaign_end=TODAY - timedelta(days=ended_days_ago),
        )
    )


def test_policy_on_archives_a_campaign_group_ended_four_days_ago(services: Services) -> None:
    services.policy.save(replace(services.policy.get(), auto_archive=True, archive_after_days=3))
    ended = _campaign(services, "拾光快闪", 4)
    recent = _campaign(services, "拾光双十一", 1)
    report = services.janitor.run_once(NOW)
    assert report.archived == (ended,)
    assert services.groups.row(ended).archived  # type: ignore[union-attr]
    assert not services.groups.row(recent).archived  # type: ignore[union-attr]
    assert services.janitor.run_once(NOW).archived == ()  # nothing more to do


def test_policy_off_leaves_the_campaign_group_alone(services: Services) -> None:
    services.policy.save(replace(services.policy.get(), auto_archive=False))
    ended = _campaign(services, "拾光快闪", 4)
    assert services.janitor.run_once(NOW).archived == ()
    assert not services.groups.row(ended).archived  # type: ignore[union-attr]


def test_a_birthday_today_gets_exactly_one_greeting_after_two_passes(
    services: Services,
) -> None:
    services.members.save(
        MemberDraft(name="寿星", email="bd@example.com", birthday=date(1990, 11, 23))
    )
    services.members.save(MemberDraft(name="别人", birthday=date(1990, 11, 24)))
    services.greetings.save(GreetingDraft(name="生日", template="{name}，生日快乐！"))
    services.janitor.run_once(NOW)
    services.janitor.run_once(NOW + timedelta(hours=1))
    with services.db.read() as s:
        rows = list(s.scalars(select(Delivery).where(Delivery.kind == DeliveryKind.GREETING)))
    assert len(rows) == 1
    assert rows[0].template_values == {"name": "寿星"}


def test_lifecycle_moves_a_member_silent_after_the_configured_days(services: Services) -> None:
    services.policy.save(replace(services.policy.get(), lifecycle=LifecycleRules(10, 60)))
    quiet = services.members.save(MemberDraft(name="沉默"))
    fresh = services.members.save(MemberDraft(name="活跃"))
    with services.db.write() as s:
        for mid, days in ((quiet, 11), (fresh, 2)):
            m = s.get(Member, mid)
            assert m is not None
            m.lifecycle = Lifecycle.ACTIVE
            m.last_interaction_at = NOW - timedelta(days=days)
    report = services.janitor.run_once(NOW)
    assert report.lifecycle_changed == 1
    assert services.members.profile(quiet).lifecycle == Lifecycle.SILENT
    assert services.members.profile(fresh).lifecycle == Lifecycle.ACTIVE


def test_the_background_service_runs_a_pass_at_start_and_stops(services: Services) -> None:
    janitor = services.janitor

    async def go() -> None:
        janitor.start()
        for _ in range(200):
            if janitor.passes:
                break
            await asyncio.sleep(0.01)
        assert janitor.running
        await janitor.stop()

    asyncio.run(go())
    assert janitor.passes >= 1 and janitor.last_error is None
    assert not janitor.running
