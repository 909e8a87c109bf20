"""What the WeCom calls return, as plain data (shapes from the pages cited in client.py)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class AppConfig:
    """One self-built app (自建应用): the token is cached per (corp_id, secret)."""

    corp_id: str
    secret: str
    agent_id: int = 0


@dataclass(frozen=True)
class GroupChatRef:
    chat_id: str
    status: int  # 0 normal, 1 owner left, 2 inheriting, 3 inherited


@dataclass(frozen=True)
class GroupChatPage:
    chats: list[GroupChatRef]
    next_cursor: str


@dataclass(frozen=True)
class GroupChatMember:
    userid: str
    type: int  # 1 staff, 2 external contact
    join_time: int
    join_scene: int  # 1 invited directly, 2 by invite link, 3 by the group's QR
    name: str = ""
    group_nickname: str = ""
    unionid: str = ""
    invitor: str = ""
    state: str = ""  # the 群活码 that brought them (add_join_way state)


@dataclass(frozen=True)
class GroupChat:
    chat_id: str
    name: str
    owner: str
    create_time: int
    notice: str
    members: list[GroupChatMember] = field(default_factory=list)
    admins: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class MsgTemplateResult:
    msgid: str
    fail_list: list[str]


@dataclass(frozen=True)
class GroupMsg:
    msgid: str
    creator: str
    create_type: int  # 0 enterprise, 1 member
    text: str
    create_time: int = 0


@dataclass(frozen=True)
class GroupMsgTask:
    userid: str
    status: int  # 0 not sent, 2 sent
    send_time: int


@dataclass(frozen=True)
class GroupMsgSend:
    chat_id: str
    userid: str
    status: int  # 0 not sent, 1 sent, 2 not a friend, 3 already got another one
    send_time: int


@dataclass(frozen=True)
class JoinWay:
    config_id: str
    qr_code: str
    chat_id_list: list[str]
    state: str
    remark: str = ""
    auto_create_room: int = 0


@dataclass(frozen=True)
class AccountSettings:
    """A WeCom app account's stored settings (``ChannelAccount.config``); the secret,
    callback token and EncodingAESKey live in the keyring."""

    corp_id: str
    agent_id: int
    base_url: str = "https://qyapi.weixin.qq.com"

    @classmethod
    def from_json(cls, data: dict[str, object]) -> AccountSettings:
        return cls(
            corp_id=str(data.get("corp_id", "")),
            agent_id=int(str(data.get("agent_id", 0) or 0)),
            base_url=str(data.get("base_url") or "https://qyapi.weixin.qq.com"),
        )

    def to_json(self) -> dict[str, object]:
        return {"corp_id": self.corp_id, "agent_id": self.agent_id, "base_url": self.base_url}

    def app(self, secret: str) -> AppConfig:
        return AppConfig(self.corp_id, secret, self.agent_id)
