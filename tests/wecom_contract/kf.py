"""微信客服 as WeCom documents it (W/N = https://developer.work.weixin.qq.com/document/path/N).

- Callback ``kf_msg_or_event`` carries a ``Token`` valid 10 minutes and the ``OpenKfId``;
  ``kf/sync_msg`` {cursor ≤ 64 bytes, token ≤ 128 bytes, limit ≤ 1000 (default 1000),
  voice_format, open_kfid} → {next_cursor, has_more, msg_list}; without a cursor it starts
  at the earliest message of the last 3 days; messages sent through the API are not returned
  (W/94670). An expired or unknown token: 95007 (不合法的msgtoken, global codes W/90313).
- ``kf/send_msg`` {touser, open_kfid, msgid ≤ 32 bytes [0-9a-zA-Z_-], msgtype, text.content
  ≤ 2048 bytes} (W/94677): only while the session is 0 未处理 or 1 由智能助手接待, else 95018;
  within 48 h of the user's last message (95002 after) and at most 5 messages in that window
  (95001, 发送客服消息次数限制); a user's message opens a new window. The page gives msgid
  as the caller's to choose and returns it as given; the issue states it serves as the
  idempotency key: a msgid already delivered is answered as sent and not delivered again.
- ``kf/send_msg_on_event`` {code, msgid, msgtype text|msgmenu} (W/95122): a welcome_code
  (enter_session, only when the user had no welcome and sent nothing in 48 h) 1 message
  within 20 s; a 结束语 code from ending the session, 1 message within 20 s; a code is used
  once. The page names no errcode for a spent or expired code: the contract answers 95018.
- ``kf/service_state/get|trans`` (W/94669): the transitions of the 概述 table; state 3 needs
  ``servicer_userid``; ending (4) and queueing (2) return a ``msg_code``.
- ``kf/account/list`` (W/94661) {offset, limit ≤ 100}; ``kf/add_contact_way`` (W/94665)
  {open_kfid, scene ≤ 32 bytes [0-9a-zA-Z_-]} → url; ``kf/customer/batchget`` (W/95159)
  {external_userid_list ≤ 100} → customer_list, invalid_external_userid. Each customer's
  ``avatar`` is an address on WeChat's image servers (``…/mmhead/<id>/0``), read without a
  token; this server plays those too (the picture a test set, else 404).
- ``media/upload`` (W/90253) multipart field ``media``, ``type`` image|voice|video|file →
  media_id; ``media/get`` (W/90254) → the file, or a JSON error (40007).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.wecom_contract.common import Refused, error, handler, ok
from tests.wecom_contract.state import App, ContractState

KF = "/cgi-bin/kf"
TOKEN_TTL_S = 600
CODE_TTL_S = 20
WINDOW_S = 48 * 3600
MAX_IN_WINDOW = 5
HISTORY_S = 3 * 86400
MSGID = re.compile(r"[0-9a-zA-Z_-]{1,32}")
SEND_STATES = {0, 1}
TRANSITIONS = {0: {1, 2, 3, 4}, 1: {2, 3, 4}, 2: {3, 4}, 3: {2, 3, 4}, 4: set()}


@dataclass
class KfSessionState:
    state: int = 4
    servicer: str = ""
    last_user_at: float | None = None
    sent_in_window: int = 0
    last_welcome_at: float | None = None


@dataclass
class KfState:
    accounts: dict[str, str] = field(default_factory=dict)  # open_kfid → name
    log: list[dict[str, Any]] = field(default_factory=list)  # every msg_list item, in order
    tokens: dict[str, float] = field(default_factory=dict)  # callback Token → issued at
    sessions: dict[tuple[str, str], KfSessionState] = field(default_factory=dict)
    codes: dict[str, tuple[float, str]] = field(default_factory=dict)  # code → (at, kind)
    delivered: list[dict[str, Any]] = field(default_factory=list)  # what users received
    delivered_ids: set[str] = field(default_factory=set)
    nicknames: dict[str, str] = field(default_factory=dict)
    media: dict[str, tuple[bytes, str, str]] = field(default_factory=dict)
    avatars: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # user → (image, type)
    avatar_reads: int = 0
    untokened_syncs: int = 0
    # Called with each message a user receives (tests kill a worker at that moment).
    on_delivered: Callable[[dict[str, Any]], None] | None = None

    # -- what WeChat users do (tests set the scene with these) ---------------------------
    def session(self, open_kfid: str, user: str) -> KfSessionState:
        return self.sessions.setdefault((open_kfid, user), KfSessionState())

    def user_says(
        self, st: ContractState, open_kfid: str, user: str, text: str, msgtype: str = "text"
    ) -> dict[str, Any]:
        now = st.clock()
        sess = self.session(open_kfid, user)
        sess.last_user_at, sess.sent_in_window = now, 0
        if sess.state == 4:
            sess.state = 0  # 客户发消息咨询后会话状态变为“未处理” (W/94669)
        body: dict[str, Any] = {"content": text} if msgtype == "text" else {}
        if msgtype in ("image", "voice", "video", "file"):
            body = {"media_id": text}
        item = {
            "msgid": st.new_id("msg"),
            "open_kfid": open_kfid,
            "external_userid": user,
            "send_time": int(now),
            "origin": 3,
            "msgtype": msgtype,
            msgtype: body,
        }
        self.log.append(item)
        return item

    def user_enters(self, st: ContractState, open_kfid: str, user: str, scene: str = "") -> str:
        """enter_session; returns its welcome_code ("" when none is allowed)."""
        now = st.clock()
        sess = self.session(open_kfid, user)
        recent = [t for t in (sess.last_user_at, sess.last_welcome_at) if t is not None]
        code = ""
        if not any(now - t < WINDOW_S for t in recent):
            code = "WELCOME" + secrets.token_hex(12)
            self.codes[code] = (now, "welcome")
        event: dict[str, Any] = {
            "event_type": "enter_session",
            "open_kfid": open_kfid,
            "external_userid": user,
            "scene": scene,
            "scene_param": "",
        }
        if code:
            event["welcome_code"] = code
        self.log.append(
            {
                "msgid": st.new_id("ev"),
                "send_time": int(now),
                "origin": 4,
                "msgtype": "event",
                "event": event,
            }
        )
        return code

    def callback_token(self, st: ContractState) -> str:
        token = "ENC" + secrets.token_hex(20)
        self.tokens[token] = st.clock()
        return token

    def upload(self, content: bytes, content_type: str, filename: str) -> str:
        media_id = "MEDIA" + secrets.token_hex(10)
        self.media[media_id] = (content, content_type, filename)
        return media_id


def kf_state(state: ContractState) -> KfState:
    found = state.extensions.get("kf")
    if not isinstance(found, KfState):
        found = KfState()
        state.extensions["kf"] = found
    return found


def kf_event_xml(token: str, open_kfid: str, create_time: int) -> str:
    return (
        "<xml><ToUserName><![CDATA[corp]]></ToUserName>"
        f"<CreateTime>{create_time}</CreateTime><MsgType><![CDATA[event]]></MsgType>"
        "<Event><![CDATA[kf_msg_or_event]]></Event>"
        f"<Token><![CDATA[{token}]]></Token><OpenKfId><![CDATA[{open_kfid}]]></OpenKfId></xml>"
    )


def _cursor(pos: int) -> str:
    return f"C{pos:010d}{secrets.token_hex(4)}"


def _pos(cursor: str) -> int:
    if not cursor:
        return -1
    if not re.fullmatch(r"C\d{10}[0-9a-f]{8}", cursor):
        raise Refused(40035, "invalid cursor")
    return int(cursor[1:11])


def _msgid(data: dict[str, Any]) -> str:
    msgid = str(data.get("msgid") or "")
    if msgid and not MSGID.fullmatch(msgid):
        raise Refused(40035, "msgid: at most 32 bytes of [0-9a-zA-Z_-]")
    return msgid or "AUTO" + secrets.token_hex(8)


def _text(data: dict[str, Any]) -> str:
    if data.get("msgtype") == "text":
        text = str((data.get("text") or {}).get("content", ""))
        if not text or len(text.encode()) > 2048:
            raise Refused(40058, "text.content 1–2048 bytes")
        return text
    return ""


def install(app: web.Application, state: ContractState) -> None:
    kf = kf_state(state)

    def account_list(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        offset, limit = int(data.get("offset", 0)), min(int(data.get("limit", 100)), 100)
        rows = [{"open_kfid": k, "name": n, "avatar": ""} for k, n in kf.accounts.items()]
        return ok(account_list=rows[offset : offset + limit])

    def sync_msg(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        now = state.clock()
        token = str(data.get("token") or "")
        if token:
            issued = kf.tokens.get(token)
            if issued is None or now - issued > TOKEN_TTL_S:
                raise Refused(95007, "invalid msg token")
        else:
            kf.untokened_syncs += 1
        limit = int(data.get("limit") or 1000)
        if not 1 <= limit <= 1000:
            raise Refused(40035, "limit 1–1000")
        open_kfid = str(data.get("open_kfid") or "")
        if open_kfid and open_kfid not in kf.accounts:
            raise Refused(95000, "invalid open_kfid")
        start = _pos(str(data.get("cursor") or "")) + 1
        out: list[dict[str, Any]] = []
        pos = start - 1
        for pos in range(start, len(kf.log)):
            item = kf.log[pos]
            if now - item["send_time"] > HISTORY_S:
                continue
            kfid = item.get("open_kfid") or item.get("event", {}).get("open_kfid")
            if open_kfid and kfid != open_kfid:
                continue
            out.append(item)
            if len(out) == limit:
                break
        has_more = pos + 1 < len(kf.log) and len(out) == limit
        return ok(next_cursor=_cursor(max(pos, start - 1)), has_more=int(has_more), msg_list=out)

    def send_msg(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        msgid = _msgid(data)
        if msgid in kf.delivered_ids:
            return ok(msgid=msgid)
        open_kfid, user = str(data.get("open_kfid", "")), str(data.get("touser", ""))
        if open_kfid not in kf.accounts:
            raise Refused(95000, "invalid open_kfid")
        text = _text(data)
        sess = kf.session(open_kfid, user)
        if sess.state not in SEND_STATES:
            raise Refused(95018, "send msg session status invalid")
        if sess.last_user_at is None or state.clock() - sess.last_user_at >= WINDOW_S:
            raise Refused(95002, "send msg time limit")
        if sess.sent_in_window >= MAX_IN_WINDOW:
            raise Refused(95001, "send msg count limit")
        sess.sent_in_window += 1
        kf.delivered_ids.add(msgid)
        kf.delivered.append(
            {
                "msgid": msgid,
                "touser": user,
                "msgtype": data.get("msgtype"),
                "text": text,
                "via": "send_msg",
            }
        )
        if kf.on_delivered is not None:
            kf.on_delivered(kf.delivered[-1])
        return ok(msgid=msgid)

    def send_on_event(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        msgid = _msgid(data)
        if msgid in kf.delivered_ids:
            return ok(msgid=msgid)
        if data.get("msgtype") not in ("text", "msgmenu"):
            raise Refused(40008, "msgtype text or msgmenu")
        code = str(data.get("code", ""))
        found = kf.codes.pop(code, None)
        if found is None or state.clock() - found[0] > CODE_TTL_S:
            raise Refused(95018, "code expired or already used")
        kf.delivered_ids.add(msgid)
        kf.delivered.append(
            {
                "msgid": msgid,
                "code": code,
                "kind": found[1],
                "text": _text(data),
                "via": "send_msg_on_event",
            }
        )
        return ok(msgid=msgid)

    def state_get(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        sess = kf.session(str(data.get("open_kfid", "")), str(data.get("external_userid", "")))
        return ok(service_state=sess.state, servicer_userid=sess.servicer)

    def state_trans(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        sess = kf.session(str(data.get("open_kfid", "")), str(data.get("external_userid", "")))
        target = int(data.get("service_state", -1))
        if target not in TRANSITIONS.get(sess.state, set()):
            raise Refused(95016, "service state transition not allowed")
        servicer = str(data.get("servicer_userid") or "")
        if target == 3 and not servicer:
            raise Refused(95014, "servicer_userid required")
        sess.state, sess.servicer = target, servicer if target == 3 else sess.servicer
        code = ""
        if target in (2, 4):
            code = "CODE" + secrets.token_hex(12)
            kf.codes[code] = (state.clock(), "end" if target == 4 else "queue")
        return ok(msg_code=code) if code else ok()

    def contact_way(_a: App, data: dict[str, Any], _r: web.Request) -> web.Response:
        open_kfid, scene = str(data.get("open_kfid", "")), str(data.get("scene") or "")
        if open_kfid not in kf.accounts:
            raise Refused(95000, "invalid open_kfid")
        if scene and not MSGID.fullmatch(scene):
            raise Refused(40035, "scene: at most 32 bytes of [0-9a-zA-Z_-]")
        return ok(url=f"https://work.weixin.qq.com/kf/kfc{open_kfid[-8:]}?enc_scene=ENC{scene}")

    def batchget(_a: App, data: dict[str, Any], request: web.Request) -> web.Response:
        images = f"{request.url.origin()}/mmhead"
        ids = [str(x) for x in data.get("external_userid_list") or []]
        if not 1 <= len(ids) <= 100:
            raise Refused(40035, "external_userid_list 1–100")
        known = [u for u in ids if u in kf.nicknames]
        return ok(
            customer_list=[
                {
                    "external_userid": u,
                    "nickname": kf.nicknames[u],
                    "avatar": f"{images}/{u}/0",
                    "gender": 0,
                    "unionid": "",
                }
                for u in known
            ],
            invalid_external_userid=[u for u in ids if u not in kf.nicknames],
        )

    async def upload(request: web.Request) -> web.StreamResponse:
        try:
            from tests.wecom_contract.common import authorise

            authorise(request, state, external=False)
        except Refused as e:
            return e.response
        kind = request.query.get("type", "")
        if kind not in ("image", "voice", "video", "file"):
            return error(40005, "invalid type")
        form = await request.post()
        part = form.get("media")
        if part is None or not hasattr(part, "file"):
            return error(41005, "media data missing")
        content = part.file.read()
        ctype = part.content_type or "application/octet-stream"
        with state.lock:
            media_id = kf.upload(content, ctype, part.filename or "file")
        return ok(type=kind, media_id=media_id, created_at=str(int(state.clock())))

    async def get_media(request: web.Request) -> web.StreamResponse:
        try:
            from tests.wecom_contract.common import authorise

            authorise(request, state, external=False)
        except Refused as e:
            return e.response
        found = kf.media.get(request.query.get("media_id", ""))
        if found is None:
            return error(40007, "invalid media_id")
        content, ctype, name = found
        return web.Response(
            body=content,
            content_type=ctype,
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )

    async def avatar(request: web.Request) -> web.StreamResponse:
        with state.lock:
            kf.avatar_reads += 1
            found = kf.avatars.get(request.match_info["user"])
        if found is None:
            raise web.HTTPNotFound()
        return web.Response(body=found[0], content_type=found[1])

    routes = {
        "/account/list": account_list,
        "/sync_msg": sync_msg,
        "/send_msg": send_msg,
        "/send_msg_on_event": send_on_event,
        "/service_state/get": state_get,
        "/service_state/trans": state_trans,
        "/add_contact_way": contact_way,
        "/customer/batchget": batchget,
    }
    for path, fn in routes.items():
        app.router.add_post(KF + path, handler(state, fn, external=False))
    app.router.add_post("/cgi-bin/media/upload", upload)
    app.router.add_get("/cgi-bin/media/get", get_media)
    app.router.add_get("/mmhead/{user}/0", avatar)
