"""The DM inbox (D1–D9), whatever channel a message came by: queue, threads, replies, search,
settings.
"""

from desktop.services.inbox.reply import CannedRow, ReplyBlocked, ReplyCheck, ReplyService
from desktop.services.inbox.service import (
    ConversationCursor,
    ConversationRow,
    InboxService,
    MemberPanel,
    MessageRow,
    OperatorStats,
    QueueFilter,
    QueueSort,
    SlaSettings,
)
from desktop.services.inbox.settings import (
    CANNED_VARIABLES,
    CannedEntry,
    CannedReplyError,
    InboxSettingsService,
    LabelError,
)

__all__ = [
    "CANNED_VARIABLES",
    "CannedEntry",
    "CannedReplyError",
    "CannedRow",
    "ConversationCursor",
    "ConversationRow",
    "InboxService",
    "InboxSettingsService",
    "LabelError",
    "MemberPanel",
    "MessageRow",
    "OperatorStats",
    "QueueFilter",
    "QueueSort",
    "ReplyBlocked",
    "ReplyCheck",
    "ReplyService",
    "SlaSettings",
]
