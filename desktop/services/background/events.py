"""What the background loops tell whoever listens (the window): a small typed event hub.

The loops are built before any window exists and also run without one (``shequn worker``),
so they never hold a listener of their own: they emit, and a window subscribes. Listeners
are called on the thread that emits (the asyncio loop's, or a loop's database thread); a UI
listener hands the news to its own thread (a Qt signal does) before touching widgets.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Generic, ParamSpec

log = logging.getLogger(__name__)

P = ParamSpec("P")


class Event(Generic[P]):
    def __init__(self, name: str) -> None:
        self.name = name
        self._listeners: list[Callable[P, None]] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Callable[P, None]) -> Callable[[], None]:
        """Listen from now on; returns the call that stops listening."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, *args: P.args, **kwargs: P.kwargs) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(*args, **kwargs)
            except Exception:  # a listener's failure must not stop the loop that emits
                log.exception("listener of %s failed", self.name)


def _messages() -> Event[[int]]:
    return Event("messages_arrived")


def _members() -> Event[[]]:
    return Event("members_changed")


@dataclass(frozen=True)
class ServiceEvents:
    # New messages reached the inbox (IMAP or Matrix DMs): how many.
    messages_arrived: Event[[int]] = field(default_factory=_messages)
    # People joined, left or changed role in linked groups (member counts changed).
    members_changed: Event[[]] = field(default_factory=_members)


__all__ = ["Event", "ServiceEvents"]
