"""Stop a running asyncio loop cleanly on SIGTERM / Ctrl+C, on every platform (shequn worker).

asyncio's ``loop.add_signal_handler`` exists only on Unix; on Windows it raises
NotImplementedError, so the plain ``signal.signal`` handler (Ctrl+C, Ctrl+Break, and the
SIGTERM of a service manager) hands the stop over to the loop's thread instead.
"""

from __future__ import annotations

import asyncio
import signal
from collections.abc import Callable


def stop_signals() -> tuple[signal.Signals, ...]:
    extra = getattr(signal, "SIGBREAK", None)  # Ctrl+Break: Windows only
    return (signal.SIGTERM, signal.SIGINT) + ((extra,) if extra is not None else ())


def on_stop_signal(loop: asyncio.AbstractEventLoop, callback: Callable[[], None]) -> None:
    for sig in stop_signals():
        try:
            loop.add_signal_handler(sig, callback)
        except NotImplementedError:
            signal.signal(sig, lambda _sig, _frame: loop.call_soon_threadsafe(callback))
