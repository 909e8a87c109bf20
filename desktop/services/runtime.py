"""One running workspace: its services and every background loop, for the window and the
worker alike (``shequn worker`` runs exactly what the window runs, without the window).

The loops: the dispatcher (sends what the outbox holds), the IMAP poller (mail into the
inbox), the Matrix syncer (joins, leaves, DMs; lifts mutes that ran out), the welcome runner
(enrols newcomers, queues their steps) and the janitor (lifecycle, greetings, archiving).
Given an address to listen on, the worker also runs its HTTP server (``services/web``): the
callbacks and pages the outside world reaches.
They all live on the caller's running asyncio loop (qasync in the window, plain asyncio in
the worker).
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.config import Paths
    from desktop.services.container import Services
    from desktop.services.sending.dispatcher import DispatcherConfig
    from desktop.services.web import WebListener

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackgroundLoop:
    name: str
    start: Callable[[], object]  # may return an awaitable (it is then awaited)
    stop: Callable[[], Awaitable[None]]


class Runtime:
    def __init__(self, services: Services, *, listen: tuple[str, int] | None = None) -> None:
        self.services = services
        self.listen = listen
        self._stopped = False

    @cached_property
    def web(self) -> WebListener | None:
        """The HTTP server, when asked to listen (``shequn worker --listen``)."""
        if self.listen is None:
            return None
        from desktop.services.web import WebListener, build_sites

        host, port = self.listen
        return WebListener(host, port, build_sites(self.services))

    @cached_property
    def loops(self) -> tuple[BackgroundLoop, ...]:
        """Built when first asked for (at start): building the loops' services imports
        most of the app, which the window's first paint must not wait for."""
        s = self.services
        # Started in this order, stopped in the reverse one: the dispatcher stops last, so
        # what the other loops queue while stopping is still handed back cleanly.
        loops = [
            BackgroundLoop("dispatcher", s.dispatcher.start, s.dispatcher.stop),
            BackgroundLoop("imap", s.inbox_poller.start, s.inbox_poller.stop),
            BackgroundLoop("matrix", s.matrix_syncer.start, s.matrix_syncer.stop),
            BackgroundLoop("welcome", s.welcome_runner.start, s.welcome_runner.stop),
            BackgroundLoop("janitor", s.janitor.start, s.janitor.stop),
            BackgroundLoop("wecom", s.wecom_loop.start, s.wecom_loop.stop),
            BackgroundLoop("live", s.live_feed.start, s.live_feed.stop),
            # Stopped before the others: its last word is "the worker stops" (issue 17).
            BackgroundLoop("alerts", s.alert_loop.start, s.alert_loop.stop),
        ]
        if self.web is not None:
            # Last to start, first to stop: callbacks arrive only once their handlers' loops
            # run, and stop arriving before those loops wind down.
            loops.append(BackgroundLoop("web", self.web.start, self.web.stop))
        return tuple(loops)

    @classmethod
    def open(
        cls,
        paths: Paths,
        *,
        dispatcher_config: DispatcherConfig | None = None,
        listen: tuple[str, int] | None = None,
    ) -> Runtime:
        """Open the workspace (migrating it) and build its services; no loop runs yet."""
        from desktop.services.container import Services
        from desktop.services.workspace.service import open_workspace

        opened = open_workspace(paths)
        try:
            return cls(
                Services.build(paths, opened, dispatcher_config=dispatcher_config), listen=listen
            )
        except BaseException:
            opened.db.dispose()
            raise

    async def start_all(self) -> None:
        """Start every loop on the running asyncio loop (not after ``stop_all``)."""
        if self._stopped:
            return
        for loop in self.loops:
            if self._stopped:  # the window closed while the loops were starting
                return
            started = loop.start()
            # The account loops' start is a coroutine (it reads the accounts first); the
            # task other loops' ``start()`` returns is theirs and left running.
            if inspect.iscoroutine(started):
                await started
            log.info("%s loop started", loop.name)

    async def stop_all(self) -> None:
        """Stop every loop, whether or not it was started; each finishes what it is doing."""
        self._stopped = True
        if "loops" not in self.__dict__:
            return  # never started: nothing to build just to stop it
        for loop in reversed(self.loops):
            try:
                await loop.stop()
            except Exception:  # one loop's failure must not leave the others running
                log.exception("%s loop did not stop cleanly", loop.name)

    async def drain(self) -> None:
        """Send what is due and return once nothing is left to send (``worker --drain``)."""
        dispatcher = self.services.dispatcher
        try:
            await dispatcher.run(until_idle=True)
        finally:
            await dispatcher.stop()

    def close(self) -> None:
        self.services.close()


__all__ = ["BackgroundLoop", "Runtime"]
