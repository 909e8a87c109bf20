"""DingTalk custom robot, from 自定义机器人接入 and 安全设置
(https://open.dingtalk.com/document/robots/custom-robot-access,
https://open.dingtalk.com/document/robots/customize-robot-security-settings): POST
/robot/send?access_token=…; signing: ``timestamp`` (ms, within an hour) and ``sign`` =
urlencode(base64(HMAC-SHA256(key=secret, msg="{timestamp}\\n{secret}"))) in the query; 310000
when the keyword, signature or timestamp fails; 300001 unknown token; 20 a minute, past it
130101 and the robot is blocked for 10 minutes."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

from aiohttp import web

from tests.robots.contract.base import Receiver, Window, json_answer, read_json

KINDS = {"text": "content", "markdown": "text", "link": "messageUrl", "actionCard": "text"}


@dataclass
class DingBot:
    secret: str = ""
    keyword: str = ""
    blocked_until: float = 0.0


class DingTalkRobot(Receiver):
    def __init__(self, *, per_minute: int = 20, minute: float = 60, block: float = 600) -> None:
        super().__init__()
        self.bots: dict[str, DingBot] = {}
        self.limit = Window(per_minute, minute)
        self.block = block
        self.clock = time.time

    def routes(self, app: web.Application) -> None:
        app.router.add_post("/robot/send", self.send)

    def add(self, token: str, secret: str = "", keyword: str = "") -> str:
        self.bots[token] = DingBot(secret, keyword)
        return f"{self.origin}/robot/send?access_token={token}"

    def answer(self, key: str, code: int, msg: str) -> web.Response:
        return self.refused(key, json_answer({"errcode": code, "errmsg": msg}))

    async def send(self, request: web.Request) -> web.Response:
        token = request.query.get("access_token", "")
        bot = self.bots.get(token)
        if bot is None:
            return self.answer(token, 300001, "token is not exist")
        if bot.secret:
            ts = request.query.get("timestamp", "")
            if not ts.isdigit() or abs(self.clock() * 1000 - int(ts)) > 3600 * 1000:
                return self.answer(token, 310000, "invalid timestamp")
            msg = f"{ts}\n{bot.secret}".encode()
            digest = hmac.new(bot.secret.encode(), msg, hashlib.sha256).digest()
            expected = base64.b64encode(digest).decode()
            if not hmac.compare_digest(expected, request.query.get("sign", "")):
                return self.answer(token, 310000, "sign not match")
        now = time.monotonic()
        if now < bot.blocked_until:
            return self.answer(token, 130101, "send too fast, exceed 20 times per minute")
        if not self.limit.allow(token, now):
            bot.blocked_until = now + self.block
            return self.answer(token, 130101, "send too fast, exceed 20 times per minute")
        data = await read_json(request)
        kind = data.get("msgtype") if data else None
        part = data.get(kind) if data and isinstance(kind, str) else None
        if kind not in KINDS or not isinstance(part, dict) or not part.get(KINDS[kind]):
            return self.answer(token, 40035, "缺少参数 json")
        if kind in ("markdown", "link", "actionCard") and not part.get("title"):
            return self.answer(token, 40035, "缺少参数 title")
        if bot.keyword and bot.keyword not in json.dumps(part, ensure_ascii=False):
            return self.answer(token, 310000, "keywords not in content")
        assert data is not None
        self.arrived(token, data)
        return json_answer({"errcode": 0, "errmsg": "ok"})
