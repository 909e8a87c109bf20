"""WeCom (企业微信) group robots.

Doc: 群机器人配置说明 https://developer.work.weixin.qq.com/document/path/91770 — POST JSON to
``/cgi-bin/webhook/send?key=KEY``; msgtype text (``mentioned_list``/``mentioned_mobile_list``,
≤ 2,048 bytes), markdown (≤ 4,096 bytes), image (``base64`` + ``md5`` of the raw file,
≤ 2 MB, jpg/png), news (``articles``: title, description, url, picurl). Answer
``{"errcode":0,"errmsg":"ok"}``; 45009 = over 20 messages/minute, 93000 = invalid webhook key
(the robot was removed from its group).
"""

from __future__ import annotations

import base64
import hashlib
from datetime import timedelta
from typing import Any

from desktop.channels.base import SendResult, TemporaryError
from desktop.channels.robots.answers import (
    HttpAnswer,
    broken,
    by_http_status,
    rate_limited,
    rejected,
    sent,
    verbatim,
)
from desktop.domain.robots.kinds import WECOM_IMAGE_MAX_BYTES, MessageKind, RobotKind
from desktop.domain.robots.post import RobotPost, rendered_text

REMOVED = frozenset({93000, 93004})  # invalid key; robot disabled
RATE_LIMITED = 45009


def body(post: RobotPost) -> dict[str, Any]:
    text = rendered_text(RobotKind.WECOM, post)
    if post.message == MessageKind.NEWS and post.link:
        article: dict[str, Any] = {
            "title": post.title or post.link,
            "description": post.body_text[:512],
            "url": post.link,
        }
        if post.image_url:
            article["picurl"] = post.image_url
        return {"msgtype": "news", "news": {"articles": [article]}}
    if post.message == MessageKind.TEXT:
        content: dict[str, Any] = {"content": text}
        if post.mentions.everyone or post.mentions.user_ids:
            users = list(post.mentions.user_ids) + (["@all"] if post.mentions.everyone else [])
            content["mentioned_list"] = users
        if post.mentions.mobiles:
            content["mentioned_mobile_list"] = list(post.mentions.mobiles)
        return {"msgtype": "text", "text": content}
    # markdown has no mention list: <@userid> inside the text is WeCom's own syntax.
    return {"msgtype": "markdown", "markdown": {"content": text}}


class ImageTooLarge(ValueError):
    pass


def image_body(data: bytes) -> dict[str, Any]:
    if len(data) > WECOM_IMAGE_MAX_BYTES:
        raise ImageTooLarge(f"image is {len(data)} bytes; WeCom robots take at most 2 MB")
    return {
        "msgtype": "image",
        "image": {
            "base64": base64.b64encode(data).decode("ascii"),
            "md5": hashlib.md5(data).hexdigest(),  # WeCom checks the file, no security role
        },
    }


def parse(answer: HttpAnswer) -> SendResult:
    early = by_http_status(answer)
    if early is not None:
        return early
    data = answer.json()
    code = data.get("errcode")
    if answer.status == 200 and code == 0:
        return sent()
    if code == RATE_LIMITED:
        return rate_limited(answer, 60.0)
    if code in REMOVED or answer.status in (403, 404):
        return broken(answer)
    if code == -1:  # 系统繁忙
        return TemporaryError(verbatim(answer), retry_after=timedelta(seconds=5))
    return rejected(answer)
