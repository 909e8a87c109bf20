"""``RobotChannel``: one group robot as a dispatcher channel (one HTTP POST per message).

The message's subject is the post's title and its text the body; the robot's settings pick
the platform's message kind. Local pictures go the way the platform allows: WeCom as an
image message (base64 + md5, ≤ 2 MB) after the text, Discord as an uploaded file; the other
robots cannot upload pictures, which the post editor says before planning.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp

from desktop.channels.base import (
    Capability,
    OutgoingMessage,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.robots import dingtalk, discord, feishu, slack, wecom_robot
from desktop.channels.robots.answers import HttpAnswer
from desktop.channels.robots.config import RobotConfig, RobotSecret, target_of
from desktop.domain.enums import ChannelKind
from desktop.domain.robots.kinds import RobotKind
from desktop.domain.robots.post import RobotPost, make_post

TIMEOUT = aiohttp.ClientTimeout(total=20, connect=10)
JSON_TYPE = "application/json; charset=utf-8"


def encode_body(data: dict[str, Any]) -> bytes:
    """The JSON body as posted. Chinese goes as UTF-8 (3 bytes a character), not as \\u
    escapes (6 bytes), so a post does not use twice the room of a size limit on the body."""
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def body_for(kind: RobotKind, post: RobotPost) -> dict[str, Any]:
    """The platform's JSON for one post (before any signing)."""
    if kind == RobotKind.WECOM:
        return wecom_robot.body(post)
    if kind == RobotKind.FEISHU:
        return feishu.body(post)
    if kind == RobotKind.DINGTALK:
        return dingtalk.body(post)
    if kind == RobotKind.SLACK:
        return slack.body(post)
    return discord.body(post)


def request_body(config: RobotConfig, post: RobotPost, now: float) -> bytes:
    """The exact body a post becomes on this robot, for checking a limit on the whole body.

    A signed Feishu body carries ``timestamp`` and ``sign``; the signature's length does
    not depend on the secret, so a stand-in secret measures the same as the real one.
    """
    data = body_for(config.platform, post)
    if config.platform == RobotKind.FEISHU and config.signed:
        data = feishu.signed(data, "-", now)
    return encode_body(data)


class RobotChannel:
    kind = ChannelKind.WEBHOOK
    capabilities = Capability.POST_TO_GROUP

    def __init__(
        self,
        config: RobotConfig,
        secret: RobotSecret,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.secret = secret
        self.url = target_of(config, secret).url()
        self._clock = clock
        self._http: aiohttp.ClientSession | None = None
        # Parts of a multi-part WeCom post already delivered (text, then each picture), so a
        # retry in this process does not post the text twice.
        self._parts_done: dict[str, int] = {}
        self._pause_until = 0.0  # Discord: the bucket's reset when it said "0 remaining"

    def post_for(self, message: OutgoingMessage) -> RobotPost:
        return make_post(
            self.config.platform,
            message.subject,
            message.text,
            message=self.config.message,
            keyword=self.config.keyword,
        )

    async def send(self, message: OutgoingMessage) -> SendResult:
        post = self.post_for(message)
        try:
            if self.config.platform == RobotKind.WECOM and message.attachments:
                return await self._wecom_with_images(message, post)
            files = message.attachments if self.config.platform == RobotKind.DISCORD else ()
            return await self.post_json(self.body_for(post), files=files)
        except (OSError, ValueError) as exc:
            return PermanentError(f"{type(exc).__name__}: {exc}")

    def body_for(self, post: RobotPost) -> dict[str, Any]:
        return body_for(self.config.platform, post)

    async def _wecom_with_images(self, message: OutgoingMessage, post: RobotPost) -> SendResult:
        parts: list[dict[str, Any]] = [wecom_robot.body(post)]
        for path in message.attachments:
            parts.append(wecom_robot.image_body(Path(path).read_bytes()))
        done = self._parts_done.get(message.idempotency_key, 0)
        result: SendResult = Sent()
        for index in range(done, len(parts)):
            result = await self.post_json(parts[index])
            if not isinstance(result, Sent):
                return result
            self._parts_done[message.idempotency_key] = index + 1
        self._parts_done.pop(message.idempotency_key, None)
        return result

    async def post_json(self, data: dict[str, Any], *, files: tuple[str, ...] = ()) -> SendResult:
        """POST one body (signed where the robot signs) and read the answer."""
        kind = self.config.platform
        url = self.url
        now = self._clock()
        if kind == RobotKind.FEISHU and self.secret.signing_secret:
            data = feishu.signed(data, self.secret.signing_secret, now)
        if kind == RobotKind.DINGTALK and self.secret.signing_secret:
            url = dingtalk.signed_url(url, self.secret.signing_secret, now)
        if kind == RobotKind.DISCORD:
            url = f"{url}?wait=true"
            wait = self._pause_until - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
        http = self._ensure_http()
        try:
            if files:
                form = aiohttp.FormData()
                form.add_field("payload_json", json.dumps(data), content_type="application/json")
                for n, path in enumerate(files):
                    form.add_field(f"files[{n}]", Path(path).read_bytes(), filename=Path(path).name)
                request = http.post(url, data=form)
            else:
                request = http.post(
                    url, data=encode_body(data), headers={"Content-Type": JSON_TYPE}
                )
            async with request as resp:
                answer = HttpAnswer(resp.status, dict(resp.headers), await resp.text())
        except (aiohttp.ClientError, TimeoutError) as exc:
            return TemporaryError(f"{type(exc).__name__}: {exc}", account_wide=True)
        return self._parse(answer)

    def _parse(self, answer: HttpAnswer) -> SendResult:
        kind = self.config.platform
        if kind == RobotKind.WECOM:
            return wecom_robot.parse(answer)
        if kind == RobotKind.FEISHU:
            return feishu.parse(answer)
        if kind == RobotKind.DINGTALK:
            return dingtalk.parse(answer)
        if kind == RobotKind.SLACK:
            return slack.parse(answer)
        pause = discord.pause_after(answer)
        if pause > 0:
            self._pause_until = time.monotonic() + pause
        return discord.parse(answer)

    def _ensure_http(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession(timeout=TIMEOUT)
        return self._http

    async def close(self) -> None:
        http, self._http = self._http, None
        if http is not None and not http.closed:
            await http.close()
