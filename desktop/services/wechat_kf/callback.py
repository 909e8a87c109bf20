"""The ``kf_msg_or_event`` callback (W/94670): WeCom posts it to the self-built app's
callback URL (``/wecom/<account id>/callback``, services/wecom/site.py), which checks and
decrypts it (signature, age, corp ID, replays) and hands this event here by name.

The event carries only a ``Token`` (valid 10 minutes) and the ``OpenKfId``; the sync runs
behind the answer, because WeCom retries what it gets no "success" for within 5 s.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from desktop.channels.wecom.crypto import CallbackRejected, parse_xml

log = logging.getLogger(__name__)

EVENT = "kf_msg_or_event"


class KfCallback:
    def __init__(self, sync: Callable[[str, str], Awaitable[int]]) -> None:
        # (open_kfid, token) → messages stored (KfSync.on_callback).
        self.sync = sync
        self._tasks: set[asyncio.Task[int]] = set()

    async def handle(self, _account_id: int, plain: str) -> str:
        """A decrypted ``kf_msg_or_event``: start reading; the outcome noted on the event."""
        try:
            fields = parse_xml(plain)
        except CallbackRejected as e:
            return f"ignored: {e.reason}"
        open_kfid, token = fields.get("OpenKfId", ""), fields.get("Token", "")
        task = asyncio.ensure_future(self.sync(open_kfid, token))
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return f"kf sync started for {open_kfid}"

    def _done(self, task: asyncio.Task[int]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("kf sync after a callback failed: %s", task.exception())

    async def drain(self) -> None:
        """Wait for the syncs callbacks started (tests, shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)


__all__ = ["EVENT", "KfCallback"]
