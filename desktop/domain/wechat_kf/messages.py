"""One item of ``kf/sync_msg``'s ``msg_list`` as the app understands it.

Fields and types from 接收消息和事件 (https://developer.work.weixin.qq.com/document/path/94670):
``origin`` 3 = sent by the WeChat user, 4 = a system event, 5 = sent by reception staff in
the WeCom client. Media (image, voice, video, file) arrive as a ``media_id`` to fetch with
``media/get`` (https://developer.work.weixin.qq.com/document/path/90254). A type this module
does not know is kept as "unsupported message (type)" with its raw JSON, never dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any


class Origin(IntEnum):
    USER = 3
    EVENT = 4
    SERVICER = 5


class Kind(StrEnum):
    TEXT = "text"
    IMAGE = "image"
    VOICE = "voice"
    VIDEO = "video"
    FILE = "file"
    LOCATION = "location"
    LINK = "link"
    BUSINESS_CARD = "business_card"
    MINIPROGRAM = "miniprogram"
    MENU = "msgmenu"
    EVENT = "event"
    UNSUPPORTED = "unsupported"


class EventType(StrEnum):
    ENTER_SESSION = "enter_session"
    MSG_SEND_FAIL = "msg_send_fail"
    SERVICER_STATUS_CHANGE = "servicer_status_change"
    SESSION_STATUS_CHANGE = "session_status_change"
    OTHER = "other"


MEDIA_KINDS = frozenset({Kind.IMAGE, Kind.VOICE, Kind.VIDEO, Kind.FILE})

# What a media message is called in the thread until its file is fetched.
_MEDIA_LABEL = {
    Kind.IMAGE: "[图片]",
    Kind.VOICE: "[语音]",
    Kind.VIDEO: "[视频]",
    Kind.FILE: "[文件]",
}
_DEFAULT_EXT = {Kind.IMAGE: ".jpg", Kind.VOICE: ".amr", Kind.VIDEO: ".mp4", Kind.FILE: ""}


@dataclass(frozen=True)
class KfEvent:
    type: EventType
    raw_type: str
    external_userid: str = ""
    scene: str = ""
    scene_param: str = ""
    welcome_code: str = ""
    fail_msgid: str = ""
    fail_type: int = 0
    change_type: int = 0  # session_status_change: 1 接入, 2 转接, 3 结束, 4 重新接入
    msg_code: str = ""  # session_status_change: a code for send_msg_on_event (结束语 …)
    servicer_userid: str = ""


@dataclass(frozen=True)
class KfItem:
    msgid: str
    open_kfid: str
    external_userid: str
    send_time: int
    origin: int
    kind: Kind
    raw_type: str
    text: str
    media_id: str = ""
    filename: str = ""
    event: KfEvent | None = None
    raw: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def from_user(self) -> bool:
        return self.origin == Origin.USER

    @property
    def is_message(self) -> bool:
        """Shown in the thread (a user's or a servicer's message, not an event)."""
        return self.kind is not Kind.EVENT and self.origin in (Origin.USER, Origin.SERVICER)

    @property
    def raw_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False, separators=(",", ":"))


def _text_of(kind: Kind, body: dict[str, Any], raw_type: str) -> str:
    if kind is Kind.TEXT:
        return str(body.get("content", ""))
    if kind in _MEDIA_LABEL:
        return _MEDIA_LABEL[kind]
    if kind is Kind.LOCATION:
        name = body.get("name") or ""
        address = body.get("address") or ""
        return f"[位置] {name} {address}".strip() + (
            f" ({body.get('latitude')}, {body.get('longitude')})"
        )
    if kind is Kind.LINK:
        return f"[链接] {body.get('title', '')} {body.get('url', '')}".strip()
    if kind is Kind.BUSINESS_CARD:
        return f"[名片] {body.get('userid', '')}".strip()
    if kind is Kind.MINIPROGRAM:
        return f"[小程序] {body.get('title', '')} {body.get('pagepath', '')}".strip()
    if kind is Kind.MENU:
        return str(body.get("head_content", "")) or "[菜单]"
    return f"unsupported message ({raw_type})"


def _event_of(body: dict[str, Any]) -> KfEvent:
    raw_type = str(body.get("event_type", ""))
    try:
        kind = EventType(raw_type)
    except ValueError:
        kind = EventType.OTHER
    return KfEvent(
        type=kind,
        raw_type=raw_type,
        external_userid=str(body.get("external_userid", "")),
        scene=str(body.get("scene", "")),
        scene_param=str(body.get("scene_param", "")),
        welcome_code=str(body.get("welcome_code", "")),
        fail_msgid=str(body.get("fail_msgid", "")),
        fail_type=int(body.get("fail_type", 0) or 0),
        change_type=int(body.get("change_type", 0) or 0),
        msg_code=str(body.get("msg_code", "")),
        servicer_userid=str(body.get("servicer_userid") or body.get("new_servicer_userid") or ""),
    )


def parse_item(raw: dict[str, Any]) -> KfItem:
    """One ``msg_list`` entry → ``KfItem``; never raises on an unknown type."""
    raw_type = str(raw.get("msgtype", ""))
    try:
        kind = Kind(raw_type)
    except ValueError:
        kind = Kind.UNSUPPORTED
    body = raw.get(raw_type)
    body = body if isinstance(body, dict) else {}
    event = _event_of(body) if kind is Kind.EVENT else None
    external = str(raw.get("external_userid") or (event.external_userid if event else ""))
    filename = ""
    if kind in MEDIA_KINDS:
        filename = str(body.get("file_name") or f"{raw_type}{_DEFAULT_EXT[kind]}")
    return KfItem(
        msgid=str(raw.get("msgid", "")),
        open_kfid=str(raw.get("open_kfid") or body.get("open_kfid") or ""),
        external_userid=external,
        send_time=int(raw.get("send_time", 0) or 0),
        origin=int(raw.get("origin", 0) or 0),
        kind=kind,
        raw_type=raw_type,
        text="" if event else _text_of(kind, body, raw_type),
        media_id=str(body.get("media_id", "")) if kind in MEDIA_KINDS else "",
        filename=filename,
        event=event,
        raw=raw,
    )


__all__ = ["MEDIA_KINDS", "EventType", "KfEvent", "KfItem", "Kind", "Origin", "parse_item"]
