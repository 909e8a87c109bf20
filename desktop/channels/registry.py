"""Building a channel object (and its pacing) from a stored account's settings."""

from __future__ import annotations

from typing import Any

from desktop.channels.base import Channel
from desktop.channels.mail import EmailChannel
from desktop.channels.mail_message import EmailConfig
from desktop.channels.manual import ManualChannel
from desktop.channels.matrix_types import MatrixConfig
from desktop.channels.pacing import TokenBucket
from desktop.domain.enums import ChannelKind


class UnsupportedChannel(Exception):
    pass


def needs_secret(kind: ChannelKind, config: dict[str, Any]) -> bool:
    """Whether sending needs a password/token from the keyring."""
    if kind == ChannelKind.EMAIL:
        return bool(EmailConfig.from_json(config).username)
    return kind != ChannelKind.MANUAL


def build_channel(kind: ChannelKind, config: dict[str, Any], secret: str | None) -> Channel:
    if kind == ChannelKind.EMAIL:
        return EmailChannel(EmailConfig.from_json(config), secret)
    if kind == ChannelKind.MANUAL:
        return ManualChannel()
    if kind == ChannelKind.MATRIX:
        # matrix-nio takes about half a second to import: only when a Matrix account sends.
        from desktop.channels.matrix import MatrixChannel

        return MatrixChannel(MatrixConfig.from_json(config), secret)
    if kind == ChannelKind.WECHAT_KF:
        from desktop.channels.wechat_kf.channel import KfChannel
        from desktop.channels.wechat_kf.types import KfConfig

        return KfChannel(KfConfig.from_json(config), secret)
    if kind == ChannelKind.WECOM:
        from desktop.channels.wecom.group_channel import WeComGroupChannel
        from desktop.channels.wecom.types import AccountSettings

        return WeComGroupChannel(AccountSettings.from_json(config), secret)
    if kind == ChannelKind.WEBHOOK:
        from desktop.channels.robots.channel import RobotChannel
        from desktop.channels.robots.config import RobotConfig, RobotSecret

        return RobotChannel(RobotConfig.from_json(config), RobotSecret.loads(secret or ""))
    raise UnsupportedChannel(f"no sender for {kind} yet")


def build_pacer(kind: ChannelKind, config: dict[str, Any]) -> TokenBucket:
    if kind == ChannelKind.EMAIL:
        cfg = EmailConfig.from_json(config)
        return TokenBucket(cfg.rate_per_second, cfg.burst)
    if kind == ChannelKind.MATRIX:
        mcfg = MatrixConfig.from_json(config)
        return TokenBucket(mcfg.rate_per_second, mcfg.burst)
    if kind == ChannelKind.WEBHOOK:
        from desktop.channels.robots.config import RobotConfig

        rate, burst = RobotConfig.from_json(config).pacing()
        return TokenBucket(rate, burst)
    return TokenBucket(float(config.get("rate_per_second", 0) or 0), int(config.get("burst", 1)))
