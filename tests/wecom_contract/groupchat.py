"""Customer groups: ``groupchat/list`` (https://developer.work.weixin.qq.com/document/path/92120)
and ``groupchat/get`` (https://developer.work.weixin.qq.com/document/path/92122).

list: ``status_filter``, ``owner_filter.userid_list`` (≤ 100), ``cursor``, ``limit``
1–1000 → ``group_chat_list[{chat_id, status}]``, ``next_cursor`` ("" on the last page);
without an owner filter and over 1,000 people in the visible range → 81017.
get: ``chat_id``, ``need_name`` → ``group_chat{chat_id, name, owner, create_time, notice,
member_list[{userid, type, join_time, join_scene, invitor{userid}, group_nickname, name,
state}], admin_list[{userid}]}``; an unknown chat → 40050.
"""

from __future__ import annotations

import base64
from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def _offset(cursor: str) -> int:
    try:
        tag, value = base64.urlsafe_b64decode(cursor.encode()).decode().split(":")
        assert tag == "o"
        return int(value)
    except Exception as e:
        raise Refused(40058, "invalid cursor") from e


def install(app: web.Application, state: ContractState) -> None:
    def list_(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        limit = data.get("limit", 0)
        if not isinstance(limit, int) or not 1 <= limit <= 1000:
            raise Refused(40058, "limit must be 1-1000")
        owners = (data.get("owner_filter") or {}).get("userid_list")
        if owners is not None and len(owners) > 100:
            raise Refused(40058, "owner_filter.userid_list at most 100")
        if not owners and state.visible_staff > 1000:
            raise Refused(81017, "too many users in the visible range, use owner_filter")
        chats = sorted(
            (g for g in state.groups.values() if not owners or g.owner in owners),
            key=lambda g: g.chat_id,
        )
        start = _offset(data["cursor"]) if data.get("cursor") else 0
        page = chats[start : start + limit]
        more = start + limit < len(chats)
        return ok(
            group_chat_list=[{"chat_id": g.chat_id, "status": 0} for g in page],
            next_cursor=_cursor(start + limit) if more else "",
        )

    def get(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        group = state.groups.get(str(data.get("chat_id", "")))
        if group is None:
            raise Refused(40050, "chatid not found")
        members = []
        for m in group.members.values():
            row: dict[str, Any] = {
                "userid": m.userid,
                "type": m.type,
                "join_time": m.join_time,
                "join_scene": m.join_scene,
                "group_nickname": "",
            }
            if m.invitor:
                row["invitor"] = {"userid": m.invitor}
            if data.get("need_name"):
                row["name"] = m.name
            if m.state:
                row["state"] = m.state
            members.append(row)
        return ok(
            group_chat={
                "chat_id": group.chat_id,
                "name": group.name,
                "owner": group.owner,
                "create_time": group.create_time,
                "notice": group.notice,
                "member_list": members,
                "admin_list": [{"userid": a} for a in group.admins],
            }
        )

    app.router.add_post("/cgi-bin/externalcontact/groupchat/list", handler(state, list_))
    app.router.add_post("/cgi-bin/externalcontact/groupchat/get", handler(state, get))
