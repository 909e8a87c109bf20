"""WeCom ``errcode`` → a named problem an operator can act on.

Codes from the global error code page (https://developer.work.weixin.qq.com/document/path/90313)
and the pages of the calls that return them (cited beside each entry). The UI does not show
``WeComError.message``: it words the ``errcode`` through its own translated table
(ui/accounts/wecom_problems.py); the English text here is what logs and the CLI show.
"""

from __future__ import annotations

from dataclasses import dataclass

# Refetch the token once and repeat the call (W/91039: 40014 invalid, 42001 expired).
TOKEN_CODES = frozenset({40014, 42001})
# Limits per corp and API, blocked 60 s or 60 min (W/90454 频率限制).
RATE_LIMITED = 45009
# Credentials the operator must fix: no call of this app can succeed until then.
AUTH_CODES = frozenset({40001, 40013, 40056, 60020, 48002, 40091, 41004})
SERVER_BUSY = -1  # 系统繁忙: try again


@dataclass(frozen=True)
class Problem:
    title: str
    hint: str


PROBLEMS: dict[int, Problem] = {
    40001: Problem("bad secret", "the app's Secret is wrong or was reset: copy it again"),
    40013: Problem("bad corp ID", "the corp ID (企业ID) is wrong: copy it from 我的企业"),
    40014: Problem("invalid access token", "the token was refused; it is fetched again"),
    40056: Problem("bad agent ID", "the agent ID (AgentId) does not belong to this corp"),
    41004: Problem("no secret", "the app's Secret is empty"),
    42001: Problem("access token expired", "the token ran out; it is fetched again"),
    45009: Problem(
        "WeCom's rate limit was hit",
        "too many calls to this API for the corp; the app waits and tries again",
    ),
    48002: Problem(
        "no 客户联系 permission",
        "add this app under 客户联系 → API → 可调用接口的应用 in the admin console",
    ),
    60020: Problem(
        "IP not trusted",
        "this computer's IP is not in the app's trusted IPs: run the worker on the team "
        "server or add this IP",
    ),
    60011: Problem("outside the app's visible range", "add the member to the app's 可见范围"),
    81017: Problem(
        "too many owners",
        "the app sees over 1,000 people: groups are listed owner by owner (≤ 100 at a time)",
    ),
    41051: Problem(
        "welcome code already used or expired",
        "a contact welcome can be sent once, within 20 s of the contact being added",
    ),
    41063: Problem("the message is still being sent", "try again in a moment"),
    41065: Problem("nothing left to send", "the task was already sent or cancelled"),
    45033: Problem("too many concurrent calls", "the app waits and tries again"),
    90207: Problem("not an owner", "the sender is not the owner of every group in the task"),
    -1: Problem("WeCom is busy", "WeCom answered 系统繁忙; the app tries again"),
}


class WeComError(Exception):
    """A WeCom call that failed: ``errcode`` and ``errmsg`` as WeCom sent them, plus the
    operator's message. ``errcode`` 0 with ``unreachable`` means the server never answered;
    ``outcome_unknown`` that a call which is not safe to repeat may have taken effect."""

    def __init__(
        self,
        errcode: int,
        errmsg: str = "",
        *,
        path: str = "",
        unreachable: bool = False,
        outcome_unknown: bool = False,
    ) -> None:
        self.errcode = errcode
        self.errmsg = errmsg
        self.path = path
        self.unreachable = unreachable
        self.outcome_unknown = outcome_unknown
        super().__init__(self.message)

    @property
    def problem(self) -> Problem | None:
        return PROBLEMS.get(self.errcode)

    @property
    def message(self) -> str:
        if self.outcome_unknown:
            return f"no answer from WeCom, the call may have taken effect: {self.errmsg}"
        if self.unreachable:
            return f"cannot reach WeCom: {self.errmsg}"
        known = self.problem
        if known is None:
            return f"WeCom error {self.errcode}: {self.errmsg}"
        return f"{known.title} (WeCom {self.errcode}): {known.hint}"

    @property
    def is_auth(self) -> bool:
        return self.errcode in AUTH_CODES

    @property
    def is_temporary(self) -> bool:
        return self.unreachable or self.errcode in (RATE_LIMITED, SERVER_BUSY, 45033)


def check(payload: dict[str, object], path: str = "") -> dict[str, object]:
    """Raise for a non-zero ``errcode``; return the payload otherwise."""
    code = payload.get("errcode", 0)
    if isinstance(code, int) and code != 0:
        raise WeComError(code, str(payload.get("errmsg", "")), path=path)
    return payload
