"""Discord webhook, from Execute Webhook
(https://discord.com/developers/docs/resources/webhook#execute-webhook) and Rate Limits
(https://discord.com/developers/docs/topics/rate-limits): POST /api/webhooks/{id}/{token}, JSON
or multipart (``payload_json`` + ``files[n]``); 204, or 200 with the message for
``?wait=true``; every answer carries X-RateLimit-Limit/Remaining/Reset-After/Bucket; past the
bucket 429 with ``{"message","retry_after","global"}`` and Retry-After; 404 Unknown Webhook
(10015), 401 Invalid Webhook Token (50027); content ≤ 2,000 characters."""

from __future__ import annotations

import json
import time
from itertools import count
from typing import Any

from aiohttp import web

from tests.robots.contract.base import Receiver, Window, json_answer


class DiscordWebhook(Receiver):
    def __init__(self, *, bucket: int = 5, reset: float = 2.0) -> None:
        super().__init__()
        self.hooks: dict[str, str] = {}  # id → token
        self.limit = Window(bucket, reset)
        self.storm = 0  # the next n requests get a 429 whatever the bucket says
        self.storm_retry = 0.05
        self._ids = count(1_100_000_000_000_000_000)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/api/webhooks/{id}/{token}", self.send)

    def add(self, hook_id: str, token: str) -> str:
        self.hooks[hook_id] = token
        return f"{self.origin}/api/webhooks/{hook_id}/{token}"

    def remove(self, hook_id: str) -> None:
        self.hooks.pop(hook_id, None)

    def headers(self, key: str, now: float) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit.limit),
            "X-RateLimit-Remaining": str(self.limit.remaining(key)),
            "X-RateLimit-Reset-After": f"{self.limit.reset_after(key, now):.3f}",
            "X-RateLimit-Bucket": "webhook-" + key,
        }

    def too_many(self, key: str, retry: float, now: float) -> web.Response:
        body = {"message": "You are being rate limited.", "retry_after": retry, "global": False}
        headers = self.headers(key, now) | {"Retry-After": str(max(1, round(retry)))}
        headers["X-RateLimit-Remaining"] = "0"
        return self.refused(key, json_answer(body, 429, **headers))

    async def send(self, request: web.Request) -> web.Response:
        hook_id, token = request.match_info["id"], request.match_info["token"]
        if hook_id not in self.hooks:
            return self.refused(
                hook_id, json_answer({"message": "Unknown Webhook", "code": 10015}, 404)
            )
        if self.hooks[hook_id] != token:
            return self.refused(
                hook_id, json_answer({"message": "Invalid Webhook Token", "code": 50027}, 401)
            )
        now = time.monotonic()
        if self.storm > 0:
            self.storm -= 1
            return self.too_many(hook_id, self.storm_retry, now)
        if not self.limit.allow(hook_id, now):
            return self.too_many(hook_id, self.limit.reset_after(hook_id, now), now)
        files: list[str] = []
        if request.content_type.startswith("multipart/"):
            payload: Any = {}
            async for part in await request.multipart():
                if part.name == "payload_json":  # type: ignore[union-attr]
                    payload = json.loads(await part.text())  # type: ignore[union-attr]
                elif part.name and part.name.startswith("files["):  # type: ignore[union-attr]
                    await part.read()  # type: ignore[union-attr]
                    files.append(part.filename or "")  # type: ignore[union-attr]
        else:
            try:
                payload = await request.json()
            except ValueError:
                payload = None
        if not isinstance(payload, dict):
            return self.refused(
                hook_id,
                json_answer({"message": "Cannot send an empty message", "code": 50006}, 400),
            )
        content = payload.get("content") or ""
        if len(content) > 2000:
            body = {"code": 50035, "message": "Invalid Form Body", "errors": {"content": {}}}
            return self.refused(hook_id, json_answer(body, 400))
        if not content and not payload.get("embeds") and not files:
            return self.refused(
                hook_id,
                json_answer({"message": "Cannot send an empty message", "code": 50006}, 400),
            )
        self.arrived(hook_id, payload, tuple(files))
        headers = self.headers(hook_id, now)
        if request.query.get("wait") == "true":
            return json_answer({"id": str(next(self._ids)), "content": content}, 200, **headers)
        return web.Response(status=204, headers=headers)
