"""WeCom group robot, from 群机器人配置说明
(https://developer.work.weixin.qq.com/document/path/91770): POST /cgi-bin/webhook/send?key=…;
text ≤ 2,048 bytes, markdown ≤ 4,096 bytes, image base64 + md5 of the raw file ≤ 2 MB, news
with 1–8 articles; 20 messages a minute per robot (45009 past it); 93000 for a key that is
not (or no longer) a robot. Only a text message notifies anyone: its ``mentioned_list``
(userids, "@all" for everyone) and ``mentioned_mobile_list`` (phone numbers, or "@all");
markdown, image and news have no such field, so the group sees "@所有人" there as plain text."""

from __future__ import annotations

import base64
import binascii
import hashlib
import time

from aiohttp import web

from tests.robots.contract.base import Receiver, Window, json_answer, read_json


class WeComRobot(Receiver):
    def __init__(self, *, per_minute: int = 20, window: float = 60.0) -> None:
        super().__init__()
        self.keys: set[str] = set()
        self.limit = Window(per_minute, window)

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/cgi-bin/webhook/send", self.send)

    def add(self, key: str) -> str:
        self.keys.add(key)
        return f"{self.origin}/cgi-bin/webhook/send?key={key}"

    def remove(self, key: str) -> None:
        self.keys.discard(key)

    def notified(self, key: str | None = None) -> list[set[str]]:
        """Per arrived message, whom the group is notified of: "@all" and phone numbers."""
        out: list[set[str]] = []
        for body in self.bodies(key):
            text = body.get("text") if body.get("msgtype") == "text" else None
            part = text if isinstance(text, dict) else {}
            listed = part.get("mentioned_list", []) + part.get("mentioned_mobile_list", [])
            out.append(set(listed))
        return out

    async def send(self, request: web.Request) -> web.Response:
        key = request.query.get("key", "")
        if key not in self.keys:
            return self.refused(
                key,
                json_answer(
                    {
                        "errcode": 93000,
                        "errmsg": "invalid webhook url, hint: [1733380000_1_x], "
                        "more info at https://open.work.weixin.qq.com/devtool/query?e=93000",
                    }
                ),
            )
        if not self.limit.allow(key, time.monotonic()):
            return self.refused(
                key, json_answer({"errcode": 45009, "errmsg": "api freq out of limit"})
            )
        data = await read_json(request)
        problem = self.check(data)
        if problem is not None:
            code, msg = problem
            return self.refused(key, json_answer({"errcode": code, "errmsg": msg}))
        assert data is not None
        self.arrived(key, data)
        return json_answer({"errcode": 0, "errmsg": "ok"})

    @staticmethod
    def check(data: dict | None) -> tuple[int, str] | None:  # type: ignore[type-arg]
        if data is None:
            return 40001, "invalid json"
        kind = data.get("msgtype")
        part = data.get(kind) if isinstance(kind, str) else None
        if kind not in ("text", "markdown", "image", "news") or not isinstance(part, dict):
            return 40008, "invalid message type"
        if kind in ("text", "markdown"):
            content = part.get("content")
            if not isinstance(content, str) or not content:
                return 44004, "empty content"
            limit = 2048 if kind == "text" else 4096
            if len(content.encode("utf-8")) > limit:
                return 40058, f"content exceed max length {limit}"
        if kind == "text":
            for name in ("mentioned_list", "mentioned_mobile_list"):
                listed = part.get(name, [])
                if not isinstance(listed, list) or not all(isinstance(x, str) for x in listed):
                    return 40058, f"invalid {name}"
        if kind == "image":
            try:
                raw = base64.b64decode(part.get("base64", ""), validate=True)
            except (binascii.Error, ValueError):
                return 40009, "invalid image"
            if len(raw) > 2 * 1024 * 1024:
                return 40009, "invalid image size"
            if hashlib.md5(raw).hexdigest() != part.get("md5"):
                return 301019, "media md5 not match"
        if kind == "news":
            articles = part.get("articles")
            if not isinstance(articles, list) or not 1 <= len(articles) <= 8:
                return 40058, "articles count must be 1-8"
            if any(not a.get("title") or not a.get("url") for a in articles):
                return 40058, "article title and url are required"
        return None
