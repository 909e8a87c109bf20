"""What the contract server remembers: apps, tokens, groups, 群发 tasks, welcome codes.

Rules that matter to a client are the documented ones (pages cited where they apply):
tokens last 7200 s (W/91039), a 45009 is what an over-limit call gets (W/90454), trusted
IPs give 60020, an app without 客户联系 permission gets 48002.
"""

from __future__ import annotations

import calendar
import itertools
import secrets
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


@dataclass
class App:
    corp_id: str
    secret: str
    agent_id: int = 1000002
    external_contact: bool = True  # listed under 客户联系 → 可调用接口的应用


@dataclass
class Member:
    userid: str
    type: int = 2
    join_time: int = 0
    join_scene: int = 3
    name: str = ""
    invitor: str = ""
    state: str = ""


@dataclass
class Group:
    chat_id: str
    name: str
    owner: str
    create_time: int
    notice: str = ""
    members: dict[str, Member] = field(default_factory=dict)
    admins: list[str] = field(default_factory=list)


@dataclass
class MsgTask:
    msgid: str
    sender: str
    chat_ids: list[str]
    text: str
    create_time: int
    sent_at: dict[str, int] = field(default_factory=dict)  # chat → when the owner confirmed
    cancelled: bool = False
    reminds: list[float] = field(default_factory=list)


@dataclass
class JoinWayRow:
    config_id: str
    body: dict[str, Any]
    image: bytes = b""  # the PNG served at its qr_code URL


@dataclass
class ContractState:
    apps: list[App] = field(default_factory=list)
    tokens: dict[str, App] = field(default_factory=dict)
    expired_tokens: set[str] = field(default_factory=set)
    trusted_ips: set[str] | None = None  # None: the app was created before 2022-06-20
    visible_staff: int = 10  # over 1,000, groupchat/list needs an owner filter (81017)
    groups: dict[str, Group] = field(default_factory=dict)
    tasks: dict[str, MsgTask] = field(default_factory=dict)
    welcome_codes: dict[str, float] = field(default_factory=dict)  # code → issued at
    welcomes_sent: list[tuple[str, str]] = field(default_factory=list)
    welcome_templates: dict[str, str] = field(default_factory=dict)
    join_ways: dict[str, JoinWayRow] = field(default_factory=dict)
    staff_messages: list[tuple[str, str]] = field(default_factory=list)
    staff_sent_at: dict[str, list[float]] = field(default_factory=dict)
    staff_dropped: list[str] = field(default_factory=list)  # over 30 a minute
    # Faults to inject: path → errcodes answered (once each) before the real handler runs.
    faults: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    calls: list[str] = field(default_factory=list)
    # path → seconds each call takes (a slow WeCom, to kill a worker mid-call).
    delays: dict[str, float] = field(default_factory=dict)
    # Answers lost after WeCom acted: path → how many calls run fully but have their
    # connection dropped instead of a reply (a network cut on the way back).
    lost_replies: dict[str, int] = field(default_factory=dict)
    # path → seconds the reply is held back after WeCom acted (past a client's timeout).
    reply_delays: dict[str, float] = field(default_factory=dict)
    token_fetches: int = 0
    now: float | None = None  # frozen clock for cap tests; None = real time
    # State of areas in their own modules (e.g. "kf": tests/wecom_contract/kf.py KfState).
    extensions: dict[str, Any] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))

    def clock(self) -> float:
        return self.now if self.now is not None else time.time()

    def new_id(self, prefix: str) -> str:
        return f"{prefix}{next(self._ids):06d}{secrets.token_hex(4)}"

    # -- helpers tests use to set the scene ----------------------------------
    def add_app(self, corp_id: str, secret: str, **kw: Any) -> App:
        app = App(corp_id, secret, **kw)
        self.apps.append(app)
        return app

    def add_group(self, chat_id: str, name: str, owner: str, members: int = 0) -> Group:
        group = Group(chat_id, name, owner, int(self.clock()) - 86400)
        group.members[owner] = Member(owner, type=1, join_time=group.create_time, join_scene=1)
        for i in range(members):
            uid = f"wm{chat_id[-6:]}{i:04d}"
            group.members[uid] = Member(uid, join_time=group.create_time + i, name=f"客户{i}")
        self.groups[chat_id] = group
        return group

    def issue_welcome_code(self) -> str:
        code = "WC" + secrets.token_hex(12)
        self.welcome_codes[code] = self.clock()
        return code

    def confirm(self, msgid: str, chat_ids: list[str] | None = None) -> None:
        """The owner taps 发送 in the WeCom client."""
        task = self.tasks[msgid]
        for chat in chat_ids or task.chat_ids:
            task.sent_at[chat] = int(self.clock())

    def tasks_this_month(self, chat_id: str, at: float) -> int:
        month = time.gmtime(at)[:2]
        return sum(
            1
            for t in self.tasks.values()
            if chat_id in t.chat_ids and time.gmtime(t.create_time)[:2] == month
        )

    @staticmethod
    def monthly_cap(at: float) -> int:
        """As many per group per month as the month has days (W/92135, updated 2025-11)."""
        year, month = time.gmtime(at)[:2]
        return calendar.monthrange(year, month)[1]
