"""Plain HTTP from the test (stdlib, redirects not followed), as a mail provider sends it."""

from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlencode


@dataclass(frozen=True)
class Reply:
    status: int
    headers: Message
    text: str


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def call(
    url: str,
    data: dict[str, str] | list[tuple[str, str]] | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    body = urlencode(data).encode() if data is not None else None
    req = urllib.request.Request(url, data=body, headers=headers or {})
    if body is not None:
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
    try:
        with _OPENER.open(req, timeout=10) as resp:
            return Reply(resp.status, resp.headers, resp.read().decode())
    except urllib.error.HTTPError as err:
        return Reply(err.code, err.headers, err.read().decode())
