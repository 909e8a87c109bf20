"""Feishu custom robot, from 自定义机器人使用指南
(https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot): POST
/open-apis/bot/v2/hook/{token}; with signing, ``timestamp`` (s, within an hour) and
``sign`` = base64(HMAC-SHA256(key="{timestamp}\\n{secret}", msg="")) in the body (19021);
keyword missing 19024; 100 a minute and 5 a second per robot (11232 past it); the request
body at most 20 KB (使用限制: 请求体大小不能超过 20 K), counted in bytes as they arrive, so
a body with ``\\u`` escapes counts each Chinese character as 6 bytes. Past it 19036, the code
and wording Feishu answers an oversized message with."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from aiohttp import web

from tests.robots.contract.base import Receiver, Window, json_answer, read_json

MAX_BODY = 20 * 1024


@dataclass
class FeishuBot:
    secret: str = ""
    keyword: str = ""


class FeishuRobot(Receiver):
    def __init__(self, *, per_second: int = 5, per_minute: int = 100, minute: float = 60) -> None:
        super().__init__()
        self.bots: dict[str, FeishuBot] = {}
        self.second = Window(per_second, 1.0)
        self.minute = Window(per_minute, minute)
        self.clock = time.time

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/open-apis/bot/v2/hook/{token}", self.send)

    def add(self, token: str, secret: str = "", keyword: str = "") -> str:
        self.bots[token] = FeishuBot(secret, keyword)
        return f"{self.origin}/open-apis/bot/v2/hook/{token}"

    def answer(self, key: str, code: int, msg: str) -> web.Response:
        return self.refused(key, json_answer({"code": code, "data": {}, "msg": msg}))

    async def send(self, request: web.Request) -> web.Response:
        token = request.match_info["token"]
        bot = self.bots.get(token)
        if bot is None:
            return self.answer(token, 19001, "param invalid: incoming webhook access token invalid")
        if len(await request.read()) > MAX_BODY:
            return self.answer(token, 19036, "The message exceeds the size limit of 20KB")
        data = await read_json(request)
        if data is None:
            return self.answer(token, 9499, "Bad Request")
        if bot.secret:
            ts = str(data.get("timestamp", ""))
            key = f"{ts}\n{bot.secret}".encode()
            expected = base64.b64encode(hmac.new(key, b"", hashlib.sha256).digest()).decode()
            fresh = ts.isdigit() and abs(self.clock() - int(ts)) <= 3600
            if not fresh or not hmac.compare_digest(expected, str(data.get("sign", ""))):
                return self.answer(
                    token,
                    19021,
                    "sign match fail or timestamp is not within one hour from current time",
                )
        now = time.monotonic()
        if not self.second.allow(token, now) or not self.minute.allow(token, now):
            return self.answer(
                token, 11232, "frequency limited psm[lark.oapi.app_platform_runtime]"
            )
        content = data.get("content")
        kind = data.get("msg_type")
        ok = isinstance(content, dict) and (
            (kind == "text" and isinstance(content.get("text"), str))
            or (kind == "post" and isinstance(content.get("post"), dict))
            or (kind == "image" and isinstance(content.get("image_key"), str))
        )
        if not ok:
            return self.answer(token, 9499, "Bad Request")
        if bot.keyword and bot.keyword not in json.dumps(content, ensure_ascii=False):
            return self.answer(token, 19024, "Key Words Not Found")
        self.arrived(token, data)
        return json_answer({"code": 0, "data": {}, "msg": "success"})
