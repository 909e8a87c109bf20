"""The dispatcher's channels: one route (channel + pacer + unsubscribe targets) per account
and lane, built from the account's settings and secret, kept while the account's version
holds, closed when a batch ends or the account fails.

The dispatcher holds one ``Routes`` and lends it its database thread (``run_db``) so that the
keyring and the account's status are read and written on that one thread too.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol, TypeVar

from desktop.channels.pacing import TokenBucket
from desktop.channels.registry import UnsupportedChannel, build_channel, build_pacer, needs_secret
from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretError, SecretStore
from desktop.services.sending import claims as store
from desktop.services.sending.batch import Hold, Route
from desktop.services.sending.batch_types import AccountInfo, Batch, ClaimedItem
from desktop.services.sending.render import UnsubscribeTargets
from desktop.store.db import Database

log = logging.getLogger(__name__)
T = TypeVar("T")


class RunDb(Protocol):
    """Runs a blocking database (or keyring) call off the loop and awaits its result."""

    def __call__(self, fn: Callable[..., T], /, *args: Any) -> Awaitable[T]: ...


@dataclass
class _CachedRoute:
    version: datetime
    route: Route


class Routes:
    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        *,
        run_db: RunDb,
        clock: Callable[[], datetime],
        note_error: Callable[[str], None],
    ) -> None:
        self.db = db
        self.secrets = secrets
        self._db = run_db
        self._clock = clock
        self._note_error = note_error
        # (account, lane) → its channel; the lanes of one account share its pacer.
        self._routes: dict[tuple[int | None, int], _CachedRoute] = {}

    async def route_for(self, item: ClaimedItem, batch: Batch, lane: int = 0) -> Route | Hold | str:
        if item.channel == ChannelKind.MANUAL and item.account_id is None:
            cached = self._routes.get((None, 0))
            if cached is None:
                route = Route(
                    None,
                    build_channel(ChannelKind.MANUAL, {}, None),
                    TokenBucket(0),
                    UnsubscribeTargets(None, None),
                )
                cached = _CachedRoute(self._clock(), route)
                self._routes[(None, 0)] = cached
            return cached.route
        if item.account_id is None and item.channel == ChannelKind.WEBHOOK:
            # A robot posts into one group only: never "the first robot" for any group.
            return "waiting: no group robot linked"
        account_id = item.account_id or batch.default_accounts.get(item.channel)
        info = batch.accounts.get(account_id) if account_id is not None else None
        if info is None:
            return f"waiting: no enabled {item.channel} account"
        cached = self._routes.get((info.id, lane))
        if cached is not None and cached.version == info.version:
            return cached.route
        if cached is not None:  # the account changed: this lane's channel only (the
            # other lanes may be sending; each replaces its own)
            del self._routes[(info.id, lane)]
            await cached.route.channel.close()
        return await self._new_route(info, batch, lane)

    async def _new_route(self, info: AccountInfo, batch: Batch, lane: int = 0) -> Route | Hold:
        now = self._clock()
        secret: str | None = None
        if needs_secret(info.kind, info.config):
            try:
                secret = (
                    await self._db(self.secrets.get, info.secret_ref) if info.secret_ref else None
                )
            except SecretError as exc:
                return Hold(now + timedelta(minutes=1), str(exc), "waiting: keyring unavailable")
            if secret is None:
                msg = "no password stored for this account (enter it again)"
                await self._db(
                    store.set_account_status,
                    self.db,
                    info.id,
                    AccountStatus.NEEDS_SECRET,
                    msg,
                )
                self._note_error(f"{info.name}: {msg}")
                return Hold(now, msg, "waiting: account needs its password")
        try:
            channel = build_channel(info.kind, info.config, secret)
            sibling = next(
                (
                    c.route
                    for (a, _lane), c in self._routes.items()
                    if a == info.id and c.version == info.version
                ),
                None,
            )
            # One account's rate limit holds across its lanes.
            pacer = sibling.pacer if sibling else build_pacer(info.kind, info.config)
        except (UnsupportedChannel, TypeError, ValueError) as exc:
            msg = f"account settings unusable: {exc}"
            await self._db(
                store.set_account_status, self.db, info.id, AccountStatus.CONFIG_ERROR, msg
            )
            return Hold(now, msg, "waiting: account settings unusable")
        mailbox = info.config.get("unsubscribe_mailto") or info.config.get("from_addr") or None
        targets = UnsubscribeTargets(mailbox, batch.workspace.unsubscribe_url)
        route = Route(info.id, channel, pacer, targets)
        self._routes[(info.id, lane)] = _CachedRoute(info.version, route)
        return route

    async def forget(self, account_id: int) -> None:
        for key in [k for k in self._routes if k[0] == account_id]:
            cached = self._routes.pop(key, None)
            if cached is not None:
                await cached.route.channel.close()

    async def close_all(self) -> None:
        for cached in list(self._routes.values()):
            try:
                await cached.route.channel.close()
            except Exception:  # closing is best effort
                log.debug("closing a channel failed", exc_info=True)
