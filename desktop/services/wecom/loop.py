"""``WeComLoop``: for each enabled WeCom app, every few minutes, the group comparison
(``groupchat/get`` snapshots: joins and leaves when no callback arrives), the 群发
tasks' follow-up (who confirmed) and the welcome templates of groups archived or deleted
in the app, deleted in WeCom. One failing account does not stop the others."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from desktop.services.wecom.accounts import WeComAccounts
from desktop.services.wecom.groups import WeComGroups
from desktop.services.wecom.sync import WeComSync
from desktop.services.wecom.tasks import WeComTasks

log = logging.getLogger(__name__)


class WeComLoop:
    def __init__(
        self,
        accounts: WeComAccounts,
        sync: WeComSync,
        tasks: WeComTasks,
        groups: WeComGroups,
        *,
        sync_every_s: float = 900.0,
        follow_up_every_s: float = 120.0,
    ) -> None:
        self.accounts = accounts
        self.sync = sync
        self.tasks = tasks
        self.groups = groups
        self.sync_every_s = sync_every_s
        self.follow_up_every_s = follow_up_every_s
        self._task: asyncio.Task[None] | None = None
        self._stop: asyncio.Event | None = None

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def start(self) -> asyncio.Task[None]:
        if self._task is None or self._task.done():
            self._stop = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self.run(), name="wecom")
        return self._task

    async def stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    async def run(self) -> None:
        assert self._stop is not None
        since_sync = self.sync_every_s  # sync at start
        while not self._stop.is_set():
            await self.once(sync=since_sync >= self.sync_every_s)
            if since_sync >= self.sync_every_s:
                since_sync = 0.0
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=self.follow_up_every_s)
            since_sync += self.follow_up_every_s

    async def once(self, *, sync: bool) -> None:
        """One round over the enabled apps."""
        accounts = [a for a in await asyncio.to_thread(self.accounts.list) if a.enabled]
        for a in accounts:
            if not a.has_secret:
                continue
            try:
                if sync:
                    await self.sync.sync(a.id)
                await self.tasks.follow_up(a.id)
                await self.groups.release_templates(a.id)
            except Exception as e:  # shown through the account's sync state
                log.warning("WeCom account %s: %s", a.id, e)
