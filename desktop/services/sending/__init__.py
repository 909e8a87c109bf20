"""Sending (R1): the outbox the UI and the features fill, and the dispatcher that claims, checks
and sends.
"""

from desktop.services.sending.dispatcher import Dispatcher, DispatcherState
from desktop.services.sending.manual_todos import TodoItem, active_operators
from desktop.services.sending.outbox import PAGE_SIZE, OutboxService
from desktop.services.sending.outbox_types import (
    OutboxCursor,
    OutboxFilter,
    OutboxPage,
    OutboxRow,
    StatusCounts,
)
from desktop.services.sending.waiting import Waiting, waiting_for_accounts, why_waiting

__all__ = [
    "PAGE_SIZE",
    "Dispatcher",
    "DispatcherState",
    "OutboxCursor",
    "OutboxFilter",
    "OutboxPage",
    "OutboxRow",
    "OutboxService",
    "StatusCounts",
    "TodoItem",
    "Waiting",
    "active_operators",
    "waiting_for_accounts",
    "why_waiting",
]
