"""The pages' guards: rate limits per IP and per link, CSRF tokens, security headers.

Links are the only credential, so every refusal looks the same (a plain 403) whatever the
reason: nobody learns whether a member exists.
"""

from __future__ import annotations

import hashlib
import hmac
import time
from collections.abc import Callable
from dataclasses import dataclass

# No inline script anywhere, styles from our own file only, no framing, no referrer: the
# token is in the address and must not leak to other sites.
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
}


@dataclass(frozen=True)
class Limits:
    per_ip: int = 300  # requests per window from one address
    per_token: int = 60  # requests per window on one link
    window: float = 60.0  # seconds


class RateLimiter:
    """Fixed-window counters; memory stays bounded by dropping the last window's keys."""

    def __init__(self, limits: Limits, clock: Callable[[], float] = time.monotonic) -> None:
        self.limits = limits
        self._clock = clock
        self._window_start = clock()
        self._counts: dict[str, int] = {}

    def allow(self, ip: str, token: str | None) -> bool:
        now = self._clock()
        if now - self._window_start >= self.limits.window:
            self._window_start, self._counts = now, {}
        ip_key = "i" + ip
        ip_count = self._counts.get(ip_key, 0) + 1
        self._counts[ip_key] = ip_count
        if ip_count > self.limits.per_ip:
            return False
        if token is None:
            return True
        token_key = "t" + token[-32:]  # the signature's end is unique enough per link
        token_count = self._counts.get(token_key, 0) + 1
        self._counts[token_key] = token_count
        return token_count <= self.limits.per_token


def csrf_token(key: bytes, link_token: str) -> str:
    """A form token bound to the link (and the signing key): a form from another member's
    page, or from before a key rotation, is refused."""
    return hmac.new(key, b"csrf:" + link_token.encode(), hashlib.sha256).hexdigest()[:32]


def csrf_ok(key: bytes, link_token: str, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(csrf_token(key, link_token), str(sent))


class Refused(Exception):
    """The request gets the plain refusal page with this status (a 404 shows as 403)."""

    def __init__(self, status: int = 403) -> None:
        super().__init__(status)
        self.status = status
