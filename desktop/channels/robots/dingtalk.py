"""DingTalk (钉钉) custom robots.

Docs: https://open.dingtalk.com/document/robots/custom-robot-access (message types) and
安全设置 https://open.dingtalk.com/document/robots/customize-robot-security-settings — POST JSON
to ``/robot/send?access_token=TOKEN``; msgtype text, markdown (title + text), link (title,
text, messageUrl, picUrl), actionCard (title, text, singleTitle, singleURL); ``at``:
``atMobiles``, ``atUserIds``, ``isAtAll``. Signing: ``timestamp`` (ms, within one hour) and
``sign`` = urlencode(base64(HMAC-SHA256(key=secret, msg="{timestamp}\\n{secret}"))) in the
query. Answers ``{"errcode":0}``; 310000 keyword/signature/IP refused, 300001 bad token,
130101 over 20/minute (the robot is then blocked for 10 minutes).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any
from urllib.parse import quote_plus

from desktop.channels.base import SendResult
from desktop.channels.robots.answers import (
    HttpAnswer,
    broken,
    by_http_status,
    rate_limited,
    rejected,
    sent,
)
from desktop.domain.robots.kinds import LIMITS, MessageKind, RobotKind
from desktop.domain.robots.post import RobotPost, rendered_text

ROBOT_BROKEN = frozenset({310000, 300001, 300005, 400013, 400101, 400102})
RATE_LIMITED = 130101


def sign(timestamp_ms: int, secret: str) -> str:
    """Already URL-encoded, as the query wants it."""
    msg = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode(), msg, hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest))


def signed_url(url: str, secret: str, now: float) -> str:
    ts = int(now * 1000)
    return f"{url}&timestamp={ts}&sign={sign(ts, secret)}"


def body(post: RobotPost) -> dict[str, Any]:
    text = rendered_text(RobotKind.DINGTALK, post)
    title = post.title or post.body_text.strip().split("\n", 1)[0][:30]
    at = {
        "atMobiles": list(post.mentions.mobiles),
        "atUserIds": list(post.mentions.user_ids),
        "isAtAll": post.mentions.everyone,
    }
    if post.message == MessageKind.LINK and post.link:
        link: dict[str, Any] = {"title": title, "text": post.body_text, "messageUrl": post.link}
        if post.image_url:
            link["picUrl"] = post.image_url
        return {"msgtype": "link", "link": link}
    if post.message == MessageKind.ACTION_CARD:
        card: dict[str, Any] = {"title": title, "text": text}
        card["singleTitle"] = "阅读全文"
        card["singleURL"] = post.link or ""
        return {"msgtype": "actionCard", "actionCard": card}
    if post.message == MessageKind.TEXT:
        return {"msgtype": "text", "text": {"content": text}, "at": at}
    if post.image_url:
        text = f"{text}\n\n![]({post.image_url})"
    return {"msgtype": "markdown", "markdown": {"title": title, "text": text}, "at": at}


def parse(answer: HttpAnswer) -> SendResult:
    early = by_http_status(answer)
    if early is not None:
        return early
    data = answer.json()
    code = data.get("errcode")
    if answer.status == 200 and code == 0:
        return sent()
    if code == RATE_LIMITED:
        return rate_limited(answer, LIMITS[RobotKind.DINGTALK].block_after_limit_s)
    if code in ROBOT_BROKEN or answer.status in (403, 404):
        return broken(answer)
    return rejected(answer)
