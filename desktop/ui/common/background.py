"""The one way the UI works off its thread: a read whose rows come back, a change that
reports success or failure, an async call (network) on the running asyncio loop, and a
long job with progress and cancel. Every callback runs on the UI thread.

Plain Qt signals carry the results back, so it works the same under the app's qasync
loop and under pytest-qt's plain Qt loop. Async calls go to the running qasync loop
when there is one; otherwise (tests, a dialog opened before the loop starts) to one
long-lived side loop on its own thread, never a new event loop per call, so clients
that keep connections (matrix-nio, aiosmtplib) are not torn down and rebuilt each time.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], object]  # what it returns is not used
Failed = Callable[[BaseException], None]
Progress = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[Progress, CancelCheck], Any]


class Background(QObject):
    """Blocking calls run one at a time on this object's worker thread, in the order they
    were asked (so SQLite sees one reader/writer from a window); results and errors come
    back on the thread the object lives in (the UI thread)."""

    def __init__(self, parent: QObject | None = None, *, workers: int = 1) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="shequn-ui")
        self._pending = 0
        self._life = _Life(self._pool)
        self._carrier = _relay()
        # The loop keeps only weak references to tasks: one nobody holds may vanish mid-call.
        self._tasks: set[asyncio.Future[Any]] = set()
        # Not a method of ``self``: Qt emits ``destroyed`` while this object is being torn
        # down, and a call into its own half-destroyed wrapper can crash.
        self.destroyed.connect(self._life.end)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def read(self, fn: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """A query: ``on_done(rows)``; a failure is logged unless ``on_error`` takes it."""
        self._submit(fn, on_done, on_error)

    def change(self, fn: Callable[[], Any], on_ok: Done, on_failed: Failed) -> None:
        """A write: the caller must say what the user sees when it fails."""
        self._submit(fn, on_ok, on_failed)

    def submit(
        self, fn: Callable[[], Any], on_done: Done | None = None, on_error: Failed | None = None
    ) -> None:
        """A blocking call whose result may be ignored (fire and report)."""
        self._submit(fn, on_done, on_error)

    def call(
        self,
        make: Callable[[], Awaitable[Any]],
        on_done: Done | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """An async call (network): scheduled on the running loop, or on the side loop."""
        self._pending += 1
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is not None:
            task = asyncio.ensure_future(_as_coroutine(make), loop=loop)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            task.add_done_callback(lambda t: self._relay_task(t, on_done, on_error))
            return
        future = asyncio.run_coroutine_threadsafe(_as_coroutine(make), side_loop())
        future.add_done_callback(lambda f: self._relay_future(f, on_done, on_error))

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)

    def _submit(self, fn: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        self._pending += 1
        future = self._pool.submit(fn)
        future.add_done_callback(lambda f: self._relay_future(f, on_done, on_error))

    def _relay_task(
        self, task: asyncio.Future[Any], on_done: Done | None, on_error: Failed | None
    ) -> None:
        exc = asyncio.CancelledError() if task.cancelled() else task.exception()
        if exc is not None:
            self._emit(on_error, exc, True)
        else:
            self._emit(on_done, task.result(), False)

    def _relay_future(
        self, future: Future[Any], on_done: Done | None, on_error: Failed | None
    ) -> None:
        exc = future.exception()
        self._emit(
            on_error if exc is not None else on_done, exc or future.result(), exc is not None
        )

    def _emit(self, callback: Callable[[Any], object] | None, value: Any, error: bool) -> None:
        # Worker threads signal the one long-lived relay, never this object: a widget (and
        # this object with it) may be deleted on the UI thread while the call runs, and
        # emitting on a QObject being destroyed from another thread crashes Qt.
        self._carrier.deliver.emit(lambda: self._deliver(callback, value, error))

    def _deliver(self, callback: Callable[[Any], object] | None, value: Any, error: bool) -> None:
        if not self._life.alive or not shiboken6.isValid(self):
            log.debug("background result dropped: receiver gone")
            return
        self._pending -= 1
        if error and callback is None:
            log.error("background call failed", exc_info=value)
            return
        if callback is not None:
            callback(value)


class _Life:
    """Whether a ``Background`` still stands, kept apart from the QObject itself."""

    def __init__(self, pool: ThreadPoolExecutor) -> None:
        self.alive = True
        self._pool = pool

    def end(self, *_args: object) -> None:
        self.alive = False
        self._pool.shutdown(wait=False)


class _Relay(QObject):
    """Carries results from worker threads to the UI thread; lives as long as the app."""

    deliver = Signal(object)  # a callable to run on the UI thread

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, job: Callable[[], None]) -> None:
        job()


_the_relay: _Relay | None = None


def _relay() -> _Relay:
    global _the_relay
    if _the_relay is None or not shiboken6.isValid(_the_relay):
        _the_relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _the_relay.moveToThread(app.thread())
    return _the_relay


async def _as_coroutine(make: Callable[[], Awaitable[Any]]) -> Any:
    return await make()


_side: asyncio.AbstractEventLoop | None = None
_side_lock = threading.Lock()


def side_loop() -> asyncio.AbstractEventLoop:
    """One asyncio loop on a daemon thread for async calls made with no running loop."""
    global _side
    with _side_lock:
        if _side is None:
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="shequn-async", daemon=True).start()
            _side = loop
        return _side


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
        self._task.run()


class Task:
    """One long job (file parsing, bulk writes) on Qt's thread pool: the work gets a
    progress callback and a cancel check and must not touch widgets. Keep a reference
    until it ends (its signals live on it)."""

    def __init__(self, work: Work, cancelled_exc: type[BaseException] | None = None) -> None:
        # Owned by the app-long relay, not by this Python object: the pool thread may drop
        # the last reference to the task, and a QObject of the UI thread must not be
        # deleted there. Long tasks are few (an import, an export), so they are kept.
        self.signals = TaskSignals(_relay())
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

    def run(self) -> None:
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
