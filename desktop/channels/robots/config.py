"""A robot account's settings as stored (``ChannelAccount.config``) and its keyring secret."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.domain.robots.kinds import LIMITS, MESSAGE_KINDS, RobotKind
from desktop.domain.robots.urls import WebhookTarget


@dataclass(frozen=True)
class RobotConfig:
    platform: RobotKind
    origin: str  # scheme://host[:port]; the key is in the keyring
    message: str = ""  # preferred message kind ("" = the platform's default)
    keyword: str = ""  # a word the robot requires in every message (DingTalk, Feishu)
    signed: bool = False  # a signing secret is stored with the key
    # Pacing; 0 = the platform's documented limits (kinds.LIMITS).
    rate_per_second: float = 0.0
    burst: int = 0

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RobotConfig:
        return cls(
            platform=RobotKind(data["platform"]),
            origin=str(data["origin"]),
            message=str(data.get("message") or ""),
            keyword=str(data.get("keyword") or ""),
            signed=bool(data.get("signed")),
            rate_per_second=float(data.get("rate_per_second") or 0),
            burst=int(data.get("burst") or 0),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "platform": self.platform.value,
            "origin": self.origin,
            "message": self.message or MESSAGE_KINDS[self.platform][0].value,
            "keyword": self.keyword,
            "signed": self.signed,
            "rate_per_second": self.rate_per_second,
            "burst": self.burst,
        }

    def pacing(self) -> tuple[float, int]:
        limits = LIMITS[self.platform]
        rate = self.rate_per_second or limits.rate
        return rate, self.burst or limits.burst


@dataclass(frozen=True)
class RobotSecret:
    """What the keyring holds for a robot: the URL's key and, if signed, the secret."""

    key: str
    signing_secret: str = ""

    def dumps(self) -> str:
        return json.dumps({"key": self.key, "secret": self.signing_secret})

    @classmethod
    def loads(cls, text: str) -> RobotSecret:
        try:
            data = json.loads(text)
        except ValueError:
            return cls(text)
        return cls(str(data.get("key", "")), str(data.get("secret", "")))


def target_of(config: RobotConfig, secret: RobotSecret) -> WebhookTarget:
    return WebhookTarget(config.platform, config.origin, secret.key)
