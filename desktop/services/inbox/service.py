"""The DM inbox as the UI works it (D1–D3, D9, W8): the queue, threads, and edits.

``InboxService`` is the one object callers hold; its parts live in cohesive modules:

- ``inbox_queue``: keyset-paged queue (never a COUNT on big tables) with filters — mine,
  unassigned, urgent, status, label, channel — three orders (newest activity, longest
  waiting, priority) and each row's reply-time badge (``domain/inbox/sla.py``);
- ``inbox_thread``: a conversation's messages and attachments, status/priority/assignee,
  labels, feedback marks, internal notes;
- ``inbox_team``: the member panel, reply-time standards, team figures;
- ``inbox_types``: the rows and settings they exchange (re-exported here).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.services.inbox.figures import TeamReads
from desktop.services.inbox.queue import QueueReads
from desktop.services.inbox.thread import ThreadWork
from desktop.services.inbox.types import (
    FAR_FUTURE,
    PAGE_SIZE,
    AttachmentRow,
    ConsentLine,
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
)
from desktop.store.base import utcnow
from desktop.store.db import Database

__all__ = [
    "FAR_FUTURE",
    "PAGE_SIZE",
    "AttachmentRow",
    "ConsentLine",
    "ConversationCursor",
    "ConversationPage",
    "ConversationRow",
    "InboxService",
    "LabelRow",
    "MemberPanel",
    "MessageRow",
    "OperatorStats",
    "QueueFilter",
    "QueueSort",
    "SlaSettings",
]


class InboxService(QueueReads, ThreadWork, TeamReads):
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock
        self._queue_init()
