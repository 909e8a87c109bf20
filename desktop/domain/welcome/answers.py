"""Reading a member's answer to the information-capture step (W1): name, interests, contact.

Members answer in free text ("我叫小林，喜欢拉花和露营，微信 lin_88"), so this looks for
labelled fields first and falls back to what can be recognised on its own: interests from
the workspace's list, an email address, a mainland mobile number, a WeChat id after 微信.
Nothing here guesses wildly: an unlabelled line is not taken as a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

MAX_INPUT = 4_000  # a reply longer than this is cut before parsing

_NAME = regex.compile(
    r"(?:称呼|名字|姓名|昵称|我叫|我是|叫我|name)\s*(?:是|为)?\s*[:：]?\s*"
    r"(?P<v>[\p{Han}A-Za-z][\p{Han}A-Za-z0-9_·\- ]{0,19}?)"
    r"(?=\s*(?:[，,。.;；!！\n]|$|我|喜欢|兴趣|微信|电话|手机|邮箱))",
    regex.IGNORECASE,
)
_INTEREST_FIELD = regex.compile(
    r"(?:兴趣|爱好|感兴趣的话题|喜欢|interests?)\s*(?:是|有)?\s*[:：]?\s*(?P<v>[^\n。]{1,200})",
    regex.IGNORECASE,
)
_EMAIL = regex.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
_PHONE = regex.compile(r"(?<!\d)(1[3-9]\d{9})(?!\d)")
_WECHAT = regex.compile(
    r"(?:微信|wechat|vx|wx)\s*(?:号)?\s*[:：]?\s*([A-Za-z][A-Za-z0-9_\-]{5,19})", regex.I
)
_SPLIT = regex.compile(r"[、,，/;；\s]+|和|及|以及|还有")


@dataclass(frozen=True)
class Answers:
    name: str | None = None
    interests: tuple[str, ...] = ()
    contacts: dict[str, str] = field(default_factory=dict)  # ContactChannel value → address
    unknown_interests: tuple[str, ...] = ()  # named but not on the workspace list

    @property
    def empty(self) -> bool:
        return self.name is None and not self.interests and not self.contacts


def parse_answers(text: str, workspace_interests: Sequence[str]) -> Answers:
    text = text[:MAX_INPUT]
    name = None
    m = _NAME.search(text)
    if m:
        name = m.group("v").strip()[:40] or None
    known = [i for i in workspace_interests if i.strip()]
    found: list[str] = []
    unknown: list[str] = []
    for i in sorted(known, key=len, reverse=True):  # 手冲咖啡 before 咖啡
        if i in text and not any(i in f for f in found):
            found.append(i)
    fm = _INTEREST_FIELD.search(text)
    if fm:
        for part in _SPLIT.split(fm.group("v")):
            part = part.strip(" 等。.!！")
            if not part or any(part in f or f in part for f in found):
                continue
            if len(part) <= 12 and not _EMAIL.search(part) and not _PHONE.search(part):
                unknown.append(part)
    ordered = [i for i in known if i in found]
    contacts: dict[str, str] = {}
    if em := _EMAIL.search(text):
        contacts["email"] = em.group(0).lower()
    if ph := _PHONE.search(text):
        contacts["phone"] = ph.group(1)
    if wx := _WECHAT.search(text):
        contacts["wechat"] = wx.group(1)
    return Answers(name, tuple(ordered), contacts, tuple(dict.fromkeys(unknown))[:5])
