"""群发 tasks to customer groups.

- ``add_msg_template`` (https://developer.work.weixin.qq.com/document/path/92135):
  ``chat_type`` single|group; for groups ``sender`` is required and must own every chat in
  ``chat_id_list`` (≤ 2000); ``text.content`` and/or ``attachments`` (≤ 9). Creates a task
  the sender confirms in the client → ``{fail_list, msgid}``. A group gets at most as many
  per month as the month has days; over it the group is in ``fail_list`` (it will not
  receive), and a task whose every group failed is not created.
- ``get_groupmsg_list_v2`` / ``get_groupmsg_task`` / ``get_groupmsg_send_result``
  (https://developer.work.weixin.qq.com/document/path/93338): tasks in a time range
  (≤ 1 month), per-member status (0 未发送, 2 已发送), per-group status (0 未发送,
  1 已发送) with ``send_time``; cursor paging.
- ``remind_groupmsg_send`` (https://developer.work.weixin.qq.com/document/path/97610): at most
  3 per task in 24 h (over it: 45009, WeCom's frequency error); ``cancel_groupmsg_send``
  (https://developer.work.weixin.qq.com/document/path/97611): stops what is not sent yet.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, handler, ok
from tests.wecom_contract.state import App, ContractState, MsgTask

EC = "/cgi-bin/externalcontact"
DAY = 86400


def _task(state: ContractState, data: dict[str, Any]) -> MsgTask:
    task = state.tasks.get(str(data.get("msgid", "")))
    if task is None:
        raise Refused(41062, "msgid not found")
    return task


def _page(rows: list[Any], data: dict[str, Any], limit_max: int) -> tuple[list[Any], str]:
    limit = int(data.get("limit") or limit_max)
    limit = max(1, min(limit, limit_max))
    start = int(data["cursor"]) if str(data.get("cursor", "")).isdigit() else 0
    page = rows[start : start + limit]
    return page, str(start + limit) if start + limit < len(rows) else ""


def install(app: web.Application, state: ContractState) -> None:
    def add(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        if data.get("chat_type") != "group":
            raise Refused(40058, "this contract serves chat_type group only")
        sender = str(data.get("sender", ""))
        chats = [str(c) for c in data.get("chat_id_list") or []]
        if not sender:
            raise Refused(40058, "sender required for chat_type group")
        if not chats or len(chats) > 2000:
            raise Refused(40058, "chat_id_list 1-2000")
        content = (data.get("text") or {}).get("content", "")
        if not content and not data.get("attachments"):
            raise Refused(40058, "text or attachments required")
        if len(data.get("attachments") or []) > 9:
            raise Refused(40058, "at most 9 attachments")
        for chat in chats:
            group = state.groups.get(chat)
            if group is None or group.owner != sender:
                raise Refused(90207, f"sender is not the owner of {chat}")
        now = state.clock()
        cap = state.monthly_cap(now)
        fail = [c for c in chats if state.tasks_this_month(c, now) >= cap]
        ok_chats = [c for c in chats if c not in fail]
        if not ok_chats:
            return ok(fail_list=fail, msgid="")
        msgid = state.new_id("msg")
        state.tasks[msgid] = MsgTask(msgid, sender, ok_chats, content, int(now))
        return ok(fail_list=fail, msgid=msgid)

    def list_v2(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        start, end = int(data.get("start_time", 0)), int(data.get("end_time", 0))
        if not start or not end or end < start or end - start > 31 * DAY:
            raise Refused(40058, "start_time/end_time: a range of at most one month")
        creator = data.get("creator")
        rows = [
            t
            for t in sorted(state.tasks.values(), key=lambda t: t.msgid)
            if start <= t.create_time <= end and (not creator or t.sender == creator)
        ]
        page, cursor = _page(rows, data, 100)
        return ok(
            group_msg_list=[
                {
                    "msgid": t.msgid,
                    "creator": t.sender,
                    "create_type": 0,
                    "create_time": t.create_time,
                    "text": {"content": t.text},
                }
                for t in page
            ],
            next_cursor=cursor,
        )

    def task_list(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        task = _task(state, data)
        done = bool(task.sent_at) and set(task.sent_at) >= set(task.chat_ids)
        row = {"userid": task.sender, "status": 2 if done else 0}
        if task.sent_at:
            row["send_time"] = max(task.sent_at.values())
        return ok(task_list=[row], next_cursor="")

    def send_result(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        task = _task(state, data)
        if data.get("userid") != task.sender:
            return ok(send_list=[], next_cursor="")
        rows = [
            {
                "chat_id": c,
                "userid": task.sender,
                "status": 1 if c in task.sent_at else 0,
                "send_time": task.sent_at.get(c, 0),
            }
            for c in task.chat_ids
        ]
        page, cursor = _page(rows, data, 1000)
        return ok(send_list=page, next_cursor=cursor)

    def remind(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        task = _task(state, data)
        now = state.clock()
        task.reminds = [r for r in task.reminds if now - r < DAY]
        if len(task.reminds) >= 3:
            raise Refused(45009, "remind at most 3 times in 24 hours")
        task.reminds.append(now)
        return ok()

    def cancel(_app: App, data: dict[str, Any], _req: web.Request) -> web.Response:
        _task(state, data).cancelled = True
        return ok()

    app.router.add_post(f"{EC}/add_msg_template", handler(state, add))
    app.router.add_post(f"{EC}/get_groupmsg_list_v2", handler(state, list_v2))
    app.router.add_post(f"{EC}/get_groupmsg_task", handler(state, task_list))
    app.router.add_post(f"{EC}/get_groupmsg_send_result", handler(state, send_result))
    app.router.add_post(f"{EC}/remind_groupmsg_send", handler(state, remind))
    app.router.add_post(f"{EC}/cancel_groupmsg_send", handler(state, cancel))
