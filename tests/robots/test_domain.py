"""The pure rules: URLs per platform, limits, mentions, size checks and the preview."""

from __future__ import annotations

import pytest

from desktop.domain.robots.kinds import LIMITS, MessageKind, RobotKind
from desktop.domain.robots.post import check_size, find_mentions, make_post, preview
from desktop.domain.robots.urls import WebhookUrlError, parse_webhook

URLS = {
    RobotKind.WECOM: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx-4bc4-97a0",
    RobotKind.FEISHU: "https://open.feishu.cn/open-apis/bot/v2/hook/5e3d587e-d78e-4a07-bd07",
    RobotKind.DINGTALK: "https://oapi.dingtalk.com/robot/send?access_token=98975521a1b23c02",
    RobotKind.SLACK: "https://hooks.slack.com/services/T000AAAA/B000BBBB/XXXXXXXXXXXXXXXXXXXXXXXX",
    RobotKind.DISCORD: "https://discord.com/api/webhooks/123456789012345678/abcdefghijklmnopqrstuvwxyz_-12",
}


@pytest.mark.parametrize("kind", list(RobotKind))
def test_each_url_parses_and_round_trips(kind: RobotKind) -> None:
    target = parse_webhook(kind, URLS[kind])
    assert target.url() == URLS[kind]
    assert target.key not in target.origin
    assert target.key not in target.masked()


@pytest.mark.parametrize("kind", list(RobotKind))
def test_url_of_another_kind_is_refused(kind: RobotKind) -> None:
    other = next(k for k in RobotKind if k != kind)
    with pytest.raises(WebhookUrlError, match="robot's address"):
        parse_webhook(kind, URLS[other])


@pytest.mark.parametrize(
    "url",
    [
        "qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x",  # no scheme
        "http://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc",  # not https
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send",  # no key
        "https://qyapi.weixin.qq.com/cgi-bin/other?key=abc",  # wrong path
        "https://example.com/cgi-bin/webhook/send?key=abc",  # unknown host
    ],
)
def test_malformed_wecom_urls_are_refused(url: str) -> None:
    with pytest.raises(WebhookUrlError):
        parse_webhook(RobotKind.WECOM, url)


def test_a_test_receiver_host_is_admitted_only_when_named() -> None:
    url = "http://127.0.0.1:8080/robot/send?access_token=abc"
    with pytest.raises(WebhookUrlError):
        parse_webhook(RobotKind.DINGTALK, url)
    target = parse_webhook(RobotKind.DINGTALK, url, extra_hosts=frozenset({"127.0.0.1"}))
    assert target.origin == "http://127.0.0.1:8080" and target.key == "abc"


def test_pacing_stays_under_every_documented_limit() -> None:
    assert LIMITS[RobotKind.WECOM].rate * 60 < 20
    assert LIMITS[RobotKind.FEISHU].rate <= 5 and LIMITS[RobotKind.FEISHU].rate * 60 < 100
    assert LIMITS[RobotKind.DINGTALK].rate * 60 < 20
    assert LIMITS[RobotKind.SLACK].rate <= 1


def test_mentions_are_found_in_the_text() -> None:
    m = find_mentions("请 @13800001111 和 @所有人 注意")
    assert m.everyone and m.mobiles == ("13800001111",)
    assert not find_mentions("mail me at a@b.com")


def test_wecom_text_limit_counts_utf8_bytes() -> None:
    ok = make_post(RobotKind.WECOM, "", "好" * 682, message="text")  # 2,046 bytes
    assert check_size(RobotKind.WECOM, ok) is None
    over = make_post(RobotKind.WECOM, "", "好" * 683, message="text")  # 2,049 bytes
    problem = check_size(RobotKind.WECOM, over)
    assert problem is not None and problem.limit == 2048 and problem.unit == "bytes"
    # markdown allows 4,096 bytes
    assert check_size(RobotKind.WECOM, make_post(RobotKind.WECOM, "", "好" * 1000)) is None


def test_feishu_limit_is_20_kb_of_body() -> None:
    post = make_post(RobotKind.FEISHU, "标题", "字" * 7000)  # 21,000 bytes
    problem = check_size(RobotKind.FEISHU, post)
    assert problem is not None and problem.limit == 20 * 1024


def test_discord_limit_is_2000_characters() -> None:
    assert check_size(RobotKind.DISCORD, make_post(RobotKind.DISCORD, "", "x" * 2000)) is None
    assert check_size(RobotKind.DISCORD, make_post(RobotKind.DISCORD, "", "x" * 2001)) is not None


def test_keyword_is_added_once_when_missing() -> None:
    post = make_post(RobotKind.DINGTALK, "周会", "今晚八点", keyword="通知")
    assert post.body_text.endswith("通知")
    post2 = make_post(RobotKind.DINGTALK, "周会通知", "今晚八点", keyword="通知")
    assert post2.body_text == "今晚八点"


def test_preview_shows_each_platform_its_own_way() -> None:
    text = "**新品** 见 [菜单](https://example.com/menu)"
    slack = preview(RobotKind.SLACK, make_post(RobotKind.SLACK, "周末", text))
    assert "菜单 ↗" in slack and "**" not in slack and "<https" not in slack
    wecom_text = preview(RobotKind.WECOM, make_post(RobotKind.WECOM, "周末", text, message="text"))
    assert "**新品**" in wecom_text  # a text message shows markdown characters as typed


def test_news_without_a_link_falls_back_to_the_default_kind() -> None:
    assert make_post(RobotKind.WECOM, "t", "no link", message="news").message == (
        MessageKind.MARKDOWN
    )
    assert make_post(RobotKind.WECOM, "t", "see https://x.cn", message="news").message == (
        MessageKind.NEWS
    )
