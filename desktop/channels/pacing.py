"""Per-account pacing: a token bucket (rate, burst) that also honours a server's retry-after."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


class TokenBucket:
    """``rate`` sends per second on average, ``burst`` at once; rate <= 0 means unpaced."""

    def __init__(
        self,
        rate: float,
        burst: int = 1,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rate = rate
        self.burst = max(1, burst)
        self._clock = clock
        self._tokens = float(self.burst)
        self._stamp = clock()
        self._blocked_until = 0.0

    def _refill(self, now: float) -> None:
        if self.rate > 0:
            self._tokens = min(self.burst, self._tokens + (now - self._stamp) * self.rate)
        self._stamp = now

    def defer(self, seconds: float) -> None:
        """The server said "not before N seconds": nothing leaves until then."""
        self._blocked_until = max(self._blocked_until, self._clock() + max(0.0, seconds))

    def blocked_for(self) -> float:
        return max(0.0, self._blocked_until - self._clock())

    def wait_time(self) -> float:
        """Seconds until a token is available (0 = now); takes nothing."""
        now = self._clock()
        blocked = max(0.0, self._blocked_until - now)
        if self.rate <= 0:
            return blocked
        self._refill(now)
        missing = max(0.0, 1.0 - self._tokens)
        return max(blocked, missing / self.rate)

    def try_take(self) -> bool:
        if self.wait_time() > 0:
            return False
        if self.rate > 0:
            self._tokens -= 1.0
        return True

    async def take(self) -> None:
        """Wait for a token and take it."""
        while not self.try_take():
            await asyncio.sleep(self.wait_time())
