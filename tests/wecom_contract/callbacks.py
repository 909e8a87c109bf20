"""WeCom's side of callbacks: events encrypted and POSTed to the app's callback URL.

Crypto per https://developer.work.weixin.qq.com/document/path/91144 (written here on its own,
not borrowed from the app, so a mistake in one does not hide in the other). Event shapes:
客户群变更事件 change_external_chat create / update (add_member with JoinScene,
MemChangeCnt, MemChangeList; del_member with QuitScene; change_owner, change_name,
change_notice) / dismiss (https://developer.work.weixin.qq.com/document/path/92130), and
添加企业客户事件 change_external_contact add_external_contact with State and WelcomeCode
(https://developer.work.weixin.qq.com/document/path/92130#添加企业客户事件).
WeCom retries an event it got no answer to within 5 s; ``deliver`` sends once.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
import time
from dataclasses import dataclass

import aiohttp
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.wecom_contract.state import ContractState


@dataclass(frozen=True)
class CallbackApp:
    token: str
    aes_key: str  # EncodingAESKey, 43 characters
    corp_id: str


def _sign(token: str, timestamp: str, nonce: str, encrypt: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypt])).encode()).hexdigest()


def encrypt(app: CallbackApp, message: str, corp_id: str | None = None) -> str:
    key = base64.b64decode(app.aes_key + "=")
    body = message.encode()
    plain = os.urandom(16) + struct.pack(">I", len(body)) + body + (corp_id or app.corp_id).encode()
    pad = 32 - len(plain) % 32
    plain += bytes([pad]) * pad
    enc = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(enc.update(plain) + enc.finalize()).decode()


def chat_event(
    chat_id: str,
    change: str,
    detail: str = "",
    members: list[str] | None = None,
    join_scene: int = 0,
    quit_scene: int = 0,
    create_time: int | None = None,
) -> str:
    items = "".join(f"<Item><![CDATA[{m}]]></Item>" for m in members or [])
    extra = ""
    if detail:
        extra = (
            f"<UpdateDetail><![CDATA[{detail}]]></UpdateDetail>"
            f"<JoinScene>{join_scene}</JoinScene><QuitScene>{quit_scene}</QuitScene>"
            f"<MemChangeCnt>{len(members or [])}</MemChangeCnt>"
            f"<MemChangeList>{items}</MemChangeList>"
        )
    return (
        "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[sys]]>"
        f"</FromUserName><CreateTime>{create_time or int(time.time())}</CreateTime>"
        "<MsgType><![CDATA[event]]></MsgType><Event><![CDATA[change_external_chat]]></Event>"
        f"<ChatId><![CDATA[{chat_id}]]></ChatId><ChangeType><![CDATA[{change}]]></ChangeType>"
        f"{extra}</xml>"
    )


def contact_added(userid: str, external_userid: str, welcome_code: str, state: str = "") -> str:
    return (
        "<xml><ToUserName><![CDATA[corp]]></ToUserName><FromUserName><![CDATA[sys]]>"
        f"</FromUserName><CreateTime>{int(time.time())}</CreateTime>"
        "<MsgType><![CDATA[event]]></MsgType>"
        "<Event><![CDATA[change_external_contact]]></Event>"
        "<ChangeType><![CDATA[add_external_contact]]></ChangeType>"
        f"<UserID><![CDATA[{userid}]]></UserID>"
        f"<ExternalUserID><![CDATA[{external_userid}]]></ExternalUserID>"
        f"<State><![CDATA[{state}]]></State><WelcomeCode><![CDATA[{welcome_code}]]></WelcomeCode>"
        "</xml>"
    )


def signed_post(
    app: CallbackApp,
    event_xml: str,
    *,
    timestamp: int | None = None,
    corp_id: str | None = None,
    bad_signature: bool = False,
) -> tuple[dict[str, str], str]:
    """(query, body) of one event POST."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    nonce = str(int.from_bytes(os.urandom(4), "big"))
    enc = encrypt(app, event_xml, corp_id)
    sig = _sign(app.token, ts, nonce, enc)
    if bad_signature:
        sig = sig[::-1]
    body = (
        f"<xml><ToUserName><![CDATA[{app.corp_id}]]></ToUserName>"
        f"<AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[{enc}]]></Encrypt></xml>"
    )
    return {"msg_signature": sig, "timestamp": ts, "nonce": nonce}, body


def url_check(app: CallbackApp, echo: str) -> dict[str, str]:
    ts, nonce = str(int(time.time())), "1372623149"
    enc = encrypt(app, echo)
    return {
        "msg_signature": _sign(app.token, ts, nonce, enc),
        "timestamp": ts,
        "nonce": nonce,
        "echostr": enc,
    }


async def deliver(url: str, app: CallbackApp, event_xml: str, **kw: object) -> tuple[int, str]:
    query, body = signed_post(app, event_xml, **kw)  # type: ignore[arg-type]
    async with aiohttp.ClientSession() as http, http.post(url, params=query, data=body) as resp:
        return resp.status, await resp.text()


def install(app: object, state: ContractState) -> None:
    """Callbacks go out from WeCom rather than in: nothing to route."""
