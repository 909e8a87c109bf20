"""The automatic replies around verification codes (W3): defaults, variables, rendering.

They are member-facing text, so the workspace may reword them (a group of English
speakers, a different tone); what it did not reword keeps the Chinese default. They are
templates in the welcome steps' syntax, rendered by the same sandbox with its caps, and
checked before they are saved so a broken text never reaches a member.
"""

from __future__ import annotations

from collections.abc import Mapping

from desktop.domain import templates as tpl
from desktop.domain.welcome.render import MAX_TEMPLATE, RenderRefused, StepProblem, render_capped

SUBJECT = "subject"  # the replies' subject line ("验证结果：<their subject>")
VERIFIED = "verified"
WRONG = "wrong"
LOCKED = "locked"
EXPIRED = "expired"
RESEND_SUBJECT = "resend_subject"
RESEND = "resend"  # the mail carrying a new code

DEFAULTS: dict[str, str] = {
    SUBJECT: "验证结果",
    VERIFIED: "验证成功，欢迎正式加入！接下来的欢迎内容会陆续发给你。",
    WRONG: "验证码不正确，你还可以再试 {tries_left} 次。",
    LOCKED: "验证码错误次数过多，验证已锁定。请联系运营同学协助。",
    EXPIRED: "验证码已过期，请联系运营同学重新发送。",
    RESEND_SUBJECT: "你的新验证码",
    RESEND: "你的新验证码：{code}（24 小时内有效）。直接回复这封邮件即可完成验证。",
}

# What each text may use. The code only where it is the point of the message: a reply
# to a wrong guess must not be able to carry a valid code.
VARIABLES: dict[str, frozenset[str]] = {
    key: frozenset({"name", "group", "brand", "operator"})
    | ({"tries_left"} if key == WRONG else set())
    | ({"code"} if key == RESEND else set())
    for key in DEFAULTS
}
SAMPLE = {
    "name": "小林",
    "group": "社群",
    "brand": "品牌",
    "operator": "运营",
    "tries_left": "4",
    "code": "123456",
}


def problems(key: str, text: str) -> list[StepProblem]:
    """Why ``text`` cannot be used for reply ``key`` (empty: it can)."""
    if key not in DEFAULTS:
        return [StepProblem("template", "unknown_reply")]
    if len(text) > MAX_TEMPLATE:
        return [StepProblem("template", "too_long")]
    allowed = VARIABLES[key]
    found = [
        StepProblem("template", str(p.kind), p.start, p.end, p.text)
        for p in tpl.check(text, tuple(allowed))
    ]
    if found:
        return found
    try:
        render_capped(text, {k: SAMPLE[k] for k in allowed}, allowed=allowed)
    except RenderRefused as exc:
        return [StepProblem("template", exc.reason)]
    return []


def render(key: str, overrides: Mapping[str, str], values: Mapping[str, object]) -> str:
    """Reply ``key`` in the workspace's wording (or the default) with ``values`` filled in.

    A stored text that no longer renders (it was valid when saved; the rules changed since)
    falls back to the default rather than leaving the member without an answer.
    """
    allowed = VARIABLES[key]
    filled = {k: str(values.get(k, "")) for k in allowed}
    text = overrides.get(key) or DEFAULTS[key]
    try:
        return render_capped(text, filled, allowed=allowed)
    except RenderRefused:
        return render_capped(DEFAULTS[key], filled, allowed=allowed)
