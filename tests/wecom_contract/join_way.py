"""群活码: ``groupchat/add_join_way|get_join_way|del_join_way``
(https://developer.work.weixin.qq.com/document/path/92229).

add: ``scene`` 1 (mini-program) or 2 (QR), ``chat_id_list`` 1–5, ``state`` ≤ 30 chars,
``auto_create_room`` with ``room_base_name``/``room_base_id`` → ``config_id``; get →
``join_way{config_id, scene, remark, auto_create_room, room_base_name, room_base_id,
chat_id_list, qr_code, state}``. ``qr_code`` is the URL of an image of the code (WeCom
serves it from its picture CDN, wework.qpic.cn): here the server itself serves that PNG,
at ``/wwpic/<config_id>/0``, without a token as the CDN does.
"""

from __future__ import annotations

import io
from typing import Any

import segno
from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState, JoinWayRow

GC = "/cgi-bin/externalcontact/groupchat"
PIC = "/wwpic"


def _image(config_id: str) -> bytes:
    """WeCom's picture of a 群活码: a QR of a join link only WeCom's client opens."""
    out = io.BytesIO()
    segno.make(f"https://work.weixin.qq.com/gm/{config_id}", error="m").save(
        out, kind="png", scale=6, border=2
    )
    return out.getvalue()


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
        state.join_ways[config_id] = JoinWayRow(config_id, dict(data), _image(config_id))
        return ok(config_id=config_id)

    def get(_app: App, data: dict[str, Any], req: web.Request) -> web.Response:
        row = state.join_ways.get(str(data.get("config_id", "")))
        if row is None:
            raise Refused(40058, "config_id not found")
        return ok(
            join_way={
                "config_id": row.config_id,
                **row.body,
                "qr_code": f"{req.url.origin()}{PIC}/{row.config_id}/0",
            }
        )

    def delete(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if state.join_ways.pop(str(data.get("config_id", "")), None) is None:
            raise Refused(40058, "config_id not found")
        return ok()

    async def picture(req: web.Request) -> web.Response:
        with state.lock:
            row = state.join_ways.get(req.match_info["config_id"])
            state.calls.append(req.path)
        if row is None:
            return web.Response(status=404)
        return web.Response(body=row.image, content_type="image/png")

    app.router.add_get(PIC + "/{config_id}/0", picture)
    app.router.add_post(f"{GC}/add_join_way", handler(state, add))
    app.router.add_post(f"{GC}/get_join_way", handler(state, get))
    app.router.add_post(f"{GC}/del_join_way", handler(state, delete))
