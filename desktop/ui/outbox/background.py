"""Run blocking calls (database queries, keyring) off the UI thread; results come back as
Qt signals, so they are handled on the UI thread whatever event loop drives Qt.

A plain Qt mechanism (not asyncio) on purpose: ``QAbstractItemModel.fetchMore`` and
button slots are synchronous, and this works the same under the app's qasync loop and
under pytest-qt's plain Qt loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class BackgroundCalls(QObject):
    """``submit(fn, on_done, on_error)``: ``fn`` runs on a worker thread, the callbacks on
    the thread this object lives in (the UI thread). One worker by default, so the calls
    of one window run in order and SQLite sees one reader/writer from it."""

    _finished = Signal(object, object, object)  # callback, result, is_error

    def __init__(self, parent: QObject | None = None, *, workers: int = 1) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="shequn-ui")
        self._pending = 0
        # Queued across threads by Qt: the slot always runs on this object's thread.
        self._finished.connect(self._deliver)
        self.destroyed.connect(lambda *_: self._pool.shutdown(wait=False))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        self._pending += 1
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._relay(f, on_done, on_error))

    def _relay(self, future: Future[Any], on_done: Done | None, on_error: Failed | None) -> None:
        exc = future.exception()
        try:
            if exc is not None:
                self._finished.emit(on_error, exc, True)
            else:
                self._finished.emit(on_done, future.result(), False)
        except RuntimeError:  # the receiver was deleted while the call ran
            log.debug("background result dropped: receiver gone")

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any, error: bool) -> None:
        self._pending -= 1
        if error and callback is None:
            log.error("background call failed", exc_info=value)
            return
        if callback is not None:
            callback(value)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
