"""The DM inbox (D1–D9), whatever channel a message came by: queue, threads, replies, search,
settings. ``InboxService`` holds the parts (``queue``, ``thread``, ``panels``, ``figures``,
``settings``); the UI imports them and their rows from here.
"""

from desktop.services.inbox.figures import TeamFigures
from desktop.services.inbox.panel import MemberPanels
from desktop.services.inbox.queue import QueueService
from desktop.services.inbox.reply import CannedRow, ReplyBlocked, ReplyCheck, ReplyService
from desktop.services.inbox.search import SearchFilter, SearchHit, SearchService
from desktop.services.inbox.service import InboxService
from desktop.services.inbox.settings import (
    CANNED_VARIABLES,
    CannedEntry,
    CannedReplyError,
    InboxSettingsService,
    LabelError,
)
from desktop.services.inbox.thread import ThreadService
from desktop.services.inbox.types import (
    PAGE_SIZE,
    AttachmentRow,
    ConversationCursor,
    ConversationPage,
    ConversationRow,
    LabelRow,
    MemberPanel,
    MessageRow,
    OperatorStats,
    QueueFilter,
    QueueSort,
    SlaSettings,
    cursor_key,
    queue_key,
)

__all__ = [
    "CANNED_VARIABLES",
    "PAGE_SIZE",
    "AttachmentRow",
    "CannedEntry",
    "CannedReplyError",
    "CannedRow",
    "ConversationCursor",
    "ConversationPage",
    "ConversationRow",
    "InboxService",
    "InboxSettingsService",
    "LabelError",
    "LabelRow",
    "MemberPanel",
    "MemberPanels",
    "MessageRow",
    "OperatorStats",
    "QueueFilter",
    "QueueService",
    "QueueSort",
    "ReplyBlocked",
    "ReplyCheck",
    "ReplyService",
    "SearchFilter",
    "SearchHit",
    "SearchService",
    "SlaSettings",
    "TeamFigures",
    "ThreadService",
    "cursor_key",
    "queue_key",
]
