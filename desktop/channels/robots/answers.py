"""Reading a robot's HTTP answer: the shared part of every platform's ``parse``."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from desktop.channels.base import AuthError, PermanentError, SendResult, Sent, TemporaryError


@dataclass(frozen=True)
class HttpAnswer:
    status: int
    headers: Mapping[str, str]
    text: str

    def json(self) -> dict[str, Any]:
        try:
            data = json.loads(self.text)
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def header_float(self, name: str) -> float | None:
        value = self.headers.get(name)
        try:
            return float(value) if value is not None else None
        except ValueError:
            return None


def verbatim(answer: HttpAnswer) -> str:
    """The platform's own words, as the operator should see them (trimmed, never rephrased)."""
    body = answer.text.strip() or "(empty answer)"
    return f"HTTP {answer.status}: {body[:400]}"


def rate_limited(answer: HttpAnswer, seconds: float) -> TemporaryError:
    return TemporaryError(
        verbatim(answer), retry_after=timedelta(seconds=max(0.0, seconds)), rate_limited=True
    )


def by_http_status(answer: HttpAnswer) -> SendResult | None:
    """What the status alone decides (server trouble, throttling); None = read the body."""
    if answer.status == 429:
        retry = answer.header_float("Retry-After")
        return rate_limited(answer, retry if retry is not None else 1.0)
    if answer.status >= 500:
        return TemporaryError(verbatim(answer))
    return None


def broken(answer: HttpAnswer) -> AuthError:
    """The robot itself is unusable (removed, bad key or secret, keyword): a person fixes it."""
    return AuthError(verbatim(answer))


def rejected(answer: HttpAnswer) -> PermanentError:
    """This one message was refused (its shape or size); the robot stays usable."""
    return PermanentError(verbatim(answer))


def sent(external_id: str | None = None) -> Sent:
    return Sent(external_id)
