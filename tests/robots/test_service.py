"""Robots as an operator uses them: save, test, link to a group, calendar posts through the
outbox and dispatcher, a robot removed on the platform's side, planning-time refusal."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.domain.sending.accounts import AccountStatus
from desktop.services.calendar import CalendarService, PostValidationError
from desktop.services.robots import RobotDraft, RobotInputError, RobotKind, RobotLinks
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery
from tests.robots.contract.dingtalk import DingTalkRobot
from tests.robots.contract.feishu import MAX_BODY, FeishuRobot
from tests.robots.contract.slack import SlackWebhook
from tests.robots.contract.wecom import WeComRobot
from tests.robots.support import (
    add_group,
    add_robot,
    delivery_states,
    make_due,
    robots,
    schedule_posts,
)
from tests.sending.conftest import MemoryKeyring
from tests.sending.helpers import run_dispatcher

pytestmark = pytest.mark.usefixtures("memory_keyring")

WECOM_URL = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7aoc-4bc4"


def test_save_keeps_the_key_in_the_keyring_only(
    db: Database, memory_keyring: MemoryKeyring
) -> None:
    robot_id = robots(db).save(RobotDraft("周报群", RobotKind.WECOM, WECOM_URL))
    with db.read() as s:
        stored = s.get(ChannelAccount, robot_id)
        assert stored is not None and "693a91f6" not in str(stored.config)
    assert any("693a91f6" in v for v in memory_keyring.store.values())
    row = robots(db).get(robot_id)
    assert row is not None and "693a91f6" not in row.address and row.platform == RobotKind.WECOM


@pytest.mark.parametrize(
    ("kind", "url", "why"),
    [
        (RobotKind.DINGTALK, WECOM_URL, "wecom robot's address"),
        (RobotKind.WECOM, "qyapi.weixin.qq.com/cgi-bin/webhook/send", "web address"),
        (RobotKind.SLACK, "https://hooks.slack.com/services/nope", "path"),
        (RobotKind.FEISHU, "", "paste"),
    ],
)
def test_bad_urls_are_refused_at_save_time(
    db: Database, kind: RobotKind, url: str, why: str
) -> None:
    with pytest.raises(RobotInputError, match=why):
        robots(db).save(RobotDraft("x", kind, url))
    with db.read() as s:
        assert s.scalar(select(ChannelAccount.id)) is None  # nothing half-saved


def test_a_secret_on_a_platform_without_signing_is_refused(db: Database) -> None:
    with pytest.raises(RobotInputError, match="no signing secret"):
        robots(db).save(RobotDraft("x", RobotKind.WECOM, WECOM_URL, signing_secret="SEC1"))


def test_test_message_shows_the_platform_answer_verbatim(
    db: Database, receiver: Callable[..., Any]
) -> None:
    ding = receiver(DingTalkRobot())
    url = ding.add("tok1", secret="SECright")
    wrong = RobotDraft("钉钉", RobotKind.DINGTALK, url, signing_secret="SECwrong")
    answer = asyncio.run(robots(db).test(wrong))
    assert not answer.ok
    assert answer.answer == 'HTTP 200: {"errcode": 310000, "errmsg": "sign not match"}'
    right = RobotDraft("钉钉", RobotKind.DINGTALK, url, signing_secret="SECright")
    assert asyncio.run(robots(db).test(right)).ok
    assert "测试消息" in ding.bodies()[0]["markdown"]["text"]


def test_calendar_posts_of_a_linked_group_go_through_its_robot(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot_id = add_robot(db, RobotKind.WECOM, wecom.add("k1"))
    group = add_group(db, robot_id=robot_id)
    result = schedule_posts(
        db, group, [("周六拉花课", "14:00 开始 @所有人"), ("周日品鉴", "10:00")]
    )
    assert len(result.scheduled) == 2 and result.deliveries == 2
    with db.read() as s:
        channels = set(s.scalars(select(Delivery.channel)))
    assert channels == {ChannelKind.WEBHOOK}
    run_dispatcher(db, robots(db).secrets)
    assert [st for st, _e, _w in delivery_states(db)] == ["sent", "sent"]
    first, second = wecom.bodies()
    assert first["text"]["content"].startswith("周六拉花课\n14:00 开始")  # "@所有人": text
    assert second["markdown"]["content"] == "### 周日品鉴\n10:00"


def test_a_default_wecom_post_with_mentions_notifies_them(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot_id = add_robot(db, RobotKind.WECOM, wecom.add("k1"))  # default kind: markdown
    group = add_group(db, robot_id=robot_id)
    body = "**周六** 14:00 拉花课，[报名](https://example.com/j) @所有人 店长 @13800001111 请准备"
    shown = RobotLinks(db, robots(db)).previews([group], "拉花课", body)[0]
    assert shown.message == "text" and not shown.mentions_lost
    assert shown.notifies.everyone and shown.notifies.mobiles == ("13800001111",)
    schedule_posts(db, group, [("拉花课", body)])
    run_dispatcher(db, robots(db).secrets)
    assert wecom.notified() == [{"@all", "13800001111"}]
    content = wecom.bodies()[0]["text"]["content"]
    assert "周六 14:00 拉花课，报名 https://example.com/j" in content  # no raw markup
    assert content == shown.text


def test_a_post_over_the_limit_is_refused_at_planning(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot_id = add_robot(db, RobotKind.WECOM, wecom.add("k1"))
    group = add_group(db, robot_id=robot_id)
    result = schedule_posts(db, group, [("长文", "字" * 1400), ("短文", "好")])
    assert len(result.scheduled) == 1
    ((_pid, title, why),) = result.too_long
    assert title == "长文" and "> 4096 bytes" in why
    preview = RobotLinks(db, robots(db)).previews([group], "长文", "字" * 1400)[0]
    assert preview.over_limit and preview.platform == RobotKind.WECOM


def test_removed_robot_is_broken_its_posts_wait_and_the_group_says_why(
    db: Database, receiver: Callable[..., Any]
) -> None:
    slack = receiver(SlackWebhook(per_second=100))
    url = slack.add("T1AAAA/B1BBBB/SECRET1")
    robot_id = add_robot(db, RobotKind.SLACK, url)
    group = add_group(db, robot_id=robot_id)
    slack.archive("T1AAAA/B1BBBB/SECRET1")
    schedule_posts(db, group, [(f"第 {i} 条", "内容") for i in range(3)])
    run_dispatcher(db, robots(db).secrets)
    states = delivery_states(db)
    assert [st for st, _e, _w in states] == ["pending"] * 3  # not dropped, not failed
    shown = RobotLinks(db, robots(db)).for_group(group)
    assert shown.robot is not None and shown.robot.broken
    assert shown.robot.status == AccountStatus.AUTH_ERROR
    assert shown.robot.problem == "HTTP 410: channel_is_archived"
    assert shown.waiting == 3
    # The operator fixes it on Slack's side and repairs the robot: the posts go.
    slack.add("T1AAAA/B1BBBB/SECRET1")
    robots(db).repair(robot_id)
    make_due(db)
    run_dispatcher(db, robots(db).secrets)
    assert [st for st, _e, _w in delivery_states(db)] == ["sent"] * 3
    assert len(slack.bodies()) == 3


def test_a_wecom_group_without_a_robot_never_uses_another_groups_robot(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    add_robot(db, RobotKind.WECOM, wecom.add("k1"))
    group = add_group(db)  # WeCom platform, no robot linked
    schedule_posts(db, group, [("无机器人", "内容")])
    run_dispatcher(db, robots(db).secrets)
    assert wecom.bodies() == []
    with db.read() as s:
        row = s.scalars(select(Delivery)).one()
    assert row.status != DeliveryStatus.SENT


def test_feishu_limit_is_the_request_body_as_sent(
    db: Database, receiver: Callable[..., Any]
) -> None:
    feishu = receiver(FeishuRobot())
    url = feishu.add("5e3d587e-big1", secret="SECfs")
    robot_id = add_robot(db, RobotKind.FEISHU, url, signing_secret="SECfs")
    group = add_group(db, robot_id=robot_id)
    # 6,700 Chinese characters: 20,100 bytes of UTF-8, and the JSON around them fits too.
    fits, too_long = "字" * 6700, "字" * 6800  # the second's text alone is under 20 KB
    result = schedule_posts(db, group, [("长文", fits), ("更长", too_long)])
    ((_pid, title, why),) = result.too_long
    assert title == "更长" and f"> {MAX_BODY} bytes" in why
    run_dispatcher(db, robots(db).secrets)
    assert [st for st, _e, _w in delivery_states(db)] == ["sent"]
    assert feishu.refusals == [] and len(feishu.bodies()) == 1


def test_editing_a_scheduled_post_past_its_robots_limit_is_refused(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    group = add_group(db, robot_id=add_robot(db, RobotKind.WECOM, wecom.add("k1")))
    ((post_id,),) = [schedule_posts(db, group, [("周报", "本周三场活动")]).scheduled]
    calendar = CalendarService(db)
    draft = calendar.get(post_id)
    draft.body = "字" * 1400  # 4,200 bytes of markdown: WeCom takes 4,096
    with pytest.raises(PostValidationError, match="too long for a group robot") as refused:
        calendar.save(draft)
    assert "> 4096 bytes" in refused.value.problems["robot"]
    assert calendar.get(post_id).body == "本周三场活动"
    with db.read() as s:
        assert s.scalars(select(Delivery.body)).one() == "本周三场活动"
    draft.body = "字" * 1000  # under the limit: saved, and the delivery follows
    calendar.save(draft)
    assert calendar.get(post_id).body == "字" * 1000


def test_linking_a_robot_too_small_for_scheduled_posts_names_them(
    db: Database, receiver: Callable[..., Any]
) -> None:
    wecom = receiver(WeComRobot())
    robot_id = add_robot(db, RobotKind.WECOM, wecom.add("k1"))
    group = add_group(db)  # no robot yet: nothing limits the posts' length
    schedule_posts(db, group, [("长文", "字" * 1400), ("短文", "好")])
    links = RobotLinks(db, robots(db))
    with pytest.raises(RobotInputError, match="too long for this robot") as refused:
        links.link(group, robot_id)
    assert "“长文” (4211 bytes > 4096 bytes)" in str(refused.value)
    assert "短文" not in str(refused.value)
    assert links.for_group(group).robot is None  # the group keeps its route
