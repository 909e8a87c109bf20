"""Run blocking work (file parsing, bulk writes) on Qt's thread pool; results come back
to the UI thread as signals. The work gets a progress callback and a cancel check and
must not touch widgets (see Anki's background operations, Picard's thread helpers)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], Any]


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


class Task:
    """One background job. Keep a reference until ``done`` (its signals live on it)."""

    def __init__(self, work: Work, cancelled_exc: type[BaseException] | None = None) -> None:
        self.signals = TaskSignals()
        self._work = work
        self._cancel = threading.Event()
        self._cancelled_exc = cancelled_exc
        self.running = False

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self._cancel.is_set)
        except Exception as exc:  # every failure must reach the UI, as a signal
            self.running = False
            if self._cancelled_exc is not None and isinstance(exc, self._cancelled_exc):
                self.signals.cancelled.emit()
            else:
                log.exception("background task failed")
                self.signals.failed.emit(exc)
            return
        self.running = False
        self.signals.finished.emit(result)
