"""Each platform's channel against its contract receiver: every message kind, signatures,
keywords, throttling and removed robots, with the platform's answer kept verbatim."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.channels.base import AuthError, OutgoingMessage, PermanentError, Sent, TemporaryError
from desktop.channels.robots.channel import RobotChannel
from desktop.channels.robots.config import RobotConfig, RobotSecret
from desktop.domain.robots.kinds import RobotKind
from desktop.domain.robots.urls import parse_webhook
from tests.robots.contract.dingtalk import DingTalkRobot
from tests.robots.contract.discord import DiscordWebhook
from tests.robots.contract.feishu import FeishuRobot
from tests.robots.contract.slack import SlackWebhook
from tests.robots.contract.wecom import WeComRobot

LOCAL = frozenset({"127.0.0.1"})
HOOK_ID = "123456789012345678"
HOOK_TOKEN = "abcdefghijklmnopqrstuvwxyz_-12"


def channel(
    kind: RobotKind,
    url: str,
    *,
    message: str = "",
    secret: str = "",
    keyword: str = "",
    clock: Callable[[], float] = time.time,
) -> RobotChannel:
    target = parse_webhook(kind, url, extra_hosts=LOCAL)
    config = RobotConfig(kind, target.origin, message, keyword, bool(secret))
    return RobotChannel(config, RobotSecret(target.key, secret), clock=clock)


def msg(
    text: str = "本周六 14:00 拉花课 @所有人", title: str = "周末活动", **kw: Any
) -> OutgoingMessage:
    return OutgoingMessage(1, "k-1", "robot:1", title, text, **kw)


def send(ch: RobotChannel, message: OutgoingMessage | None = None) -> Any:
    async def go() -> Any:
        try:
            return await ch.send(message or msg())
        finally:
            await ch.close()

    return asyncio.run(go())


def test_wecom_every_kind_and_the_image(receiver: Callable[..., Any], tmp_path: Path) -> None:
    wecom = receiver(WeComRobot())
    url = wecom.add("693a91f6-7aoc-4bc4")
    for kind in ("text", "markdown", "news"):
        text = "详情 https://example.com/a @13800001111 @所有人"
        assert isinstance(send(channel(RobotKind.WECOM, url, message=kind), msg(text)), Sent)
    picture = tmp_path / "poster.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000)
    result = send(channel(RobotKind.WECOM, url), msg(attachments=(str(picture),)))
    assert isinstance(result, Sent)
    kinds = [b["msgtype"] for b in wecom.bodies()]
    # The default (markdown) post has "@所有人" in it, so it goes as text to notify everyone.
    assert kinds == ["text", "text", "news", "text", "image"]
    text_body = wecom.bodies()[0]["text"]
    assert text_body["mentioned_list"] == ["@all"]
    assert text_body["mentioned_mobile_list"] == ["13800001111"]


def test_wecom_image_over_2_mb_is_refused_before_sending(
    receiver: Callable[..., Any], tmp_path: Path
) -> None:
    wecom = receiver(WeComRobot())
    url = wecom.add("k2")
    big = tmp_path / "big.png"
    big.write_bytes(b"x" * (2 * 1024 * 1024 + 1))
    result = send(channel(RobotKind.WECOM, url, message="text"), msg(attachments=(str(big),)))
    assert isinstance(result, PermanentError) and "2 MB" in result.reason


def test_wecom_removed_robot_is_broken_with_the_platform_words(
    receiver: Callable[..., Any],
) -> None:
    wecom = receiver(WeComRobot())
    url = wecom.add("gone")
    wecom.remove("gone")
    result = send(channel(RobotKind.WECOM, url))
    assert isinstance(result, AuthError) and '"errcode": 93000' in result.reason


def test_wecom_over_the_limit_is_throttling_not_failure(receiver: Callable[..., Any]) -> None:
    wecom = receiver(WeComRobot(per_minute=2))
    url = wecom.add("busy")
    results = [send(channel(RobotKind.WECOM, url)) for _ in range(3)]
    assert isinstance(results[2], TemporaryError) and results[2].rate_limited
    assert "45009" in results[2].reason


def test_feishu_text_and_post_signed(receiver: Callable[..., Any]) -> None:
    feishu = receiver(FeishuRobot())
    url = feishu.add("5e3d587e-d78e-4a07", secret="SECfeishu")
    text = "见 [菜单](https://example.com/m) @所有人"
    for kind in ("text", "post"):
        ch = channel(RobotKind.FEISHU, url, message=kind, secret="SECfeishu")
        assert isinstance(send(ch, msg(text)), Sent)
    text_body, post_body = feishu.bodies()
    assert '<at user_id="all">' in text_body["content"]["text"]
    paragraphs = post_body["content"]["post"]["zh_cn"]["content"]
    assert {"tag": "a", "text": "菜单", "href": "https://example.com/m"} in paragraphs[0]


def test_feishu_clock_off_by_more_than_an_hour_is_refused(receiver: Callable[..., Any]) -> None:
    feishu = receiver(FeishuRobot())
    url = feishu.add("5e3d587e-d78e-4a07", secret="SECfeishu")
    late = channel(RobotKind.FEISHU, url, secret="SECfeishu", clock=lambda: time.time() - 3700)
    result = send(late)
    assert isinstance(result, AuthError) and "19021" in result.reason
    wrong = channel(RobotKind.FEISHU, url, secret="not-the-secret")
    assert isinstance(send(wrong), AuthError)
    assert feishu.bodies() == []


def test_feishu_keyword_refusal_and_the_keyword_added(receiver: Callable[..., Any]) -> None:
    feishu = receiver(FeishuRobot())
    url = feishu.add("5e3d587e-kw01", keyword="通知")
    refused = send(channel(RobotKind.FEISHU, url))
    assert isinstance(refused, AuthError) and "Key Words Not Found" in refused.reason
    assert isinstance(send(channel(RobotKind.FEISHU, url, keyword="通知")), Sent)


def test_dingtalk_every_kind_signed(receiver: Callable[..., Any]) -> None:
    ding = receiver(DingTalkRobot())
    url = ding.add("98975521a1b2", secret="SECding")
    text = "报名 https://example.com/join @13800001111"
    for kind in ("text", "markdown", "link", "actionCard"):
        ch = channel(RobotKind.DINGTALK, url, message=kind, secret="SECding")
        assert isinstance(send(ch, msg(text)), Sent), kind
    kinds = [b["msgtype"] for b in ding.bodies()]
    assert kinds == ["text", "markdown", "link", "actionCard"]
    assert ding.bodies()[0]["at"]["atMobiles"] == ["13800001111"]


def test_dingtalk_signature_keyword_and_block(receiver: Callable[..., Any]) -> None:
    ding = receiver(DingTalkRobot(per_minute=2, block=30))
    url = ding.add("tk1", secret="SECding", keyword="社群")
    skewed = channel(
        RobotKind.DINGTALK, url, secret="SECding", keyword="社群", clock=lambda: time.time() + 3700
    )
    assert isinstance(send(skewed), AuthError)
    no_keyword = channel(RobotKind.DINGTALK, url, secret="SECding")
    refused = send(no_keyword)
    assert isinstance(refused, AuthError) and "keywords not in content" in refused.reason
    ok = channel(RobotKind.DINGTALK, url, secret="SECding", keyword="社群")
    assert isinstance(send(ok), Sent)
    blocked = send(channel(RobotKind.DINGTALK, url, secret="SECding", keyword="社群"))
    assert isinstance(blocked, TemporaryError) and blocked.rate_limited
    assert blocked.retry_after is not None and blocked.retry_after.total_seconds() == 600
    token_gone = send(channel(RobotKind.DINGTALK, url.replace("=tk1", "=zz9")))
    assert isinstance(token_gone, AuthError) and "300001" in token_gone.reason


def test_slack_blocks_and_removed_hooks(receiver: Callable[..., Any]) -> None:
    slack = receiver(SlackWebhook(per_second=100))
    url = slack.add("T000AAAA/B000BBBB/XXXXXXXX")
    assert isinstance(
        send(channel(RobotKind.SLACK, url), msg("**新品** [菜单](https://e.cn)")), Sent
    )
    body = slack.bodies()[0]
    assert body["blocks"][0]["text"]["type"] == "mrkdwn"
    assert "<https://e.cn|菜单>" in body["blocks"][0]["text"]["text"]
    slack.archive("T000AAAA/B000BBBB/XXXXXXXX")
    archived = send(channel(RobotKind.SLACK, url))
    assert isinstance(archived, AuthError) and archived.reason == "HTTP 410: channel_is_archived"
    unknown = send(channel(RobotKind.SLACK, url.replace("XXXXXXXX", "YYYYYYYY")))
    assert isinstance(unknown, AuthError) and "no_service" in unknown.reason


def test_slack_429_carries_retry_after(receiver: Callable[..., Any]) -> None:
    slack = receiver(SlackWebhook(per_second=1, window=5))
    url = slack.add("T1AAAA/B1BBBB/ZZZZ")
    send(channel(RobotKind.SLACK, url))
    result = send(channel(RobotKind.SLACK, url))
    assert isinstance(result, TemporaryError) and result.rate_limited
    assert result.retry_after is not None and result.retry_after.total_seconds() >= 1


def test_discord_content_embed_and_file(receiver: Callable[..., Any], tmp_path: Path) -> None:
    discord = receiver(DiscordWebhook(bucket=50))
    url = discord.add(HOOK_ID, HOOK_TOKEN)
    assert isinstance(send(channel(RobotKind.DISCORD, url)), Sent)
    embed = send(channel(RobotKind.DISCORD, url, message="embed"), msg("见 https://e.cn"))
    assert isinstance(embed, Sent) and embed.external_id
    picture = tmp_path / "p.png"
    picture.write_bytes(b"png")
    assert isinstance(send(channel(RobotKind.DISCORD, url), msg(attachments=(str(picture),))), Sent)
    plain, embedded, with_file = discord.arrivals
    assert plain.body["allowed_mentions"] == {"parse": ["everyone"]}
    assert embedded.body["embeds"][0]["url"] == "https://e.cn"
    assert with_file.files == ("p.png",)


def test_discord_429_gives_retry_after_seconds_and_404_breaks(receiver: Callable[..., Any]) -> None:
    discord = receiver(DiscordWebhook())
    url = discord.add(HOOK_ID, HOOK_TOKEN)
    discord.storm, discord.storm_retry = 1, 0.25
    limited = send(channel(RobotKind.DISCORD, url))
    assert isinstance(limited, TemporaryError) and limited.rate_limited
    assert limited.retry_after is not None and limited.retry_after.total_seconds() == 0.25
    bad_token = send(channel(RobotKind.DISCORD, url.replace(HOOK_TOKEN, "z" * 30)))
    assert isinstance(bad_token, AuthError) and "50027" in bad_token.reason
    discord.remove(HOOK_ID)
    gone = send(channel(RobotKind.DISCORD, url))
    assert isinstance(gone, AuthError) and "Unknown Webhook" in gone.reason
