"""User-facing names of the inbox vocabularies (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import ChannelKind, ConsentPurpose, ConversationStatus, Priority


def status_name(status: ConversationStatus) -> str:
    return {
        ConversationStatus.OPEN: QCoreApplication.translate("InboxLabels", "Open"),
        ConversationStatus.PENDING: QCoreApplication.translate("InboxLabels", "Pending"),
        ConversationStatus.SNOOZED: QCoreApplication.translate("InboxLabels", "Snoozed"),
        ConversationStatus.RESOLVED: QCoreApplication.translate("InboxLabels", "Resolved"),
    }[status]


def priority_name(priority: Priority) -> str:
    return {
        Priority.URGENT: QCoreApplication.translate("InboxLabels", "Urgent"),
        Priority.IMPORTANT: QCoreApplication.translate("InboxLabels", "Important"),
        Priority.NORMAL: QCoreApplication.translate("InboxLabels", "Normal"),
    }[priority]


def channel_name(channel: ChannelKind) -> str:
    return {
        ChannelKind.EMAIL: QCoreApplication.translate("InboxLabels", "Email"),
        ChannelKind.MATRIX: QCoreApplication.translate("InboxLabels", "Matrix"),
        ChannelKind.TELEGRAM: QCoreApplication.translate("InboxLabels", "Telegram"),
        ChannelKind.WEBHOOK: QCoreApplication.translate("InboxLabels", "Webhook"),
        ChannelKind.MANUAL: QCoreApplication.translate("InboxLabels", "Manual"),
    }[channel]


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
