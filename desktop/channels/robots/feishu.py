"""Feishu (飞书) custom robots.

Doc: 自定义机器人使用指南 https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot —
POST JSON to ``/open-apis/bot/v2/hook/TOKEN``; ``msg_type`` text (``content.text``, mentions as
``<at user_id="all">所有人</at>``), post (``content.post.zh_cn`` with title and paragraphs of
tags), image (``content.image_key`` of an image uploaded by an app: a custom robot cannot
upload). Signing: ``timestamp`` (seconds, within one hour) and ``sign`` =
base64(HMAC-SHA256(key="{timestamp}\\n{secret}", msg="")) in the body. Body ≤ 20 KB; 100/min
and 5/s. Answers ``{"code":0}``; 19021 signature or timestamp, 19022 IP not allowed, 19024
keyword missing, 9499/11232 frequency limited.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from typing import Any

from desktop.channels.base import SendResult
from desktop.channels.robots.answers import (
    HttpAnswer,
    broken,
    by_http_status,
    rate_limited,
    rejected,
    sent,
)
from desktop.domain.robots.kinds import MessageKind, RobotKind
from desktop.domain.robots.post import RobotPost, rendered_text

ROBOT_BROKEN = frozenset({19001, 19002, 19021, 19022, 19024})
RATE_LIMITED = frozenset({9499, 11232, 11233})
_ALL = re.compile(r"@(所有人|all|everyone)(?![\w.])", re.IGNORECASE)
_LINK = re.compile(r"\[([^\]]+)\]\((https?://[^)\s]+)\)")


def sign(timestamp: int, secret: str) -> str:
    key = f"{timestamp}\n{secret}".encode()
    return base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode("ascii")


def _paragraph(line: str) -> list[dict[str, Any]]:
    tags: list[dict[str, Any]] = []
    pos = 0
    for m in _LINK.finditer(line):
        if m.start() > pos:
            tags.append({"tag": "text", "text": line[pos : m.start()]})
        tags.append({"tag": "a", "text": m.group(1), "href": m.group(2)})
        pos = m.end()
    if pos < len(line) or not tags:
        tags.append({"tag": "text", "text": line[pos:]})
    return tags


def body(post: RobotPost, image_key: str | None = None) -> dict[str, Any]:
    if post.message == MessageKind.IMAGE and image_key:
        return {"msg_type": "image", "content": {"image_key": image_key}}
    if post.message == MessageKind.POST:
        text = post.body_text
        lines = [_paragraph(line) for line in text.split("\n")]
        if post.mentions.everyone:
            lines.append([{"tag": "at", "user_id": "all"}])
        return {
            "msg_type": "post",
            "content": {"post": {"zh_cn": {"title": post.title, "content": lines}}},
        }
    text = rendered_text(RobotKind.FEISHU, post)
    if post.mentions.everyone:
        text = _ALL.sub('<at user_id="all">所有人</at>', text, count=1)
    return {"msg_type": "text", "content": {"text": text}}


def signed(data: dict[str, Any], secret: str, now: float) -> dict[str, Any]:
    ts = int(now)
    return {"timestamp": str(ts), "sign": sign(ts, secret), **data}


def parse(answer: HttpAnswer) -> SendResult:
    early = by_http_status(answer)
    if early is not None:
        return early
    data = answer.json()
    code = data.get("code", data.get("StatusCode"))
    if answer.status == 200 and code == 0:
        return sent()
    if code in RATE_LIMITED:
        return rate_limited(answer, 1.0)
    if code in ROBOT_BROKEN or answer.status in (403, 404):
        return broken(answer)
    return rejected(answer)
