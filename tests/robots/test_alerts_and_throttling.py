"""Team alerts on the chosen robot, and a 429 storm on Discord through the dispatcher."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, DeliveryKind, DeliveryStatus
from desktop.secrets import SecretStore
from desktop.services.robots import AlertLoop, AlertSettings, RobotKind, TeamAlerts
from desktop.services.sending.outbox import OutboxService
from desktop.store.db import Database
from desktop.store.models import Conversation, Delivery, Member
from tests.robots.contract.discord import DiscordWebhook
from tests.robots.contract.wecom import WeComRobot
from tests.robots.support import add_group, add_robot, delivery_states, make_due, schedule_posts
from tests.sending.helpers import run_dispatcher

pytestmark = pytest.mark.usefixtures("memory_keyring")

# Monday 11:50 in Shanghai: inside the default working hours.
NOW = datetime(2026, 12, 7, 3, 50, tzinfo=UTC)


def alerts(db: Database, clock: Callable[[], datetime] = lambda: NOW) -> TeamAlerts:
    return TeamAlerts(db, SecretStore(), OutboxService(db), clock=clock)


def texts(wecom: WeComRobot) -> list[str]:
    return [b["markdown"]["content"] for b in wecom.bodies()]


def test_team_alerts_reach_the_alert_robot_once_each(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot = add_robot(db, RobotKind.WECOM, wecom.add("alerts"))
    team = alerts(db)
    assert not team.notify("x", "no robot chosen yet")
    team.save_settings(AlertSettings(robot_id=robot))
    with db.write() as s:
        member = Member(display_name="小林")
        s.add(member)
        s.flush()
        s.add(  # answered by 11:55 at the latest: five minutes left
            Conversation(
                member_id=member.id,
                subject="退款问题",
                waiting_since=datetime(2026, 12, 7, 1, 55, tzinfo=UTC),
            )
        )
        s.add(
            Delivery(
                kind=DeliveryKind.POST,
                channel=ChannelKind.EMAIL,
                due_at=NOW,
                idempotency_key="broken-1",
                subject="周报",
                status=DeliveryStatus.FAILED,
                last_error="550 mailbox unavailable",
            )
        )
    assert team.check_once() == 2
    assert team.check_once() == 0  # noticed again: nothing new
    assert team.task_waits_for_confirmation("wecom-mass-7", "周末活动群发（120 人）")
    assert not team.task_waits_for_confirmation("wecom-mass-7", "周末活动群发（120 人）")
    make_due(db)  # the alerts were queued at the fixed Monday clock
    run_dispatcher(db, SecretStore())
    got = texts(wecom)
    assert len(got) == 3
    assert any("退款问题" in t and "分钟后超过回复时限" in t for t in got)
    assert any("周报" in t and "550 mailbox unavailable" in t for t in got)
    assert any("群发任务等待确认" in t and "120 人" in t for t in got)


def test_a_wecom_task_waiting_for_its_owner_is_posted_once(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot = add_robot(db, RobotKind.WECOM, wecom.add("alerts"))
    team = alerts(db)
    team.save_settings(AlertSettings(robot_id=robot))
    with db.write() as s:
        for n, chat in enumerate(("wrOgAA1", "wrOgAA2")):  # one task, two of the owner's groups
            s.add(
                Delivery(
                    kind=DeliveryKind.POST,
                    channel=ChannelKind.WECOM,
                    due_at=NOW,
                    idempotency_key=f"post-9-{n}",
                    recipient=chat,
                    subject="双十二预告",
                    status=DeliveryStatus.AWAITING,
                    external_id="msgGCAAAXtWyujaWJHDDGi0mACAAAAA",
                )
            )
    assert team.check_once() == 1
    assert team.check_once() == 0  # the same task is not announced twice
    team.save_settings(AlertSettings(robot_id=robot, on_confirmation=False))
    make_due(db)
    run_dispatcher(db, SecretStore())
    got = texts(wecom)
    assert len(got) == 1
    assert "群发任务等待确认" in got[0] and "双十二预告" in got[0] and "2 个群" in got[0]


def test_the_worker_stopping_is_posted(db: Database, receiver: Callable[..., Any]) -> None:
    wecom = receiver(WeComRobot())
    robot = add_robot(db, RobotKind.WECOM, wecom.add("alerts"))
    team = alerts(db, clock=lambda: datetime.now(UTC))
    team.save_settings(AlertSettings(robot_id=robot))

    async def go() -> None:
        loop = AlertLoop(team, interval=60)
        loop.start()
        await asyncio.sleep(0)
        await loop.stop()

    asyncio.run(go())
    assert any("后台发送程序已停止" in t for t in texts(wecom))


def test_a_429_storm_on_discord_loses_and_doubles_nothing(
    db: Database, receiver: Callable[..., Any]
) -> None:
    discord = receiver(DiscordWebhook(bucket=5, reset=0.2))
    discord.storm, discord.storm_retry = 25, 0.02
    url = discord.add("123456789012345678", "abcdefghijklmnopqrstuvwxyz_-12")
    robot = add_robot(db, RobotKind.DISCORD, url, rate=50, burst=5)
    group = add_group(db, "Discord 社区", robot_id=robot)
    schedule_posts(db, group, [(f"post {i}", f"body {i}") for i in range(30)])
    run_dispatcher(db, SecretStore(), timeout=60)
    assert [st for st, _e, _w in delivery_states(db)] == ["sent"] * 30
    arrived = Counter(a.body["content"] for a in discord.arrivals)
    assert len(arrived) == 30 and set(arrived.values()) == {1}
    assert len(discord.refusals) >= 25  # the storm really happened
    with db.read() as s:
        attempts = set(s.scalars(select(Delivery.attempts)))
    assert attempts == {1}  # throttling never counted as a failed attempt
    assert discord.storm == 0
