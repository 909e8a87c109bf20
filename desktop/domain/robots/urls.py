"""Webhook URLs: which platform a pasted URL belongs to, its secret key, and how to rebuild it.

A robot's URL *is* its credential, so the app splits it: the key goes to the keyring and only
the origin (scheme, host, port) is stored. A URL of another platform than the one chosen is
refused here, before anything is saved.

Formats (from each platform's robot page, see ``kinds.py``):
WeCom ``https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=KEY``;
Feishu ``https://open.feishu.cn/open-apis/bot/v2/hook/TOKEN`` (Lark: open.larksuite.com);
DingTalk ``https://oapi.dingtalk.com/robot/send?access_token=TOKEN``;
Slack ``https://hooks.slack.com/services/T…/B…/SECRET``;
Discord ``https://discord.com/api/webhooks/ID/TOKEN`` (also discordapp.com).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, quote, urlsplit

from desktop.domain.robots.kinds import RobotKind

HOSTS: dict[RobotKind, frozenset[str]] = {
    RobotKind.WECOM: frozenset({"qyapi.weixin.qq.com"}),
    RobotKind.FEISHU: frozenset({"open.feishu.cn", "open.larksuite.com"}),
    RobotKind.DINGTALK: frozenset({"oapi.dingtalk.com"}),
    RobotKind.SLACK: frozenset({"hooks.slack.com"}),
    RobotKind.DISCORD: frozenset(
        {"discord.com", "discordapp.com", "ptb.discord.com", "canary.discord.com"}
    ),
}

_PATHS: dict[RobotKind, re.Pattern[str]] = {
    RobotKind.WECOM: re.compile(r"^/cgi-bin/webhook/send$"),
    RobotKind.FEISHU: re.compile(r"^/open-apis/bot/v2/hook/(?P<key>[A-Za-z0-9-]{8,})$"),
    RobotKind.DINGTALK: re.compile(r"^/robot/send$"),
    RobotKind.SLACK: re.compile(r"^/services/(?P<key>T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+)$"),
    RobotKind.DISCORD: re.compile(r"^/api(?:/v\d+)?/webhooks/(?P<key>\d{5,}/[A-Za-z0-9_-]{20,})$"),
}
_QUERY_KEY = {RobotKind.WECOM: "key", RobotKind.DINGTALK: "access_token"}


class WebhookUrlError(ValueError):
    """Why a pasted URL cannot be this robot's (shown to the operator as is)."""


@dataclass(frozen=True)
class WebhookTarget:
    kind: RobotKind
    origin: str  # "https://qyapi.weixin.qq.com" — stored in the database
    key: str  # the secret part — stored in the keyring

    def url(self) -> str:
        o, k = self.origin, self.key
        if self.kind == RobotKind.WECOM:
            return f"{o}/cgi-bin/webhook/send?key={quote(k)}"
        if self.kind == RobotKind.FEISHU:
            return f"{o}/open-apis/bot/v2/hook/{k}"
        if self.kind == RobotKind.DINGTALK:
            return f"{o}/robot/send?access_token={quote(k)}"
        if self.kind == RobotKind.SLACK:
            return f"{o}/services/{k}"
        return f"{o}/api/webhooks/{k}"

    def masked(self) -> str:
        """The URL with the key hidden but for its last four characters (lists, logs)."""
        return self.url().replace(self.key, "…" + self.key[-4:]) if self.key else self.url()


def kind_of_url(url: str) -> RobotKind | None:
    host = (urlsplit(url.strip()).hostname or "").lower()
    for kind, hosts in HOSTS.items():
        if host in hosts:
            return kind
    return None


def parse_webhook(
    kind: RobotKind, url: str, *, extra_hosts: frozenset[str] = frozenset()
) -> WebhookTarget:
    """The target behind ``url`` if it is a ``kind`` robot's URL; else ``WebhookUrlError``.

    ``extra_hosts`` admits a private relay or a test receiver besides the official hosts.
    """
    text = url.strip()
    parts = urlsplit(text)
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise WebhookUrlError("not a web address (it should start with https://)")
    other = kind_of_url(text)
    if other is not None and other != kind:
        raise WebhookUrlError(f"this is a {other.value} robot's address, not a {kind.value} one")
    official = host in HOSTS[kind]
    if not official and host not in extra_hosts:
        allowed = ", ".join(sorted(HOSTS[kind]))
        raise WebhookUrlError(f"unknown host {host}: a {kind.value} robot lives on {allowed}")
    if official and parts.scheme != "https":
        raise WebhookUrlError("the address must use https://")
    match = _PATHS[kind].match(parts.path)
    if match is None:
        raise WebhookUrlError(f"the path {parts.path or '/'} is not a {kind.value} robot's path")
    if kind in _QUERY_KEY:
        values = parse_qs(parts.query).get(_QUERY_KEY[kind], [])
        key = values[0].strip() if values else ""
        if not key:
            raise WebhookUrlError(f"the address has no {_QUERY_KEY[kind]}=… part")
    else:
        key = match.group("key")
    origin = f"{parts.scheme}://{parts.netloc}"
    return WebhookTarget(kind, origin, key)
