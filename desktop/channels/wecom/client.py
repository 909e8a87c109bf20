"""``WeComClient``: the WeCom server API over one aiohttp keep-alive connection pool.

- Token: ``gettoken`` (https://developer.work.weixin.qq.com/document/path/91039), one per
  (corp ID, secret) held in a ``TokenCache`` shared by every client of the same app; on
  40014/42001 the call fetches a new token once and repeats, never in a loop.
- Limits (W/90454 频率限制): 45009 and 系统繁忙 (-1) wait and try again a bounded number of
  times (``Retry``), honouring the documented 60 s block when no shorter wait is set.
- Everything else becomes a ``WeComError`` with the code and an operator message.
- A call that is not safe to repeat (``repeatable=False``: ``add_msg_template`` makes a new
  task each time) is sent once when no answer comes back: a timeout, a dropped connection or
  a 5xx may mean WeCom acted, so the caller gets ``outcome_unknown`` and checks before
  sending again. Only a connection that never opened, or an errcode (WeCom said no), is
  tried again.

``base_url`` is injectable so tests point the client at the contract server.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp

from desktop.channels.wecom.errors import RATE_LIMITED, SERVER_BUSY, TOKEN_CODES, WeComError
from desktop.channels.wecom.types import AppConfig

BASE_URL = "https://qyapi.weixin.qq.com"
NETWORK_ERRORS = (aiohttp.ClientError, asyncio.TimeoutError, OSError)
EXPIRY_MARGIN_S = 300  # refresh a little before WeCom's expires_in runs out
MAX_IMAGE_BYTES = 2 * 1024 * 1024  # a 群活码 image is a few KB; anything huge is not one


@dataclass(frozen=True)
class Retry:
    """Bounded retries for rate limits, busy answers and an unreachable server."""

    attempts: int = 4
    first_delay_s: float = 1.0
    max_delay_s: float = 60.0

    def delay(self, attempt: int) -> float:
        return min(self.max_delay_s, self.first_delay_s * (2**attempt))


@dataclass
class _Token:
    value: str
    expires_at: float


class TokenCache:
    """Access tokens per (base URL, corp ID, secret); shared so a worker with several
    lanes (and the UI's connection test) fetch one token per app, not one per call."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._tokens: dict[tuple[str, str, str], _Token] = {}
        self._clock = clock
        self.fetches = 0

    def get(self, key: tuple[str, str, str]) -> str | None:
        token = self._tokens.get(key)
        if token is None or token.expires_at <= self._clock():
            return None
        return token.value

    def put(self, key: tuple[str, str, str], value: str, expires_in: int) -> None:
        self.fetches += 1
        lifetime = max(60, expires_in - EXPIRY_MARGIN_S)
        self._tokens[key] = _Token(value, self._clock() + lifetime)

    def drop(self, key: tuple[str, str, str], value: str) -> None:
        token = self._tokens.get(key)
        if token is not None and token.value == value:
            del self._tokens[key]


SHARED_TOKENS = TokenCache()


class WeComClient:
    def __init__(
        self,
        app: AppConfig,
        *,
        base_url: str = BASE_URL,
        tokens: TokenCache | None = None,
        retry: Retry | None = None,
        timeout_s: float = 20.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.app = app
        self.base_url = base_url.rstrip("/")
        self.tokens = tokens if tokens is not None else SHARED_TOKENS
        self.retry = retry or Retry()
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._sleep = sleep
        self._session: aiohttp.ClientSession | None = None
        self._token_lock: asyncio.Lock | None = None

    @property
    def _key(self) -> tuple[str, str, str]:
        return (self.base_url, self.app.corp_id, self.app.secret)

    async def __aenter__(self) -> WeComClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            # One keep-alive pool per client: batches reuse connections.
            connector = aiohttp.TCPConnector(limit=16, keepalive_timeout=60)
            self._session = aiohttp.ClientSession(timeout=self._timeout, connector=connector)
        return self._session

    # -- token ---------------------------------------------------------------
    async def token(self) -> str:
        cached = self.tokens.get(self._key)
        if cached is not None:
            return cached
        if self._token_lock is None:
            self._token_lock = asyncio.Lock()
        async with self._token_lock:  # concurrent lanes wait for one fetch
            cached = self.tokens.get(self._key)
            if cached is not None:
                return cached
            params = {"corpid": self.app.corp_id, "corpsecret": self.app.secret}
            data = await self._send("GET", "/cgi-bin/gettoken", params, None)
            value = str(data["access_token"])
            self.tokens.put(self._key, value, int(str(data.get("expires_in", 7200))))
            return value

    # -- the generic call ----------------------------------------------------
    async def call(
        self,
        method: str,
        path: str,
        json: Mapping[str, Any] | None = None,
        params: Mapping[str, str] | None = None,
        *,
        repeatable: bool = True,
    ) -> dict[str, Any]:
        """One API call with the app's token: refetch once on 40014/42001, back off on
        45009 / busy / unreachable within ``retry``; any other errcode raises. With
        ``repeatable=False`` a lost answer raises at once (``outcome_unknown``)."""
        refetched = False
        attempt = 0
        while True:
            token = await self.token()
            query = {"access_token": token, **(params or {})}
            try:
                return await self._send(method, path, query, json, repeatable=repeatable)
            except WeComError as e:
                if e.outcome_unknown:
                    raise
                if e.errcode in TOKEN_CODES and not refetched:
                    refetched = True
                    self.tokens.drop(self._key, token)
                    continue
                if not e.is_temporary or attempt + 1 >= self.retry.attempts:
                    raise
                await self._sleep(self.retry.delay(attempt))
                attempt += 1

    async def _send(
        self,
        method: str,
        path: str,
        params: Mapping[str, str],
        json: Mapping[str, Any] | None,
        *,
        repeatable: bool = True,
    ) -> dict[str, Any]:
        attempt = 0
        while True:
            try:
                async with self._http().request(
                    method, self.base_url + path, params=params, json=json
                ) as resp:
                    if resp.status >= 500:
                        raise WeComError(
                            0,
                            f"HTTP {resp.status}",
                            path=path,
                            unreachable=True,
                            outcome_unknown=not repeatable,
                        )
                    data = await resp.json(content_type=None)
            except (*NETWORK_ERRORS, ValueError) as e:
                # A connection that never opened carried no request: WeCom did nothing.
                sent = not isinstance(e, aiohttp.ClientConnectorError)
                err = WeComError(
                    0,
                    str(e) or type(e).__name__,
                    path=path,
                    unreachable=True,
                    outcome_unknown=sent and not repeatable,
                )
                if err.outcome_unknown or attempt + 1 >= self.retry.attempts:
                    raise err from e
                await self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            except WeComError as e:
                if e.outcome_unknown or attempt + 1 >= self.retry.attempts:
                    raise
                await self._sleep(self.retry.delay(attempt))
                attempt += 1
                continue
            if not isinstance(data, dict):
                raise WeComError(
                    0,
                    "reply is not a JSON object",
                    path=path,
                    unreachable=True,
                    outcome_unknown=not repeatable,
                )
            code = data.get("errcode", 0)
            if isinstance(code, int) and code != 0:
                busy = code in (RATE_LIMITED, SERVER_BUSY)
                if path == "/cgi-bin/gettoken" and busy and attempt + 1 < self.retry.attempts:
                    await self._sleep(self.retry.delay(attempt))
                    attempt += 1
                    continue
                raise WeComError(code, str(data.get("errmsg", "")), path=path)
            return data

    async def download(self, url: str) -> bytes:
        """An image WeCom links to (a 群活码's ``qr_code``): a plain GET, no token, over the
        same connection pool; an unreachable or failing (5xx) server is tried again."""
        attempt = 0
        while True:
            try:
                async with self._http().get(url) as resp:
                    status = resp.status
                    data = b""
                    async for chunk in resp.content.iter_chunked(64 * 1024):
                        data += chunk
                        if len(data) > MAX_IMAGE_BYTES:
                            break
            except NETWORK_ERRORS as e:
                status, data = 0, str(e).encode() or type(e).__name__.encode()
            if 0 < status < 500 or attempt + 1 >= self.retry.attempts:
                break
            await self._sleep(self.retry.delay(attempt))
            attempt += 1
        if status == 0:
            raise WeComError(0, data.decode(errors="replace"), path=url, unreachable=True)
        if status >= 400:
            raise WeComError(0, f"HTTP {status}", path=url, unreachable=status >= 500)
        if len(data) > MAX_IMAGE_BYTES:
            raise WeComError(0, "the image is too large", path=url)
        return data

    async def post(
        self, path: str, body: Mapping[str, Any], *, repeatable: bool = True
    ) -> dict[str, Any]:
        return await self.call("POST", path, body, repeatable=repeatable)
