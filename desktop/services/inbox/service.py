"""The DM inbox as the UI works it (D1–D3, D9, W8): one object holding its separate parts.

- ``queue`` (``QueueService``): keyset-paged queue (never a COUNT on big tables) with
  filters — mine, unassigned, urgent, status, label, channel — three orders and each row's
  reply-time badge;
- ``thread`` (``ThreadService``): a conversation's messages and attachments,
  status/priority/assignee, labels, feedback marks, internal notes;
- ``panels`` (``MemberPanels``): the member beside a conversation;
- ``figures`` (``TeamFigures``): reply-time standards, the status-bar summary, team figures;
- ``settings`` (``InboxSettingsService``): what the inbox settings dialog edits.

Callers use the part they need (``inbox.queue.page(...)``); a widget is handed that part.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from desktop.services.inbox.figures import TeamFigures
from desktop.services.inbox.panel import MemberPanels
from desktop.services.inbox.queue import QueueService
from desktop.services.inbox.settings import InboxSettingsService
from desktop.services.inbox.thread import ThreadService
from desktop.store.base import utcnow
from desktop.store.db import Database


class InboxService:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.queue = QueueService(db, clock=clock)
        self.thread = ThreadService(db, clock=clock)
        self.panels = MemberPanels(db)
        self.figures = TeamFigures(db, clock=clock)
        self.settings = InboxSettingsService(db, figures=self.figures, thread=self.thread)
