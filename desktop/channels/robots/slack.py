"""Slack incoming webhooks.

Doc: https://api.slack.com/messaging/webhooks — POST JSON to ``/services/T…/B…/X``; ``text``
(mrkdwn) and ``blocks`` (a ``section`` with ``mrkdwn`` text, ≤ 3,000 characters per block).
Answers: 200 ``ok``; 400 invalid_payload / no_text, 403 invalid_token / action_prohibited,
404 channel_not_found / no_service, 410 channel_is_archived / no_service; 429 with
``Retry-After`` (https://api.slack.com/apis/rate-limits: about one message per second).
"""

from __future__ import annotations

from typing import Any

from desktop.channels.base import SendResult
from desktop.channels.robots.answers import HttpAnswer, broken, by_http_status, rejected, sent
from desktop.domain.robots.kinds import MessageKind, RobotKind
from desktop.domain.robots.post import RobotPost, rendered_text


def body(post: RobotPost) -> dict[str, Any]:
    text = rendered_text(RobotKind.SLACK, post)
    if post.mentions.everyone:
        text = f"<!channel> {text}"
    data: dict[str, Any] = {"text": text}  # the notification's text; blocks are what shows
    if post.message == MessageKind.BLOCKS:
        blocks: list[dict[str, Any]] = [
            {"type": "section", "text": {"type": "mrkdwn", "text": text[:3000]}}
        ]
        if post.image_url:
            blocks.append({"type": "image", "image_url": post.image_url, "alt_text": post.title})
        data["blocks"] = blocks
    return data


def parse(answer: HttpAnswer) -> SendResult:
    early = by_http_status(answer)
    if early is not None:
        return early
    if answer.status == 200:
        return sent()
    if answer.status in (403, 404, 410):
        return broken(answer)
    return rejected(answer)
