"""Talking to a homeserver: nio's client set up for us, errors mapped, sign-in.

Built on matrix-nio's AsyncClient with encryption off (no python-olm). nio's own retry
loops are switched off (``max_limit_exceeded=0``, ``max_timeouts=0``): a 429 or an outage
comes back to us at once, so the dispatcher's pacer and backoff decide when to retry
instead of a send hanging inside nio. Endpoints nio has no method for (account data,
full room state, /sync as raw JSON) go through ``_request`` on nio's HTTP session.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable
from typing import Any, TypeVar
from urllib.parse import quote, urlencode

import aiohttp
from nio import (
    AsyncClient,
    AsyncClientConfig,
    ErrorResponse,
    LoginResponse,
    WhoamiResponse,
)

from desktop.channels.matrix_types import (
    MatrixAuthError,
    MatrixConfig,
    MatrixError,
    MatrixUnavailable,
    classify,
)

R = TypeVar("R")
API = "/_matrix/client/v3"
NETWORK_ERRORS = (aiohttp.ClientError, TimeoutError, OSError)


def _client(homeserver: str, user_id: str, device_id: str, timeout: float) -> AsyncClient:
    config = AsyncClientConfig(
        encryption_enabled=False,
        store_sync_tokens=False,
        max_limit_exceeded=0,
        max_timeouts=0,
        request_timeout=timeout,
    )
    return AsyncClient(homeserver.rstrip("/"), user_id, device_id=device_id or None, config=config)


async def _call(homeserver: str, pending: Awaitable[Any], ok: type[R]) -> R:
    """Await a nio call; raise the matching MatrixError unless the response is ``ok``."""
    try:
        resp = await pending
    except NETWORK_ERRORS as e:
        raise MatrixUnavailable(f"cannot reach {homeserver}: {e or type(e).__name__}") from e
    if isinstance(resp, ok):
        return resp
    if isinstance(resp, ErrorResponse):
        raise classify(resp)
    raise MatrixError(f"unexpected reply {type(resp).__name__}")


async def login(
    homeserver: str,
    user_id: str,
    password: str,
    device_id: str = "",
    device_name: str = "Shequn Desk",
) -> tuple[str, str]:
    """Password → (access_token, device_id). Passing the saved device id keeps the same
    device, so transaction-id dedup and read markers carry over."""
    client = _client(homeserver, user_id, device_id, 30.0)
    try:
        try:
            resp = await _call(homeserver, client.login(password, device_name), LoginResponse)
        except MatrixError as e:
            if e.errcode == "M_FORBIDDEN" or e.status in (401, 403):
                raise MatrixAuthError(
                    f"login refused: {e}", status=e.status, errcode=e.errcode
                ) from e
            raise
        return resp.access_token, resp.device_id
    finally:
        await client.close()


def path_of(*segments: str, query: dict[str, str] | None = None) -> str:
    path = API + "".join("/" + quote(s, safe="") for s in segments)
    return f"{path}?{urlencode(query)}" if query else path


class MatrixHttp:
    """The HTTP side of a session: nio's client, error mapping, raw requests."""

    def __init__(self, config: MatrixConfig, access_token: str) -> None:
        self.config = config
        self._client = _client(config.homeserver, config.user_id, config.device_id, config.timeout)
        self._client.access_token = access_token
        self._client.user_id = config.user_id

    @property
    def user_id(self) -> str:
        return self.config.user_id

    async def _call(self, pending: Awaitable[Any], ok: type[R]) -> R:
        return await _call(self.config.homeserver, pending, ok)

    async def _raw(
        self, method: str, path: str, body: Any = None, timeout: float | None = None
    ) -> Any:
        """A request nio has no method for → the parsed JSON of a 2xx reply."""
        headers = {"Authorization": f"Bearer {self._client.access_token}"}
        data = None
        if body is not None:
            headers["Content-Type"] = "application/json"
            data = json.dumps(body)
        try:
            resp = await self._client.send(method, path, data, headers, timeout=timeout)
            raw = await resp.read()
        except NETWORK_ERRORS as e:
            raise MatrixUnavailable(
                f"cannot reach {self.config.homeserver}: {e or type(e).__name__}"
            ) from e
        try:
            parsed = json.loads(raw) if raw else None
        except ValueError:
            parsed = None
        if 200 <= resp.status < 300 and parsed is not None:
            return parsed
        error = ErrorResponse.from_dict(parsed if isinstance(parsed, dict) else {})
        raise classify(error, resp.status)

    async def _request(
        self, method: str, path: str, body: Any = None, timeout: float | None = None
    ) -> dict[str, Any]:
        parsed = await self._raw(method, path, body, timeout)
        if not isinstance(parsed, dict):
            raise MatrixError(f"unexpected reply to {method} {path.split('?')[0]}")
        return parsed

    async def whoami(self) -> str:
        return (await self._call(self._client.whoami(), WhoamiResponse)).user_id

    async def close(self) -> None:
        await self._client.close()
