"""What the 微信客服 calls return, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class KfAccountInfo:
    open_kfid: str
    name: str
    avatar: str = ""


@dataclass(frozen=True)
class SyncPage:
    """One ``kf/sync_msg`` answer: raw items (parsed by domain.wechat_kf.messages)."""

    items: list[dict[str, Any]]
    next_cursor: str
    has_more: bool


@dataclass(frozen=True)
class Customer:
    external_userid: str
    nickname: str = ""
    avatar: str = ""
    unionid: str = ""


@dataclass(frozen=True)
class SessionState:
    state: int
    servicer_userid: str = ""


@dataclass(frozen=True)
class Media:
    content: bytes
    content_type: str
    filename: str


@dataclass(frozen=True)
class KfConfig:
    """What the outbox needs to send as one 客服账号 (stored in its channel account)."""

    corp_id: str
    open_kfid: str
    base_url: str = "https://qyapi.weixin.qq.com"
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> KfConfig:
        return cls(
            corp_id=str(data.get("corp_id", "")),
            open_kfid=str(data.get("open_kfid", "")),
            base_url=str(data.get("base_url") or "https://qyapi.weixin.qq.com"),
        )

    def to_json(self) -> dict[str, Any]:
        return {"corp_id": self.corp_id, "open_kfid": self.open_kfid, "base_url": self.base_url}
