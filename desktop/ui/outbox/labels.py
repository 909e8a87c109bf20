"""How deliveries look to users: translated status and channel names, and reasons.

Enum values and reason codes are storage keys, never shown raw. ``status_reason`` is
written by the dispatcher and the outbox service as "code — text" (e.g.
"postponed — quiet_hours (22:00–08:00) until 2025-01-01 00:00Z") or "area: text"; the
known codes are translated, unknown text is shown as it is. Server errors
(``last_error``) are never translated: the operator needs the server's exact words.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.ui.common.times import clock_text


def status_label(status: DeliveryStatus) -> str:
    labels = {
        DeliveryStatus.PENDING: QCoreApplication.translate("OutboxLabels", "Pending"),
        DeliveryStatus.CLAIMED: QCoreApplication.translate("OutboxLabels", "Sending"),
        DeliveryStatus.SENT: QCoreApplication.translate("OutboxLabels", "Sent"),
        DeliveryStatus.FAILED: QCoreApplication.translate("OutboxLabels", "Failed"),
        DeliveryStatus.CANCELLED: QCoreApplication.translate("OutboxLabels", "Cancelled"),
        DeliveryStatus.MANUAL_TODO: QCoreApplication.translate("OutboxLabels", "To post by hand"),
        DeliveryStatus.AWAITING: QCoreApplication.translate(
            "OutboxLabels", "Waiting for owner confirmation"
        ),
    }
    return labels[status]


def keyring_unavailable_text() -> str:
    """desktop.secrets.UNAVAILABLE_MESSAGE in the UI's language."""
    return QCoreApplication.translate(
        "OutboxLabels",
        "No system keyring is available, so passwords cannot be saved. They are kept in "
        "memory until the app closes and must be entered again next time.",
    )


def channel_label(channel: ChannelKind) -> str:
    labels = {
        ChannelKind.EMAIL: QCoreApplication.translate("OutboxLabels", "Email"),
        ChannelKind.MATRIX: QCoreApplication.translate("OutboxLabels", "Matrix"),
        ChannelKind.TELEGRAM: QCoreApplication.translate("OutboxLabels", "Telegram"),
        ChannelKind.WEBHOOK: QCoreApplication.translate("OutboxLabels", "Webhook robot"),
        ChannelKind.MANUAL: QCoreApplication.translate("OutboxLabels", "Manual (WeChat)"),
        ChannelKind.WECOM: QCoreApplication.translate("OutboxLabels", "WeCom 群发"),
        ChannelKind.WECHAT_KF: QCoreApplication.translate("OutboxLabels", "WeChat (微信客服)"),
    }
    return labels.get(channel, str(channel))


def _code_words() -> dict[str, str]:
    # The send-time rules' reason codes (desktop.domain.sending.rules.Reason) and the
    # outbox's own; listed literally so lupdate finds every one.
    return {
        "no_consent": QCoreApplication.translate("OutboxLabels", "no consent"),
        "consent_withdrawn": QCoreApplication.translate("OutboxLabels", "consent withdrawn"),
        "unsubscribed": QCoreApplication.translate("OutboxLabels", "unsubscribed"),
        "member_erased": QCoreApplication.translate("OutboxLabels", "member erased"),
        "frequency_never": QCoreApplication.translate("OutboxLabels", "member wants no messages"),
        "quiet_hours": QCoreApplication.translate("OutboxLabels", "quiet hours"),
        "holiday": QCoreApplication.translate("OutboxLabels", "public holiday"),
        "daily_cap": QCoreApplication.translate("OutboxLabels", "daily limit reached"),
        "frequency": QCoreApplication.translate("OutboxLabels", "member's frequency limit"),
        "too_late": QCoreApplication.translate("OutboxLabels", "too late to send"),
    }


