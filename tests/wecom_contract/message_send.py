"""``message/send`` (https://developer.work.weixin.qq.com/document/path/90236): an app message
to staff (``touser`` "a|b", ``msgtype`` text, ``agentid`` of the app, ``text.content``).
≤ 30 per minute per member; over it WeCom drops the message silently (no error)."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState

PER_MEMBER_PER_MINUTE = 30


def install(app: web.Application, state: ContractState) -> None:
    def send(app_: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if data.get("agentid") != app_.agent_id:
            raise Refused(40056, "invalid agentid")
        if data.get("msgtype") != "text" or not (data.get("text") or {}).get("content"):
            raise Refused(40058, "text.content required")
        now = state.clock()
        for userid in str(data.get("touser", "")).split("|"):
            if not userid:
                continue
            recent = [t for t in state.staff_sent_at.get(userid, []) if now - t < 60]
            if len(recent) >= PER_MEMBER_PER_MINUTE:
                state.staff_dropped.append(userid)  # WeCom answers ok and drops it
            else:
                state.staff_messages.append((userid, data["text"]["content"]))
                recent.append(now)
            state.staff_sent_at[userid] = recent
        return ok(invaliduser="", msgid=state.new_id("m"))

    app.router.add_post("/cgi-bin/message/send", handler(state, send, external=False))
