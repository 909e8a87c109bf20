"""User-facing names of the inbox vocabularies (translated)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.enums import ChannelKind, ConversationStatus, Priority


def _t(text: str) -> str:
    return QCoreApplication.translate("InboxLabels", text)


def status_name(status: ConversationStatus) -> str:
    return {
        ConversationStatus.OPEN: _t("Open"),
        ConversationStatus.PENDING: _t("Pending"),
        ConversationStatus.SNOOZED: _t("Snoozed"),
        ConversationStatus.RESOLVED: _t("Resolved"),
    }[status]


def priority_name(priority: Priority) -> str:
    return {
        Priority.URGENT: _t("Urgent"),
        Priority.IMPORTANT: _t("Important"),
        Priority.NORMAL: _t("Normal"),
    }[priority]


def channel_name(channel: ChannelKind) -> str:
    return {
        ChannelKind.EMAIL: _t("Email"),
        ChannelKind.MATRIX: _t("Matrix"),
        ChannelKind.TELEGRAM: _t("Telegram"),
        ChannelKind.WEBHOOK: _t("Webhook"),
        ChannelKind.MANUAL: _t("Manual"),
    }[channel]


PRIORITY_COLORS = {Priority.URGENT: "#d93025", Priority.IMPORTANT: "#e37400", Priority.NORMAL: ""}