def _phrases() -> dict[str, str]:
    """Whole reasons the backend writes verbatim."""
    return {
        "cancelled by an operator": QCoreApplication.translate(
            "OutboxLabels", "cancelled by an operator"
        ),
        "posted by hand": QCoreApplication.translate("OutboxLabels", "posted by hand"),
        "post by hand": QCoreApplication.translate("OutboxLabels", "post this by hand"),
        "unsubscribed": QCoreApplication.translate("OutboxLabels", "unsubscribed"),
        "paced: server asked to wait": QCoreApplication.translate(
            "OutboxLabels", "paced: the server asked to wait"
        ),
        "waiting: keyring unavailable": QCoreApplication.translate(
            "OutboxLabels", "waiting: the keyring is unavailable"
        ),
        "waiting: account needs its password": QCoreApplication.translate(
            "OutboxLabels", "waiting: the account needs its password"
        ),
        "waiting: account settings unusable": QCoreApplication.translate(
            "OutboxLabels", "waiting: the account settings are unusable"
        ),
        "waiting: the account's sign-in was refused": QCoreApplication.translate(
            "OutboxLabels", "waiting: the account's sign-in was refused"
        ),
        "waiting: account disabled": QCoreApplication.translate(
            "OutboxLabels", "waiting: the account is disabled"
        ),
        "waiting: server unreachable": QCoreApplication.translate(
            "OutboxLabels", "waiting: the server is unreachable"
        ),
        "calendar: post moved, edited or deleted": QCoreApplication.translate(
            "OutboxLabels", "the post was moved, edited or deleted"
        ),
    }


_RULE = re.compile(r"^(skipped|postponed) — (\w+)(.*)$", re.DOTALL)
_UNTIL = re.compile(r"\s*until (\d{4}-\d\d-\d\d \d\d:\d\d)Z\s*$")
_NO_ACCOUNT = re.compile(r"^waiting: no enabled (\w+) account$")


def _local(utc_text: str, tz: str | None) -> str:
    when = datetime.strptime(utc_text, "%Y-%m-%d %H:%M").replace(tzinfo=UTC)
    return clock_text(when, tz)


def reason_text(reason: str | None, tz: str | None = None) -> str:
    """A status reason in the user's language; text we do not know is kept as written."""
    if not reason:
        return ""
    reason = reason.strip()
    known = _phrases().get(reason)
    if known is not None:
        return known
    m = _NO_ACCOUNT.match(reason)
    if m:
        try:
            channel = channel_label(ChannelKind(m.group(1)))
        except ValueError:
            channel = m.group(1)
        return QCoreApplication.translate("OutboxLabels", "waiting: no enabled %1 account").replace(
            "%1", channel
        )
    m = _RULE.match(reason)
    if m is None:
        return reason
    verb, code, rest = m.groups()
    word = _code_words().get(code, code)
    until = _UNTIL.search(rest)
    detail = (rest[: until.start()] if until else rest).strip(" :")
    if detail:
        word = f"{word} ({detail.strip('()')})"
    if verb == "skipped":
        return QCoreApplication.translate("OutboxLabels", "skipped: %1").replace("%1", word)
    if until is not None:
        return (
            QCoreApplication.translate("OutboxLabels", "postponed until %2: %1")
            .replace("%1", word)
            .replace("%2", _local(until.group(1), tz))
        )
    return QCoreApplication.translate("OutboxLabels", "postponed: %1").replace("%1", word)


def explain(
    status: DeliveryStatus,
    status_reason: str | None,
    last_error: str | None,
    tz: str | None = None,
) -> str:
    """The "why" column: the reason in words, plus the server's error when there is one."""
    parts = []
    words = reason_text(status_reason, tz)
    if words:
        parts.append(words)
    if last_error and (status == DeliveryStatus.FAILED or last_error not in parts):
        parts.append(last_error)
    return " — ".join(parts)


def local_time(when: datetime | None, tz: str | None = None) -> str:
    """A time in the workspace zone ``tz`` (never the computer's own)."""
    return clock_text(when, tz)


def setup_account_text(channel: ChannelKind) -> str:
    """The button that opens the accounts dialog for a reply waiting on ``channel``."""
    if channel == ChannelKind.MATRIX:
        return QCoreApplication.translate("OutboxLabels", "Set up the Matrix account…")
    if channel == ChannelKind.TELEGRAM:
        return QCoreApplication.translate("OutboxLabels", "Set up the Telegram account…")
    return QCoreApplication.translate("OutboxLabels", "Set up the mail account…")
