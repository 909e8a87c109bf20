"""群活码: ``groupchat/add_join_way|get_join_way|del_join_way``
(https://developer.work.weixin.qq.com/document/path/92229).

add: ``scene`` 1 (mini-program) or 2 (QR), ``chat_id_list`` 1–5, ``state`` ≤ 30 chars,
``auto_create_room`` with ``room_base_name``/``room_base_id`` → ``config_id``; get →
``join_way{config_id, scene, remark, auto_create_room, room_base_name, room_base_id,
chat_id_list, qr_code, state}``.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState, JoinWayRow

GC = "/cgi-bin/externalcontact/groupchat"


def install(app: web.Application, state: ContractState) -> None:
    def add(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if data.get("scene") not in (1, 2):
            raise Refused(40058, "scene must be 1 or 2")
        chats = data.get("chat_id_list") or []
        if not 1 <= len(chats) <= 5:
            raise Refused(40058, "chat_id_list 1-5")
        if any(c not in state.groups for c in chats):
            raise Refused(40050, "chatid not found")
        if len(str(data.get("state", ""))) > 30:
            raise Refused(40058, "state at most 30 characters")
        if data.get("auto_create_room") and not data.get("room_base_name"):
            raise Refused(40058, "room_base_name required with auto_create_room")
        config_id = state.new_id("cfg")
        state.join_ways[config_id] = JoinWayRow(config_id, dict(data))
        return ok(config_id=config_id)

    def get(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        row = state.join_ways.get(str(data.get("config_id", "")))
        if row is None:
            raise Refused(40058, "config_id not found")
        return ok(
            join_way={
                "config_id": row.config_id,
                **row.body,
                "qr_code": f"https://wework.qpic.cn/wwpic/{row.config_id}/0",
            }
        )

    def delete(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if state.join_ways.pop(str(data.get("config_id", "")), None) is None:
            raise Refused(40058, "config_id not found")
        return ok()

    app.router.add_post(f"{GC}/add_join_way", handler(state, add))
    app.router.add_post(f"{GC}/get_join_way", handler(state, get))
    app.router.add_post(f"{GC}/del_join_way", handler(state, delete))
