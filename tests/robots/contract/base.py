"""What every contract receiver shares: an aiohttp server on its own thread, a record of what
arrived, and a sliding-window rate limiter."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Arrival:
    key: str
    body: dict[str, Any]
    at: float
    files: tuple[str, ...] = ()


@dataclass
class Window:
    """At most ``limit`` requests per key in any ``seconds`` (0 = unlimited)."""

    limit: int
    seconds: float
    _seen: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def allow(self, key: str, now: float) -> bool:
        if self.limit <= 0:
            return True
        seen = self._seen[key]
        while seen and now - seen[0] >= self.seconds:
            seen.popleft()
        if len(seen) >= self.limit:
            return False
        seen.append(now)
        return True

    def reset_after(self, key: str, now: float) -> float:
        seen = self._seen[key]
        return max(0.0, self.seconds - (now - seen[0])) if seen else 0.0

    def remaining(self, key: str) -> int:
        return max(0, self.limit - len(self._seen[key]))


class Receiver:
    """Subclasses add routes in ``routes`` and call ``arrived`` for accepted messages."""

    def __init__(self) -> None:
        self.arrivals: list[Arrival] = []
        self.refusals: list[tuple[str, str]] = []  # (key, the answer sent)
        self.lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.origin = ""
        # Called with the count of arrivals so far, after each one (a test kills a worker).
        self.on_arrival: Callable[[int], None] | None = None

    def routes(self, app: web.Application) -> None:
        raise NotImplementedError

    def arrived(self, key: str, body: dict[str, Any], files: tuple[str, ...] = ()) -> None:
        with self.lock:
            self.arrivals.append(Arrival(key, body, time.time(), files))
            n = len(self.arrivals)
        if self.on_arrival is not None:
            self.on_arrival(n)

    def refused(self, key: str, answer: web.Response) -> web.Response:
        with self.lock:
            self.refusals.append((key, answer.text or ""))
        return answer

    def bodies(self, key: str | None = None) -> list[dict[str, Any]]:
        with self.lock:
            return [a.body for a in self.arrivals if key is None or a.key == key]

    def start(self) -> str:
        ready = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            app = web.Application(client_max_size=8 * 1024 * 1024)
            self.routes(app)
            runner = web.AppRunner(app)
            loop.run_until_complete(runner.setup())
            site = web.TCPSite(runner, "127.0.0.1", 0)
            loop.run_until_complete(site.start())
            port = runner.addresses[0][1]
            self.origin = f"http://127.0.0.1:{port}"
            self._runner = runner
            ready.set()
            loop.run_forever()
            loop.run_until_complete(runner.cleanup())
            loop.close()

        self._thread = threading.Thread(target=run, daemon=True, name=type(self).__name__)
        self._thread.start()
        ready.wait(10)
        return self.origin

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(10)


def json_answer(data: dict[str, Any], status: int = 200, **headers: str) -> web.Response:
    return web.Response(
        text=json.dumps(data, ensure_ascii=False),
        status=status,
        content_type="application/json",
        headers=headers,
    )


async def read_json(request: web.Request) -> dict[str, Any] | None:
    try:
        data = await request.json()
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None
