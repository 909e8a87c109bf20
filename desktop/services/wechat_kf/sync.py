"""From a ``kf_msg_or_event`` callback to stored messages (W/94670).

``KfSync.on_callback(open_kfid, token)`` pages ``kf/sync_msg`` from the saved cursor with
the callback's token until ``has_more`` is false, storing each page (and the cursor after
it) in one transaction before asking for the next. Callbacks for one account are handled
one at a time, so two callbacks never read from the same cursor. After each page: media are
fetched before it is stored (``media/get``), new users are named (``kf/customer/batchget``),
welcomes are sent while their code is valid (``KfActions.welcome``), and the inbound hooks
(verification codes, campaigns) run on the stored messages. A 客服账号 not ticked to serve
the inbox is not read at all: its callbacks are logged and dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import select

from desktop.channels.wechat_kf.client import KfClient
from desktop.channels.wecom.errors import WeComError
from desktop.domain.wechat_kf.messages import MEDIA_KINDS, KfItem, parse_item
from desktop.services.wechat_kf.accounts import KfAccounts
from desktop.services.wechat_kf.events import WelcomeDue
from desktop.services.wechat_kf.ingest import KfInbound, KfIngest, PageResult
from desktop.store.models import KfAccount, KfSession, Member

log = logging.getLogger(__name__)

T = TypeVar("T")


class KfSync:
    def __init__(
        self,
        accounts: KfAccounts,
        ingest: KfIngest,
        *,
        inbound_hooks: Sequence[Callable[[Sequence[KfInbound]], None]] = (),
        on_welcome: Callable[[int, WelcomeDue], object] | None = None,
        on_new: Callable[[int], None] | None = None,
        executor: Executor | None = None,
    ) -> None:
        self.accounts = accounts
        self.ingest = ingest
        self.db = ingest.db
        self.inbound_hooks = list(inbound_hooks)
        # Sends the welcome for an enter_session with a code (async; see KfActions.welcome).
        self.on_welcome = on_welcome
        self.on_new = on_new
        self._executor = executor or ThreadPoolExecutor(1, thread_name_prefix="shequn-wechat-kf")
        self._locks: dict[int, asyncio.Lock] = {}

    async def _db(self, fn: Callable[..., T], *args: object) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, fn, *args)

    async def on_callback(self, open_kfid: str, token: str | None) -> int:
        """Read everything new for ``open_kfid``; returns how many messages were stored."""
        route = await self._db(self.accounts.account_for_kfid, open_kfid)
        if route is None:
            log.warning("callback for a 客服账号 never added: %s", open_kfid)
            return 0
        if not route.serves_inbox:
            # Not read at all, so its cursor stays where it was: ticking the account later
            # reads from there, as far back as WeCom still keeps messages (3 days, W/94670).
            log.info("callback for 客服账号 %s ignored: the inbox does not serve it", open_kfid)
            return 0
        account_id = route.account_id
        lock = self._locks.setdefault(account_id, asyncio.Lock())
        async with lock:
            client, config = await self._db(self.accounts.client_for, account_id)
            try:
                return await self._pages(account_id, config.open_kfid, client, token)
            except WeComError as e:
                await self._db(self._note_error, account_id, e.message)
                raise
            finally:
                await client.wecom.close()

    async def _pages(
        self, account_id: int, open_kfid: str, client: KfClient, token: str | None
    ) -> int:
        stored = 0
        while True:
            cursor = await self._db(self._cursor, account_id)
            page = await client.sync_page(open_kfid, cursor, token)
            items = [parse_item(raw) for raw in page.items]
            media = await self._media(client, items)
            result: PageResult = await self._db(
                self.ingest.store_page, account_id, items, page.next_cursor, media
            )
            stored += result.stored
            await self._after_page(account_id, client, result)
            if not page.has_more:
                break
        if stored and self.on_new is not None:
            self.on_new(stored)
        return stored

    async def _media(
        self, client: KfClient, items: list[KfItem]
    ) -> dict[str, tuple[bytes, str, str]]:
        out: dict[str, tuple[bytes, str, str]] = {}
        for item in items:
            if item.kind in MEDIA_KINDS and item.media_id:
                try:
                    got = await client.download(item.media_id)
                except WeComError as e:  # kept as a named, empty attachment; never dropped
                    log.warning("media %s of %s not fetched: %s", item.media_id, item.msgid, e)
                    continue
                out[item.msgid] = (got.content, got.content_type, got.filename)
        return out

    async def _after_page(self, account_id: int, client: KfClient, result: PageResult) -> None:
        if self.on_welcome is not None:
            for due in result.welcomes:
                try:
                    await self.on_welcome(account_id, due)  # type: ignore[misc]
                except Exception:  # a failed welcome must not stop the sync
                    log.exception("welcome for %s failed", due.external_userid)
        if result.new_users:
            try:
                customers = await client.customers(result.new_users)
            except WeComError as e:
                log.warning("customer names not read: %s", e)
            else:
                named = {c.external_userid: c for c in customers}
                await self._db(self._name, account_id, named)
        if result.inbound and self.inbound_hooks:
            await self._db(self._run_hooks, result.inbound)

    def _run_hooks(self, inbound: list[KfInbound]) -> None:
        """Each hook gets the page's stored messages (see hooks.py for why a page)."""
        for hook in self.inbound_hooks:
            try:
                hook(inbound)
            except Exception:  # the messages are stored; a hook must not undo them
                log.exception("inbound hook failed for %d messages", len(inbound))

    def _cursor(self, account_id: int) -> str | None:
        with self.db.read() as s:
            acc = s.get(KfAccount, account_id)
            return acc.cursor if acc is not None else None

    def _note_error(self, account_id: int, message: str) -> None:
        with self.db.write() as s:
            acc = s.get(KfAccount, account_id)
            if acc is not None:
                acc.status, acc.last_error = "error", message

    def _name(self, account_id: int, customers: dict[str, object]) -> None:
        with self.db.write() as s:
            for sess in s.scalars(
                select(KfSession).where(
                    KfSession.account_id == account_id,
                    KfSession.external_userid.in_(list(customers)),
                )
            ):
                c = customers[sess.external_userid]
                nickname = str(getattr(c, "nickname", "") or "")
                sess.avatar_url = str(getattr(c, "avatar", "") or "") or None
                member = s.get(Member, sess.member_id)
                if member is not None and nickname and member.display_name == sess.external_userid:
                    member.display_name = nickname[:80]


__all__ = ["KfSync"]
