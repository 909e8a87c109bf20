"""Discord webhooks.

Docs: https://discord.com/developers/docs/resources/webhook#execute-webhook — POST JSON (or
multipart with ``payload_json`` and ``files[n]``) to ``/api/webhooks/ID/TOKEN``; ``content``
(≤ 2,000 characters), ``embeds`` (≤ 10; description ≤ 4,096), ``allowed_mentions``. 204 No
Content, or 200 with the message when ``?wait=true``. Rate limits
(https://discord.com/developers/docs/topics/rate-limits): 429 with a JSON body
``{"message", "retry_after" (seconds, float), "global"}`` and the headers ``Retry-After``,
``X-RateLimit-Limit``, ``X-RateLimit-Remaining``, ``X-RateLimit-Reset-After``. 404 Unknown
Webhook (10015), 401 Invalid Webhook Token (50027).
"""

from __future__ import annotations

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


def body(post: RobotPost) -> dict[str, Any]:
    parse_mentions = ["everyone"] if post.mentions.everyone else []
    data: dict[str, Any] = {"allowed_mentions": {"parse": parse_mentions}}
    if post.message == MessageKind.EMBED:
        embed: dict[str, Any] = {"description": rendered_text(RobotKind.DISCORD, post)[:4096]}
        if post.title:
            embed["title"] = post.title[:256]
        if post.link:
            embed["url"] = post.link
        if post.image_url:
            embed["image"] = {"url": post.image_url}
        data["embeds"] = [embed]
        if post.mentions.everyone:
            data["content"] = "@everyone"
    else:
        data["content"] = rendered_text(RobotKind.DISCORD, post)[:2000]
    return data


def pause_after(answer: HttpAnswer) -> float:
    """Seconds to wait before the next send when the bucket is empty (from the headers)."""
    remaining = answer.header_float("X-RateLimit-Remaining")
    reset_after = answer.header_float("X-RateLimit-Reset-After")
    if remaining is not None and remaining <= 0 and reset_after is not None:
        return reset_after
    return 0.0


def parse(answer: HttpAnswer) -> SendResult:
    if answer.status == 429:
        retry = answer.json().get("retry_after")
        if not isinstance(retry, int | float):
            retry = answer.header_float("Retry-After") or 1.0
        return rate_limited(answer, float(retry))
    early = by_http_status(answer)
    if early is not None:
        return early
    if answer.status in (200, 204):
        msg_id = answer.json().get("id") if answer.status == 200 else None
        return sent(str(msg_id) if msg_id else None)
    if answer.status in (401, 403, 404):
        return broken(answer)
    return rejected(answer)
