"""Slack incoming webhook, from https://api.slack.com/messaging/webhooks (errors: 400
invalid_payload / no_text, 403 invalid_token, 404 no_service, 410 channel_is_archived) and
https://api.slack.com/apis/rate-limits (about one message a second; 429 with Retry-After)."""

from __future__ import annotations

import time

from aiohttp import web

from tests.robots.contract.base import Receiver, Window, read_json


class SlackWebhook(Receiver):
    def __init__(self, *, per_second: int = 1, window: float = 1.0) -> None:
        super().__init__()
        self.hooks: dict[str, str] = {}  # path key → "ok" | "archived"
        self.limit = Window(per_second, window)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/services/{team}/{bot}/{secret}", self.send)

    def add(self, key: str) -> str:
        self.hooks[key] = "ok"
        return f"{self.origin}/services/{key}"

    def archive(self, key: str) -> None:
        self.hooks[key] = "archived"

    async def send(self, request: web.Request) -> web.Response:
        m = request.match_info
        key = f"{m['team']}/{m['bot']}/{m['secret']}"
        state = self.hooks.get(key)
        if state is None:
            return self.refused(key, web.Response(status=404, text="no_service"))
        if state == "archived":
            return self.refused(key, web.Response(status=410, text="channel_is_archived"))
        if not self.limit.allow(key, time.monotonic()):
            wait = max(1, round(self.limit.reset_after(key, time.monotonic())))
            return self.refused(
                key,
                web.Response(status=429, text="rate_limited", headers={"Retry-After": str(wait)}),
            )
        data = await read_json(request)
        if data is None:
            return self.refused(key, web.Response(status=400, text="invalid_payload"))
        if not data.get("text") and not data.get("blocks"):
            return self.refused(key, web.Response(status=400, text="no_text"))
        self.arrived(key, data)
        return web.Response(text="ok")
