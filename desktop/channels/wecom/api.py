"""Typed calls over ``WeComClient.call``: one function per documented call.

Pages (W/N = https://developer.work.weixin.qq.com/document/path/N):
groupchat/list W/92120, groupchat/get W/92122, add_msg_template W/92135,
get_groupmsg_list_v2 / get_groupmsg_task / get_groupmsg_send_result W/93338,
remind_groupmsg_send W/97610, cancel_groupmsg_send W/97611, send_welcome_msg W/92137,
group_welcome_template W/92366, groupchat join_way W/92229, message/send W/90236.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from desktop.channels.wecom.client import WeComClient
from desktop.channels.wecom.types import (
    GroupChat,
    GroupChatMember,
    GroupChatPage,
    GroupChatRef,
    GroupMsg,
    GroupMsgSend,
    GroupMsgTask,
    JoinWay,
    MsgTemplateResult,
)

EC = "/cgi-bin/externalcontact"
MAX_OWNERS_PER_LIST = 100  # owner_filter.userid_list (W/92120)
MAX_CHATS_PER_TASK = 2000  # chat_id_list (W/92135)
MAX_JOIN_WAY_CHATS = 5  # chat_id_list of a 群活码 (W/92229)
MAX_STATE_CHARS = 30
MAX_WELCOME_BYTES = 3000  # group welcome template text (W/92366)


# -- customer groups --------------------------------------------------------
async def list_group_chats(
    client: WeComClient,
    *,
    owners: Sequence[str] = (),
    cursor: str = "",
    limit: int = 1000,
    status_filter: int = 0,
) -> GroupChatPage:
    if len(owners) > MAX_OWNERS_PER_LIST:
        raise ValueError(f"at most {MAX_OWNERS_PER_LIST} owners per call")
    body: dict[str, Any] = {"status_filter": status_filter, "limit": limit}
    if owners:
        body["owner_filter"] = {"userid_list": list(owners)}
    if cursor:
        body["cursor"] = cursor
    data = await client.post(f"{EC}/groupchat/list", body)
    chats = [
        GroupChatRef(str(c["chat_id"]), int(c.get("status", 0)))
        for c in data.get("group_chat_list", [])
    ]
    return GroupChatPage(chats, str(data.get("next_cursor", "")))


async def get_group_chat(client: WeComClient, chat_id: str) -> GroupChat:
    data = await client.post(f"{EC}/groupchat/get", {"chat_id": chat_id, "need_name": 1})
    chat = data["group_chat"]
    members = [
        GroupChatMember(
            userid=str(m["userid"]),
            type=int(m.get("type", 2)),
            join_time=int(m.get("join_time", 0)),
            join_scene=int(m.get("join_scene", 0)),
            name=str(m.get("name", "")),
            group_nickname=str(m.get("group_nickname", "")),
            unionid=str(m.get("unionid", "")),
            invitor=str((m.get("invitor") or {}).get("userid", "")),
            state=str(m.get("state", "")),
        )
        for m in chat.get("member_list", [])
    ]
    return GroupChat(
        chat_id=str(chat["chat_id"]),
        name=str(chat.get("name", "")),
        owner=str(chat.get("owner", "")),
        create_time=int(chat.get("create_time", 0)),
        notice=str(chat.get("notice", "")),
        members=members,
        admins=[str(a["userid"]) for a in chat.get("admin_list", [])],
    )


# -- 群发 tasks -------------------------------------------------------------
async def add_group_msg_template(
    client: WeComClient, sender: str, chat_ids: Sequence[str], text: str
) -> MsgTemplateResult:
    """A 群发 task to the owner's groups; nothing reaches a group until the owner confirms."""
    if not 0 < len(chat_ids) <= MAX_CHATS_PER_TASK:
        raise ValueError(f"1 to {MAX_CHATS_PER_TASK} groups per task")
    body = {
        "chat_type": "group",
        "sender": sender,
        "chat_id_list": list(chat_ids),
        "allow_select": False,
        "text": {"content": text},
    }
    # Each call makes a new task: never sent twice on a lost answer.
    data = await client.post(f"{EC}/add_msg_template", body, repeatable=False)
    return MsgTemplateResult(
        str(data.get("msgid", "")), [str(x) for x in data.get("fail_list", [])]
    )


async def list_group_msgs(
    client: WeComClient, start_time: int, end_time: int, creator: str = "", cursor: str = ""
) -> tuple[list[GroupMsg], str]:
    body: dict[str, Any] = {
        "chat_type": "group",
        "start_time": start_time,
        "end_time": end_time,
        "filter_type": 2,
        "limit": 100,
    }
    if creator:
        body["creator"] = creator
    if cursor:
        body["cursor"] = cursor
    data = await client.post(f"{EC}/get_groupmsg_list_v2", body)
    msgs = [
        GroupMsg(
            msgid=str(m["msgid"]),
            creator=str(m.get("creator", "")),
            create_type=int(m.get("create_type", 0)),
            text=str((m.get("text") or {}).get("content", "")),
            create_time=int(m.get("create_time", 0)),
        )
        for m in data.get("group_msg_list", [])
    ]
    return msgs, str(data.get("next_cursor", ""))


