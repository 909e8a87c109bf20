"""Posts to WeCom customer groups as 群发 tasks (``add_msg_template``, W/92135).

Nothing is posted silently: a task waits until the group's owner confirms it in the WeCom
client, so each message's result is ``Awaiting(msgid)``, followed up later by the services.
A batch is grouped by (owner, text): one task carries all of an owner's groups for the
same post (≤ 2000 chats), and owners are served on a few concurrent lanes over one
keep-alive connection pool and one cached token.

Each task must exist once, even when the worker dies between WeCom creating it and the
outbox recording it (the delivery row stays claimed, and is claimed again after its lease).
So before the first task of an owner, this channel reads the owner's recent tasks
(``get_groupmsg_list_v2`` + ``get_groupmsg_send_result``, W/93338) and answers the groups
a matching task already covers with that task's msgid instead of creating another.
The same holds when ``add_msg_template`` gets no answer (timeout, dropped connection): it
is not sent again; the batch's groups come back as temporary errors and the owner's tasks
are read again before the next attempt, which then reuses the msgid if WeCom made it.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import defaultdict
from dataclasses import dataclass, field

from desktop.channels.base import (
    AuthError,
    Awaiting,
    Capability,
    OutgoingMessage,
    PermanentError,
    SendResult,
    TemporaryError,
)
from desktop.channels.pacing import TokenBucket
from desktop.channels.wecom import api
from desktop.channels.wecom.client import Retry, WeComClient
from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import AccountSettings
from desktop.domain.enums import ChannelKind

log = logging.getLogger(__name__)

LANES = 4
RECONCILE_WINDOW_S = 24 * 3600
AWAITING_REASON = "waiting for owner confirmation"
NOTICES_PER_MIN = 30  # message/send per member (W/90236)


def failure(e: WeComError) -> SendResult:
    if e.is_auth:
        return AuthError(e.message)
    if e.is_temporary:
        return TemporaryError(e.message, account_wide=e.unreachable)
    return PermanentError(e.message)


@dataclass
class _Known:
    """Tasks already in WeCom for one owner: (text, chat) → msgid, consumed when used."""

    by_text_chat: dict[tuple[str, str], str] = field(default_factory=dict)


class WeComGroupChannel:
    kind = ChannelKind.WECOM
    capabilities = Capability.POST_TO_GROUP | Capability.LIST_MEMBERS

    def __init__(
        self,
        settings: AccountSettings,
        secret: str | None,
        *,
        retry: Retry | None = None,
        notify_owner: bool = True,
        timeout_s: float = 20.0,
    ) -> None:
        if not secret:
            raise ValueError("the WeCom app has no secret stored")
        self.client = WeComClient(
            settings.app(secret), base_url=settings.base_url, retry=retry, timeout_s=timeout_s
        )
        self.notify_owner = notify_owner
        self._owners: dict[str, str] = {}  # chat_id → owner userid
        self._known: dict[str, _Known] = {}
        # (msgid, chat) already answered in this channel's life: a second reconcile of the
        # owner must not hand them to another delivery with the same text.
        self._answered: set[tuple[str, str]] = set()
        self._notices: dict[str, TokenBucket] = {}  # owner → message/send allowance

    async def close(self) -> None:
        await self.client.close()

    async def send(self, message: OutgoingMessage) -> SendResult:
        return (await self.send_many([message]))[0]

    async def send_many(self, messages: list[OutgoingMessage]) -> list[SendResult]:
        results: list[SendResult | None] = [None] * len(messages)
        try:
            await self._resolve_owners({m.recipient for m in messages})
        except WeComError as e:
            return [failure(e)] * len(messages)
        by_owner: dict[str, list[int]] = defaultdict(list)
        for i, m in enumerate(messages):
            owner = self._owners.get(m.recipient)
            if owner is None:
                results[i] = PermanentError(f"no WeCom customer group {m.recipient}")
            else:
                by_owner[owner].append(i)
        lanes = asyncio.Semaphore(LANES)

        async def serve(owner: str, idx: list[int]) -> None:
            async with lanes:
                await self._owner_batch(owner, [(i, messages[i]) for i in idx], results)

        await asyncio.gather(*(serve(o, idx) for o, idx in by_owner.items()))
        return [r if r is not None else TemporaryError("not attempted") for r in results]

    async def _resolve_owners(self, chat_ids: set[str]) -> None:
        missing = [c for c in chat_ids if c and c not in self._owners]
        lanes = asyncio.Semaphore(LANES)

        async def one(chat_id: str) -> None:
            async with lanes:
                try:
                    chat = await api.get_group_chat(self.client, chat_id)
                except WeComError as e:
                    if e.errcode == 40050:  # the group is gone
                        return
                    raise
                self._owners[chat_id] = chat.owner

        await asyncio.gather(*(one(c) for c in missing))

    def remember_owner(self, chat_id: str, owner: str) -> None:
        """The services know owners from the last sync: spares a groupchat/get each."""
        self._owners[chat_id] = owner

    async def _reconcile(self, owner: str) -> _Known:
        known = self._known.get(owner)
        if known is not None:
            return known
        known = _Known()
        end = int(time.time()) + 60
        cursor = ""
        while True:
            msgs, cursor = await api.list_group_msgs(
                self.client, end - RECONCILE_WINDOW_S, end, creator=owner, cursor=cursor
            )
            for msg in msgs:
                if msg.create_type != 0:
                    continue
                for sent in await api.get_group_msg_send_result(self.client, msg.msgid, owner):
                    if (msg.msgid, sent.chat_id) in self._answered:
                        continue
                    known.by_text_chat.setdefault((msg.text, sent.chat_id), msg.msgid)
            if not cursor:
                break
        self._known[owner] = known
        return known

    async def _owner_batch(
        self,
        owner: str,
        items: list[tuple[int, OutgoingMessage]],
        results: list[SendResult | None],
    ) -> None:
        try:
            known = await self._reconcile(owner)
        except WeComError as e:
            for i, _ in items:
                results[i] = failure(e)
            return
        by_text: dict[str, list[tuple[int, str]]] = defaultdict(list)
        for i, m in items:
            msgid = known.by_text_chat.pop((m.text, m.recipient), None)
            if msgid is not None:
                self._answered.add((msgid, m.recipient))
                results[i] = Awaiting(msgid, AWAITING_REASON)  # created before a crash
            else:
                by_text[m.text].append((i, m.recipient))
        tasks = groups = 0
        for text, targets in by_text.items():
            for start in range(0, len(targets), api.MAX_CHATS_PER_TASK):
                chunk = targets[start : start + api.MAX_CHATS_PER_TASK]
                made, covered = await self._create(owner, text, chunk, results)
                tasks, groups = tasks + made, groups + covered
        await self._notify(owner, tasks, groups)

    async def _create(
        self,
        owner: str,
        text: str,
        targets: list[tuple[int, str]],
        results: list[SendResult | None],
    ) -> tuple[int, int]:
        """Creates one task; answers (tasks made, groups in it)."""
        chats = list(dict.fromkeys(chat for _, chat in targets))
        try:
            made = await api.add_group_msg_template(self.client, owner, chats, text)
        except WeComError as e:
            if e.outcome_unknown:
                # WeCom may have made the task: read the owner's tasks before trying again.
                self._known.pop(owner, None)
                for i, _ in targets:
                    results[i] = TemporaryError(e.message)
                return 0, 0
            for i, _ in targets:
                results[i] = failure(e)
            return 0, 0
        failed = set(made.fail_list)
        for i, chat in targets:
            if chat in failed or not made.msgid:
                results[i] = PermanentError(
                    "WeCom refused this group for the task: it may have reached its monthly "
                    "群发 limit or no longer be a customer group"
                )
            else:
                self._answered.add((made.msgid, chat))
                results[i] = Awaiting(made.msgid, AWAITING_REASON)
        if not made.msgid:
            return 0, 0
        return 1, len(chats) - len(failed)

    async def _notify(self, owner: str, tasks: int, groups: int) -> None:
        """One notice per owner and batch; WeCom drops a member's app messages past 30 a
        minute without saying so, so past that the owner sees the tasks in the client."""
        if not self.notify_owner or tasks == 0:
            return
        bucket = self._notices.setdefault(owner, TokenBucket(NOTICES_PER_MIN / 60, NOTICES_PER_MIN))
        if not bucket.try_take():
            log.info("owner notice to %s skipped: 30 a minute already sent", owner)
            return
        what = "一条群发任务" if tasks == 1 else f"{tasks} 条群发任务"
        try:
            await api.notify_staff(
                self.client, owner, f"有{what}等待您确认发送({groups} 个客户群)。"
            )
        except WeComError as e:  # a notice is a courtesy: the task stands without it
            log.info("owner notice to %s failed: %s", owner, e.message)
