"""Retry timing for temporary send failures: capped exponential backoff with jitter.

Jitter spreads the retries of many deliveries that failed together (a server outage) so
they do not all hit the server again in the same second. The random source is injected
so tests can pin it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class RetryPolicy:
    base: timedelta = timedelta(seconds=30)
    cap: timedelta = timedelta(hours=1)
    max_attempts: int = 10  # a temporary error after this many attempts fails the delivery
    jitter: float = 0.5  # share of the delay that is random: 0 = none, 1 = "full jitter"

    def __post_init__(self) -> None:
        if self.base <= timedelta(0) or self.cap < self.base:
            raise ValueError("need 0 < base <= cap")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter is a share between 0 and 1")
        if self.max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")


def backoff_delay(attempt: int, policy: RetryPolicy, rand: Callable[[], float]) -> timedelta:
    """Delay before retry number ``attempt`` (1 = the first retry).

    The ceiling doubles per attempt up to ``cap``; the delay lies in
    ``[ceiling * (1 - jitter), ceiling]`` so it never exceeds the cap.
    """
    if attempt < 1:
        raise ValueError("attempt counts from 1")
    # Compare in seconds before multiplying so a huge attempt number cannot overflow.
    exp = min(attempt - 1, 62)
    ceiling = min(policy.cap.total_seconds(), policy.base.total_seconds() * (2**exp))
    r = min(max(rand(), 0.0), 1.0)
    seconds = ceiling * (1.0 - policy.jitter) + ceiling * policy.jitter * r
    return timedelta(seconds=seconds)


def retry_delay(
    attempt: int,
    policy: RetryPolicy,
    rand: Callable[[], float],
    retry_after: timedelta | None = None,
) -> timedelta:
    """Backoff, but never sooner than the server asked for (its ``retry_after``)."""
    delay = backoff_delay(attempt, policy, rand)
    if retry_after is not None and retry_after > delay:
        return retry_after
    return delay


def gives_up(attempts: int, policy: RetryPolicy) -> bool:
    """True when ``attempts`` failed tries are all the policy allows."""
    return attempts >= policy.max_attempts
