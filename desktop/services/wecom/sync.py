"""Reading a corp's customer groups: ``groupchat/list`` page by page, ``groupchat/get`` for
each (https://developer.work.weixin.qq.com/document/path/92120, /92122).

Without an owner filter a corp whose app sees more than 1,000 people gets 81017; then the
sync lists owner by owner, at most 100 owners per call, from the owners it already knows
plus those the operator names (``owners``). The same pass, repeated by ``WeComLoop``, is
the periodic comparison that catches joins and leaves when no callback URL is set up.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from desktop.channels.wecom import api
from desktop.channels.wecom.client import WeComClient
from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import GroupChat
from desktop.services.wecom.accounts import WeComAccounts
from desktop.services.wecom.ingest import Applied, WeComIngest
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import WeComChat, WeComSyncState

log = logging.getLogger(__name__)
LANES = 4
STORE_EVERY = 200  # snapshots per write transaction


@dataclass(frozen=True)
class SyncReport:
    chats: int
    joined: int
    left: int


@dataclass(frozen=True)
class ChatRow:
    chat_id: str
    name: str
    owner: str
    member_count: int
    group_id: int | None
    dismissed: bool


class WeComSync:
    def __init__(self, db: Database, accounts: WeComAccounts, ingest: WeComIngest) -> None:
        self.db = db
        self.accounts = accounts
        self.ingest = ingest

    def chats(self, account_id: int) -> list[ChatRow]:
        with self.db.read() as s:
            rows = s.scalars(
                select(WeComChat)
                .where(WeComChat.account_id == account_id)
                .order_by(WeComChat.name, WeComChat.chat_id)
            ).all()
            return [
                ChatRow(
                    r.chat_id,
                    r.name,
                    r.owner,
                    r.member_count,
                    r.group_id,
                    r.dismissed_at is not None,
                )
                for r in rows
            ]

    def known_owners(self, account_id: int) -> list[str]:
        with self.db.read() as s:
            return sorted(
                {
                    o
                    for o in s.scalars(
                        select(WeComChat.owner).where(WeComChat.account_id == account_id)
                    )
                    if o
                }
            )

    async def list_chat_ids(self, client: WeComClient, owners: Sequence[str] = ()) -> list[str]:
        try:
            return await self._list(client, [])
        except WeComError as e:
            if e.errcode != 81017 or not owners:
                raise
        ids: list[str] = []
        owner_list = list(owners)
        for start in range(0, len(owner_list), api.MAX_OWNERS_PER_LIST):
            ids += await self._list(client, owner_list[start : start + api.MAX_OWNERS_PER_LIST])
        return list(dict.fromkeys(ids))

    @staticmethod
    async def _list(client: WeComClient, owners: list[str]) -> list[str]:
        ids: list[str] = []
        cursor = ""
        while True:
            page = await api.list_group_chats(client, owners=owners, cursor=cursor, limit=1000)
            ids += [c.chat_id for c in page.chats]
            cursor = page.next_cursor
            if not cursor:
                return ids

    async def sync(self, account_id: int, owners: Sequence[str] = ()) -> SyncReport:
        """One full pass; the account's sync state says how it went."""
        try:
            client = await asyncio.to_thread(self.accounts.client, account_id)
            async with client:
                known = await asyncio.to_thread(self.known_owners, account_id)
                ids = await self.list_chat_ids(client, sorted({*known, *owners}))
                report = await self._fetch_and_store(client, account_id, ids)
        except WeComError as e:
            await asyncio.to_thread(self._state, account_id, "error", e.message, None)
            raise
        await asyncio.to_thread(self._state, account_id, "ok", None, report.chats)
        return report

    async def _fetch_and_store(
        self, client: WeComClient, account_id: int, ids: list[str]
    ) -> SyncReport:
        lanes = asyncio.Semaphore(LANES)
        total = Applied()

        async def one(chat_id: str) -> GroupChat | None:
            async with lanes:
                try:
                    return await api.get_group_chat(client, chat_id)
                except WeComError as e:
                    if e.errcode == 40050:
                        return None
                    raise

        for start in range(0, len(ids), STORE_EVERY):
            chunk = ids[start : start + STORE_EVERY]
            got = [c for c in await asyncio.gather(*(one(i) for i in chunk)) if c is not None]
            applied = await asyncio.to_thread(self.ingest.store_chats, account_id, got)
            total.joined += applied.joined
            total.left += applied.left
        return SyncReport(len(ids), len(total.joined), len(total.left))

    def _state(self, account_id: int, status: str, error: str | None, chats: int | None) -> None:
        with self.db.write() as s:
            st = s.get(WeComSyncState, account_id)
            if st is None:
                st = WeComSyncState(account_id=account_id)
                s.add(st)
            st.status, st.last_error = status, error
            if chats is not None:
                st.chats = chats
                st.last_sync_at = utcnow()
