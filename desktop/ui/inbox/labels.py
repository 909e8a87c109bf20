"""User-facing names of the inbox vocabularies (translated).

Each name is translated when asked for, not the whole table: the list delegate asks for
several per painted row.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import ChannelKind, ConsentPurpose, ConversationStatus, Priority


def status_name(status: ConversationStatus) -> str:
    return {
        ConversationStatus.OPEN: lambda: QCoreApplication.translate("InboxLabels", "Open"),
        ConversationStatus.PENDING: lambda: QCoreApplication.translate("InboxLabels", "Pending"),
        ConversationStatus.SNOOZED: lambda: QCoreApplication.translate("InboxLabels", "Snoozed"),
        ConversationStatus.RESOLVED: lambda: QCoreApplication.translate("InboxLabels", "Resolved"),
    }[status]()


def priority_name(priority: Priority) -> str:
    return {
        Priority.URGENT: lambda: QCoreApplication.translate("InboxLabels", "Urgent"),
        Priority.IMPORTANT: lambda: QCoreApplication.translate("InboxLabels", "Important"),
        Priority.NORMAL: lambda: QCoreApplication.translate("InboxLabels", "Normal"),
    }[priority]()


def channel_name(channel: ChannelKind) -> str:
    return {
        ChannelKind.EMAIL: lambda: QCoreApplication.translate("InboxLabels", "Email"),
        ChannelKind.MATRIX: lambda: QCoreApplication.translate("InboxLabels", "Matrix"),
        ChannelKind.TELEGRAM: lambda: QCoreApplication.translate("InboxLabels", "Telegram"),
        ChannelKind.WEBHOOK: lambda: QCoreApplication.translate("InboxLabels", "Webhook"),
        ChannelKind.MANUAL: lambda: QCoreApplication.translate("InboxLabels", "Manual"),
        ChannelKind.WECOM: lambda: QCoreApplication.translate("InboxLabels", "WeCom"),
        ChannelKind.WECHAT_KF: lambda: QCoreApplication.translate("InboxLabels", "WeChat"),
    }.get(channel, lambda: str(channel))()


PRIORITY_COLORS = {Priority.URGENT: "#d93025", Priority.IMPORTANT: "#e37400", Priority.NORMAL: ""}


def purpose_name(purpose: ConsentPurpose) -> str:
    return {
        ConsentPurpose.MARKETING: QCoreApplication.translate("InboxLabels", "Marketing"),
        ConsentPurpose.SERVICE: QCoreApplication.translate("InboxLabels", "Service messages"),
        ConsentPurpose.TRANSACTIONAL: QCoreApplication.translate("InboxLabels", "Transactional"),
    }[purpose]


def consent_channel_name(channel: str) -> str:
    try:
        return channel_name(ChannelKind(channel))
    except ValueError:
        return (
            QCoreApplication.translate("InboxLabels", "all channels") if channel == "*" else channel
        )


def source_name(source: str) -> str:
    """Where a member came from; the app's own markers in the UI's language."""
    names = {
        "from inbox": QCoreApplication.translate("InboxLabels", "wrote to the inbox first"),
        "from Matrix": QCoreApplication.translate("InboxLabels", "first seen in Matrix"),
    }
    return names.get(source, source)
