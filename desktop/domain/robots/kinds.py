"""The five robot platforms, the message kinds each accepts and each one's documented limits.

Sources (the pages the numbers come from):
- WeCom 群机器人配置说明: https://developer.work.weixin.qq.com/document/path/91770
  (20 messages/minute per robot; text ≤ 2,048 bytes, markdown ≤ 4,096 bytes, image ≤ 2 MB)
- Feishu 自定义机器人使用指南: https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot
  (100/minute and 5/second per robot; request body ≤ 20 KB)
- DingTalk 自定义机器人: https://open.dingtalk.com/document/robots/custom-robot-access
  (20/minute; over it error 130101 and a 10-minute block)
- Slack incoming webhooks: https://api.slack.com/messaging/webhooks and
  https://api.slack.com/apis/rate-limits (about one message per second; 429 + Retry-After)
- Discord: https://discord.com/developers/docs/resources/webhook#execute-webhook and
  https://discord.com/developers/docs/topics/rate-limits (content ≤ 2,000 characters,
  ≤ 10 embeds, 429 with ``retry_after`` in seconds and ``X-RateLimit-*`` headers)
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RobotKind(StrEnum):
    WECOM = "wecom"
    FEISHU = "feishu"
    DINGTALK = "dingtalk"
    SLACK = "slack"
    DISCORD = "discord"


class MessageKind(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    IMAGE = "image"
    NEWS = "news"  # WeCom 图文
    POST = "post"  # Feishu rich text
    LINK = "link"  # DingTalk
    ACTION_CARD = "actionCard"  # DingTalk
    BLOCKS = "blocks"  # Slack mrkdwn blocks
    EMBED = "embed"  # Discord embeds


# Which message kinds each platform's robot takes, the first being the default for posts.
MESSAGE_KINDS: dict[RobotKind, tuple[MessageKind, ...]] = {
    RobotKind.WECOM: (MessageKind.MARKDOWN, MessageKind.TEXT, MessageKind.NEWS, MessageKind.IMAGE),
    RobotKind.FEISHU: (MessageKind.POST, MessageKind.TEXT, MessageKind.IMAGE),
    RobotKind.DINGTALK: (
        MessageKind.MARKDOWN,
        MessageKind.TEXT,
        MessageKind.LINK,
        MessageKind.ACTION_CARD,
    ),
    RobotKind.SLACK: (MessageKind.BLOCKS, MessageKind.TEXT),
    RobotKind.DISCORD: (MessageKind.TEXT, MessageKind.EMBED),
}

# Platforms whose robots can be given a signing secret (HMAC-SHA256).
SIGNED: frozenset[RobotKind] = frozenset({RobotKind.FEISHU, RobotKind.DINGTALK})
# Platforms whose robots can require a keyword in every message.
KEYWORDED: frozenset[RobotKind] = frozenset({RobotKind.FEISHU, RobotKind.DINGTALK})


@dataclass(frozen=True)
class RobotLimits:
    """Pacing: ``per_minute`` in any minute and ``per_second`` at once (0 = no such limit)."""

    per_minute: int
    per_second: float
    block_after_limit_s: float = 0.0  # how long the platform blocks a robot that went over

    @property
    def rate(self) -> float:
        """Sends per second that stay under both limits (with 10 % headroom on the minute)."""
        minute = self.per_minute / 60.0 * 0.9 if self.per_minute else 0.0
        candidates = [r for r in (minute, self.per_second) if r > 0]
        return min(candidates) if candidates else 0.0

    @property
    def burst(self) -> int:
        # A burst above the per-second figure would trip the per-second limit.
        return max(1, int(self.per_second)) if self.per_second else 1


LIMITS: dict[RobotKind, RobotLimits] = {
    RobotKind.WECOM: RobotLimits(per_minute=20, per_second=0),
    RobotKind.FEISHU: RobotLimits(per_minute=100, per_second=5),
    RobotKind.DINGTALK: RobotLimits(per_minute=20, per_second=0, block_after_limit_s=600),
    RobotKind.SLACK: RobotLimits(per_minute=0, per_second=1),
    # Discord publishes its limits per response in X-RateLimit-* headers; 5 per 2 s is the
    # documented bucket size webhooks get in practice, and the headers win when present.
    RobotKind.DISCORD: RobotLimits(per_minute=0, per_second=2.5),
}


@dataclass(frozen=True)
class SizeLimit:
    limit: int
    unit: str  # "bytes" (UTF-8) or "chars"
    # The limit is on the request body as sent (JSON and all), not on the message's text.
    whole_body: bool = False


# The content limit per (platform, message kind); kinds not listed use the platform's "*".
SIZE_LIMITS: dict[tuple[RobotKind, str], SizeLimit] = {
    (RobotKind.WECOM, MessageKind.TEXT): SizeLimit(2048, "bytes"),
    (RobotKind.WECOM, MessageKind.MARKDOWN): SizeLimit(4096, "bytes"),
    (RobotKind.WECOM, MessageKind.NEWS): SizeLimit(512, "bytes"),  # description
    (RobotKind.FEISHU, "*"): SizeLimit(20 * 1024, "bytes", whole_body=True),
    # DingTalk documents no number; its servers refuse a body over 20,000 bytes (460101).
    (RobotKind.DINGTALK, "*"): SizeLimit(20000, "bytes", whole_body=True),
    (RobotKind.SLACK, MessageKind.BLOCKS): SizeLimit(3000, "chars"),  # one section block
    (RobotKind.SLACK, "*"): SizeLimit(40000, "chars"),
    (RobotKind.DISCORD, MessageKind.TEXT): SizeLimit(2000, "chars"),
    (RobotKind.DISCORD, MessageKind.EMBED): SizeLimit(4096, "chars"),  # embed description
}

WECOM_IMAGE_MAX_BYTES = 2 * 1024 * 1024


def size_limit(kind: RobotKind, message: str) -> SizeLimit | None:
    return SIZE_LIMITS.get((kind, message)) or SIZE_LIMITS.get((kind, "*"))


def measure(text: str, unit: str) -> int:
    return len(text.encode("utf-8")) if unit == "bytes" else len(text)
