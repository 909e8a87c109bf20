"""WeCom's answers in the operator's language: ``errcode`` → a translated sentence.

The channel's ``WeComError.message`` stays English (logs, the CLI); the windows put the
code through this table instead. A code not listed here shows as the code and WeCom's own
``errmsg``, so nothing is hidden. Every text is a literal ``translate`` call in the
``WeComProblems`` context so lupdate finds it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.services.wecom import WeComError

CONTEXT = "WeComProblems"


def _known(code: int) -> str | None:
    texts = {
        40001: QCoreApplication.translate(
            "WeComProblems", "Bad secret: the app's Secret is wrong or was reset; copy it again."
        ),
        40013: QCoreApplication.translate("WeComProblems", "Bad corp ID: copy it from 我的企业."),
        40014: QCoreApplication.translate(
            "WeComProblems", "The access token was refused; it is fetched again."
        ),
        40056: QCoreApplication.translate(
            "WeComProblems", "Bad AgentId: it does not belong to this corp."
        ),
        41004: QCoreApplication.translate("WeComProblems", "No secret: the app's Secret is empty."),
        42001: QCoreApplication.translate(
            "WeComProblems", "The access token expired; it is fetched again."
        ),
        45009: QCoreApplication.translate(
            "WeComProblems",
            "WeCom's rate limit was hit: too many calls to this API for the corp; the app "
            "waits and tries again.",
        ),
        48002: QCoreApplication.translate(
            "WeComProblems",
            "No 客户联系 permission: add this app under 客户联系 → API → 可调用接口的应用 in "
            "the admin console.",
        ),
        60020: QCoreApplication.translate(
            "WeComProblems",
            "IP not trusted: this computer's IP is not in the app's trusted IPs; run the "
            "worker on the team server or add this IP.",
        ),
        60011: QCoreApplication.translate(
            "WeComProblems",
            "Outside the app's visible range: add the member to the app's 可见范围.",
        ),
        81017: QCoreApplication.translate(
            "WeComProblems",
            "Too many people visible to the app: groups are listed owner by owner.",
        ),
        41051: QCoreApplication.translate(
            "WeComProblems",
            "The welcome code was already used or has expired: a welcome can be sent once, "
            "within 20 s of the contact being added.",
        ),
        41063: QCoreApplication.translate(
            "WeComProblems", "The message is still being sent: try again in a moment."
        ),
        41065: QCoreApplication.translate(
            "WeComProblems", "Nothing left to send: the task was already sent or cancelled."
        ),
        45033: QCoreApplication.translate(
            "WeComProblems", "Too many concurrent calls: the app waits and tries again."
        ),
        90207: QCoreApplication.translate(
            "WeComProblems",
            "Not an owner: the sender is not the owner of every group in the task.",
        ),
        -1: QCoreApplication.translate("WeComProblems", "WeCom is busy: the app tries again."),
    }
    return texts.get(code)


def problem_text(error: WeComError) -> str:
    if error.outcome_unknown:
        return QCoreApplication.translate(
            "WeComProblems",
            "No answer from WeCom; the call may have taken effect, so it is checked before "
            "trying again: %1",
        ).replace("%1", error.errmsg)
    if error.unreachable:
        return QCoreApplication.translate("WeComProblems", "Cannot reach WeCom: %1").replace(
            "%1", error.errmsg
        )
    known = _known(error.errcode)
    if known is None:
        return (
            QCoreApplication.translate("WeComProblems", "WeCom error %1: %2")
            .replace("%1", str(error.errcode))
            .replace("%2", error.errmsg)
        )
    return (
        QCoreApplication.translate("WeComProblems", "%1 (WeCom %2)")
        .replace("%1", known)
        .replace("%2", str(error.errcode))
    )


def describe(exc: BaseException) -> str:
    """What a window shows for a failed WeCom action."""
    if isinstance(exc, WeComError):
        return problem_text(exc)
    return str(getattr(exc, "message", None) or exc)