async def get_group_msg_tasks(client: WeComClient, msgid: str) -> list[GroupMsgTask]:
    out: list[GroupMsgTask] = []
    cursor = ""
    while True:
        body: dict[str, Any] = {"msgid": msgid, "limit": 1000}
        if cursor:
            body["cursor"] = cursor
        data = await client.post(f"{EC}/get_groupmsg_task", body)
        out += [
            GroupMsgTask(str(t["userid"]), int(t.get("status", 0)), int(t.get("send_time", 0)))
            for t in data.get("task_list", [])
        ]
        cursor = str(data.get("next_cursor", ""))
        if not cursor:
            return out


async def get_group_msg_send_result(
    client: WeComClient, msgid: str, userid: str
) -> list[GroupMsgSend]:
    out: list[GroupMsgSend] = []
    cursor = ""
    while True:
        body: dict[str, Any] = {"msgid": msgid, "userid": userid, "limit": 1000}
        if cursor:
            body["cursor"] = cursor
        data = await client.post(f"{EC}/get_groupmsg_send_result", body)
        out += [
            GroupMsgSend(
                chat_id=str(s.get("chat_id", "")),
                userid=str(s.get("userid", "")),
                status=int(s.get("status", 0)),
                send_time=int(s.get("send_time", 0)),
            )
            for s in data.get("send_list", [])
        ]
        cursor = str(data.get("next_cursor", ""))
        if not cursor:
            return out


async def remind_group_msg(client: WeComClient, msgid: str) -> None:
    await client.post(f"{EC}/remind_groupmsg_send", {"msgid": msgid})


async def cancel_group_msg(client: WeComClient, msgid: str) -> None:
    await client.post(f"{EC}/cancel_groupmsg_send", {"msgid": msgid})


# -- welcomes ---------------------------------------------------------------
async def send_welcome_msg(client: WeComClient, welcome_code: str, text: str) -> None:
    """Answer an add_external_contact WelcomeCode: within 20 s, once (41051 after)."""
    await client.post(
        f"{EC}/send_welcome_msg", {"welcome_code": welcome_code, "text": {"content": text}}
    )


def _check_welcome(text: str) -> None:
    if len(text.encode()) > MAX_WELCOME_BYTES:
        raise ValueError(f"a group welcome is at most {MAX_WELCOME_BYTES} bytes")


async def add_group_welcome_template(client: WeComClient, text: str, agentid: int = 0) -> str:
    _check_welcome(text)
    body: dict[str, Any] = {"text": {"content": text}, "notify": 1}
    if agentid:
        body["agentid"] = agentid
    data = await client.post(f"{EC}/group_welcome_template/add", body)
    return str(data["template_id"])


async def edit_group_welcome_template(client: WeComClient, template_id: str, text: str) -> None:
    _check_welcome(text)
    await client.post(
        f"{EC}/group_welcome_template/edit", {"template_id": template_id, "text": {"content": text}}
    )


async def get_group_welcome_template(client: WeComClient, template_id: str) -> str:
    data = await client.post(f"{EC}/group_welcome_template/get", {"template_id": template_id})
    return str((data.get("text") or {}).get("content", ""))


async def del_group_welcome_template(client: WeComClient, template_id: str) -> None:
    await client.post(f"{EC}/group_welcome_template/del", {"template_id": template_id})


# -- 群活码 -----------------------------------------------------------------
async def add_join_way(
    client: WeComClient,
    chat_ids: Sequence[str],
    state: str,
    remark: str = "",
    room_base_name: str = "",
    room_base_id: int = 0,
) -> str:
    if not 0 < len(chat_ids) <= MAX_JOIN_WAY_CHATS:
        raise ValueError(f"1 to {MAX_JOIN_WAY_CHATS} groups per 群活码")
    if len(state) > MAX_STATE_CHARS:
        raise ValueError(f"state is at most {MAX_STATE_CHARS} characters")
    body: dict[str, Any] = {
        "scene": 2,
        "remark": remark,
        "chat_id_list": list(chat_ids),
        "state": state,
        "auto_create_room": 1 if room_base_name else 0,
    }
    if room_base_name:
        body["room_base_name"] = room_base_name
        body["room_base_id"] = room_base_id
    data = await client.post(f"{EC}/groupchat/add_join_way", body)
    return str(data["config_id"])


async def get_join_way(client: WeComClient, config_id: str) -> JoinWay:
    data = await client.post(f"{EC}/groupchat/get_join_way", {"config_id": config_id})
    way = data["join_way"]
    return JoinWay(
        config_id=str(way["config_id"]),
        qr_code=str(way.get("qr_code", "")),
        chat_id_list=[str(c) for c in way.get("chat_id_list", [])],
        state=str(way.get("state", "")),
        remark=str(way.get("remark", "")),
        auto_create_room=int(way.get("auto_create_room", 0)),
    )


async def del_join_way(client: WeComClient, config_id: str) -> None:
    await client.post(f"{EC}/groupchat/del_join_way", {"config_id": config_id})


# -- staff notices ----------------------------------------------------------
async def notify_staff(client: WeComClient, userid: str, text: str) -> None:
    """An app message to one staff member (≤ 30/min each; excess is dropped by WeCom)."""
    body = {
        "touser": userid,
        "msgtype": "text",
        "agentid": client.app.agent_id,
        "text": {"content": text},
    }
    await client.post("/cgi-bin/message/send", body)
