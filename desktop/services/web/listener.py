"""The worker's one HTTP server: everything outside the app talks to it (WeCom callbacks,
the pages members open, health checks). ``shequn worker --listen HOST:PORT`` runs it; a
team puts it behind its HTTPS reverse proxy.

Features contribute routes through ``Site`` objects (see ``sites.py``) instead of this
module knowing them, so a new channel adds its callback URL without touching the server.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger

log = logging.getLogger(__name__)

# Callback bodies and member forms are small; a large body is an attack, not a message.
MAX_BODY_BYTES = 1 << 20
# Member links carry their credential in the path (/m/c/<token>): never into the logs.
_SECRET_PATH = re.compile(r"(/m/[a-z]/)[^/?\s]+")


class RedactingAccessLogger(AbstractAccessLogger):
    def log(self, request: web.BaseRequest, response: web.StreamResponse, time: float) -> None:
        path = _SECRET_PATH.sub(r"\1…", request.path)
        self.logger.info(
            "%s %s %s %s %.1fms", request.remote, request.method, path, response.status, time * 1000
        )


@dataclass(frozen=True)
class Site:
    """One feature's part of the server: a name for the logs and what it adds to the app."""

    name: str
    install: Callable[[web.Application], None]
    # Told the address once the server listens (e.g. member pages' links use it).
    started: Callable[[str], Awaitable[None]] | None = None


def parse_listen(text: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:8080`` for IPv6) → (host, port); ValueError with the reason."""
    host, sep, port_text = text.rpartition(":")
    if not sep or not host or not port_text.isdigit():
        raise ValueError(f"expected HOST:PORT, got {text!r}")
    port = int(port_text)
    if not 0 <= port <= 65535:
        raise ValueError(f"port out of range: {port}")
    return host.strip("[]"), port


class WebListener:
    def __init__(self, host: str, port: int, sites: Iterable[Site] = ()) -> None:
        self.host = host
        self.port = port
        self.app = web.Application(client_max_size=MAX_BODY_BYTES)
        self.sites = tuple(sites)
        for site in self.sites:
            site.install(self.app)
        self._runner: web.AppRunner | None = None

    @property
    def base_url(self) -> str:
        """Where the server answers (the real port once started, when asked for port 0)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def start(self) -> None:
        if self._runner is not None:
            return
        runner = web.AppRunner(self.app, access_log=log, access_log_class=RedactingAccessLogger)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        if runner.addresses:  # the port the system chose when asked for port 0
            self.port = int(runner.addresses[0][1])
        log.info("listening on %s (%s)", self.base_url, ", ".join(s.name for s in self.sites))
        for each in self.sites:
            if each.started is not None:
                try:
                    await each.started(self.base_url)
                except Exception:  # one feature's bookkeeping must not stop the server
                    log.exception("site %s: start hook failed", each.name)

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()


__all__ = ["MAX_BODY_BYTES", "Site", "WebListener", "parse_listen"]
