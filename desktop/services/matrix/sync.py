"""The background Matrix sync (issue 8): one long-poll loop per enabled Matrix account.

Each loop calls ``/sync`` with the saved ``next_batch``, applies the batch (one transaction
that also saves the new token, see ``matrix_ingest``), joins the DMs members open with us
(other invitations wait for an operator, see ``matrix_invites``), and goes round again. A
lost connection is shown on the account (``MatrixSyncState.status``) and retried with
capped backoff; a 429 waits the server's ``retry_after``; a refused token marks the
account so a person signs in again.
Start, stop and the database thread are ``AccountLoops``.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from desktop.channels.matrix_types import (
    MatrixAuthError,
    MatrixError,
    MatrixUnavailable,
    RoomMessage,
    SyncBatch,
)
from desktop.domain.sending.backoff import RetryPolicy, backoff_delay
from desktop.secrets import SecretError
from desktop.services.background.account_loops import AccountLoops
from desktop.services.matrix.accounts import MatrixAccountRow, MatrixAccounts, open_session
from desktop.services.matrix.ingest import MatrixIngest

if TYPE_CHECKING:
    from desktop.channels.matrix_session import MatrixSession

log = logging.getLogger(__name__)

SYNC_TIMEOUT_MS = 30_000
UPKEEP_EVERY = 600.0
BACKFILL_PAGES = 10  # up to 1,000 missed messages per DM room and sync
UNAVAILABLE = "unavailable"
AUTH_ERROR = "auth_error"
NEEDS_SECRET = "needs_secret"


class MatrixSyncer(AccountLoops[MatrixAccountRow]):
    task_prefix = "matrix"
    cancel_on_stop = True  # a long-poll may sit in /sync for 30 s

    def __init__(
        self,
        accounts: MatrixAccounts,
        ingest: MatrixIngest,
        *,
        retry: RetryPolicy | None = None,
        timeout_ms: int = SYNC_TIMEOUT_MS,
        on_new: Callable[[int], None] | None = None,
        on_members: Callable[[], None] | None = None,
        upkeep: Sequence[Callable[[int], Awaitable[object]]] = (),
        rand: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(on_new=on_new, rand=rand)
        self.accounts = accounts
        self.ingest = ingest
        self.retry = retry or RetryPolicy(base=timedelta(seconds=2), cap=timedelta(minutes=5))
        self.timeout_ms = timeout_ms
        self.on_members = on_members  # joins/leaves in linked groups
        # Round-by-round upkeep of an account (e.g. lifting mutes that ran out), at most
        # every UPKEEP_EVERY seconds per account.
        self.upkeep: tuple[Callable[[int], Awaitable[object]], ...] = tuple(upkeep)
        self._upkept: dict[int, float] = {}

    def _accounts(self) -> list[MatrixAccountRow]:
        return [a for a in self.accounts.list() if a.enabled]

    def _key(self, account: MatrixAccountRow) -> int:
        return account.id

    async def restart(self) -> None:
        """After an account was added or changed."""
        await self.stop()
        await self.start()

    async def _run_account(self, account: MatrixAccountRow) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                token = await self._db(self.accounts.token_for, account.id)
            except SecretError as exc:  # e.g. no team key here: say which, try again later
                self._failed(str(exc))
                await self._db(self.ingest.set_status, account.id, NEEDS_SECRET, str(exc))
                await self._sleep(60)
                continue
            if token is None:
                await self._db(
                    self.ingest.set_status, account.id, NEEDS_SECRET, "not signed in (no token)"
                )
                await self._sleep(60)
                continue
            session = open_session(account.config, token)
            try:
                while not self._stop.is_set():
                    await self.sync_once(account, session)
                    failures = 0
            except MatrixAuthError as exc:
                log.info("matrix account %s refused: %s", account.id, exc)
                self._failed(str(exc))
                await self._db(self.ingest.set_status, account.id, AUTH_ERROR, str(exc))
                await self._db(self.accounts.mark_auth_error, account.id, str(exc))
                await self._sleep(300)  # do not hammer a refused token
            except MatrixError as exc:
                failures += 1
                log.info("matrix account %s: %s", account.id, exc)
                self._failed(str(exc))
                await self._db(self.ingest.set_status, account.id, UNAVAILABLE, str(exc))
                delay = backoff_delay(failures, self.retry, self._rand).total_seconds()
                if isinstance(exc, MatrixUnavailable) and exc.retry_after:
                    delay = max(delay, exc.retry_after)
                await self._sleep(delay)
            finally:
                await session.close()

    async def sync_once(self, account: MatrixAccountRow, session: MatrixSession) -> int:
        """One ``/sync`` round applied; how many DMs arrived. Raises ``MatrixError``."""
        since = await self._db(self.ingest.next_batch, account.id)
        batch = await session.sync(since, timeout_ms=0 if since is None else self.timeout_ms)
        if batch.limited and since is not None:
            batch = await self._backfill(account, session, batch)
        result = await self._db(self.ingest.apply, account.id, account.config.user_id, batch)
        for room_id in result.invites:
            try:
                await self._accept_invite(account, session, room_id)
            except MatrixError as exc:  # one bad invite must not stop the sync
                log.info("could not join %s: %s", room_id, exc)
        await self._send_read_markers(account, session)
        await self._upkeep(account.id)
        if (result.joined or result.left or result.roles) and self.on_members is not None:
            self.on_members()
        self._arrived(len(result.messages))
        return len(result.messages)

    async def _upkeep(self, account_id: int) -> None:
        now = asyncio.get_running_loop().time()
        if now - self._upkept.get(account_id, -UPKEEP_EVERY) < UPKEEP_EVERY:
            return
        self._upkept[account_id] = now
        for job in self.upkeep:
            try:
                await job(account_id)
            except Exception:  # upkeep must never stop the sync
                log.exception("matrix upkeep failed for account %s", account_id)

    async def _backfill(
        self, account: MatrixAccountRow, session: MatrixSession, batch: SyncBatch
    ) -> SyncBatch:
        """More DMs arrived than one sync returns: page back to what is already stored, so
        a long absence leaves no gap in a conversation."""
        direct = await self._db(self.ingest.direct_room_ids, account.id)
        older: list[RoomMessage] = []
        for room_id, token in batch.limited.items():
            if room_id not in direct:
                continue
            since: str | None = token
            for _ in range(BACKFILL_PAGES):
                page, end = await session.messages(room_id, limit=100, since=since)
                known = await self._db(self.ingest.known_events, [m.event_id for m in page])
                older.extend(m for m in reversed(page) if m.event_id not in known)
                if known or not page or not end:
                    break
                since = end
        in_batch = {m.event_id for m in batch.messages}
        older = list({m.event_id: m for m in older if m.event_id not in in_batch}.values())
        if not older:
            return batch
        older.sort(key=lambda m: m.ts)
        return replace(batch, messages=older + list(batch.messages))

    async def _send_read_markers(self, account: MatrixAccountRow, session: MatrixSession) -> None:
        """Tell the member's client what the team has read (conversations opened in the inbox)."""
        for room_id, event_id in await self._db(self.ingest.unsent_read_markers, account.id):
            try:
                await session.mark_read(room_id, event_id)
            except MatrixError as exc:
                log.info("read marker for %s not sent: %s", room_id, exc)
                continue
            await self._db(self.ingest.read_marker_sent, account.id, room_id, event_id)

    async def _accept_invite(
        self, account: MatrixAccountRow, session: MatrixSession, room_id: str
    ) -> None:
        """Join a DM invitation; a room of just us and the inviter is a DM a member opened
        with us. It is recorded as direct before the next sync brings its messages in."""
        await session.join(room_id)
        people = [
            m.user_id
            for m in await session.room_members(room_id)
            if m.user_id != account.config.user_id and m.membership in ("join", "invite")
        ]
        if len(people) == 1:
            await self._db(self.ingest.mark_direct, account.id, room_id, people[0])
