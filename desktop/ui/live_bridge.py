"""Open views follow what teammates (and the worker) commit: the live feed, on the UI side.

The feed's listeners run on the asyncio loop's thread; the bridge re-emits each change as a
Qt signal and hands it to the views watching that table. A view gets the changes once per
turn of the event loop however many arrived in it (a burst costs one update), and not
this client's own writes, which it already shows. The status bar says when the feed lost
its connection and is polling.

What refreshes how (wired in ``ui/window_live.py`` ``WindowLive``):

- inbox list ← conversations: the named conversations are re-read by id with the filter
  shown and patched in place (updated, moved to their place, removed when they left the
  filter, inserted in order); open thread ← messages: new ones appended, its header
  follows the conversation; ← deliveries: its replies show their new state
  (``ui/inbox/live.py``);
- outbox window and to-do dock ← deliveries: the named deliveries re-read by id, updated
  in place (``OutboxWindow.apply_changes``, ``ManualTodoPanel.apply_changes``);
- groups list ← groups, memberships (their groups' member counts) and members list ←
  members, member_contacts: the named rows re-read by id and patched in
  (``ui/groups/live.py``, ``ui/members/live.py``);
- calendar week ← posts, deliveries, groups and templates ← welcome_journeys,
  welcome_steps: the view re-reads what it shows (one week; the journeys).

Patching (``ui/common/live_rows.py``) never resets a model, so the selection, the scroll
position, an open form and the reply being typed stay. A change without ids (a bulk
statement) or naming more than ``live_ids.MANY`` rows reloads the list instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.live import Change, FeedStatus, LiveFeed


@dataclass
class _Watch:
    tables: frozenset[str]
    refresh: Callable[[list[Change]], None]
    pending: list[Change] = field(default_factory=list)


class LiveBridge(QObject):
    changed = Signal(object)  # a Change, on the UI thread
    status = Signal(str)  # a FeedStatus value

    def __init__(self, feed: LiveFeed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.me = feed.identity.client
        self._watches: list[_Watch] = []
        self.changed.connect(self._route)
        # Emitting a Qt signal is safe from any thread; the slots run on ours.
        self._unsubscribe = [
            feed.changes.subscribe(self.changed.emit),
            feed.status_changed.subscribe(lambda s: self.status.emit(s.value)),
        ]
        self.destroyed.connect(_Stop(self._unsubscribe))

    def watch(
        self, tables: Iterable[str], refresh: Callable[[list[Change]], None]
    ) -> Callable[[], None]:
        """Call ``refresh(changes)`` after others change one of ``tables``; returns the
        call that stops watching."""
        entry = _Watch(frozenset(tables), refresh)
        self._watches.append(entry)
        return lambda: self._watches.remove(entry) if entry in self._watches else None

    def _route(self, change: Change) -> None:
        if change.author == self.me:
            return
        for entry in self._watches:
            if change.table in entry.tables:
                if not entry.pending:  # the first of a burst: refresh once the burst is in
                    QTimer.singleShot(0, lambda e=entry: self._flush(e))
                entry.pending.append(change)

    def _flush(self, entry: _Watch) -> None:
        changes, entry.pending = entry.pending, []
        if changes and entry in self._watches:
            entry.refresh(changes)


class _Stop:
    def __init__(self, calls: list[Callable[[], None]]) -> None:
        self.calls = calls

    def __call__(self, *_args: object) -> None:
        for call in self.calls:
            call()
        self.calls.clear()


class LiveStatusLabel(QLabel):
    """The status bar's word on live updates: silent while live, a warning while polling."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStatus")
        self._status = FeedStatus.STOPPED
        self.hide()

    def show_status(self, value: str) -> None:
        self._status = FeedStatus(value)
        self.retranslate()

    def retranslate(self) -> None:
        if self._status == FeedStatus.POLLING:
            self.setText(self.tr("Live updates interrupted: checking every second, reconnecting…"))
            self.setStyleSheet("color: #b45309;")
            self.show()
        else:
            self.hide()
