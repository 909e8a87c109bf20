"""Mail wording read in a chat: "直接回复这封邮件" makes no sense in a Matrix DM.

Welcome steps and verification replies are written for mail first, and reach a member in
a DM when that is the only way to reach them. The phrases the default texts use for "reply
to this mail" are turned into their chat form there. Texts an operator wrote differently
are left as they are: a per-channel variant of the step is the way to word those.
"""

from __future__ import annotations

import re

# Longest first, so "直接回复这封邮件" is not half-replaced by "回复这封邮件".
_PHRASES: tuple[tuple[str, str], ...] = (
    ("直接回复这封邮件", "直接在这里回复"),
    ("回复这封邮件", "在这里回复"),
    ("回复本邮件", "在这里回复"),
    ("这封邮件", "这条消息"),
    ("本邮件", "这条消息"),
)
_ENGLISH = (
    (re.compile(r"\breply to this (e-?mail|message)\b", re.I), "reply here"),
    (re.compile(r"\bthis e-?mail\b", re.I), "this message"),
)


def chat_wording(text: str) -> str:
    for mail, chat in _PHRASES:
        text = text.replace(mail, chat)
    for pattern, chat in _ENGLISH:
        text = pattern.sub(chat, text)
    return text
