"""WeCom app accounts (自建应用 with 客户联系 permission): settings, keyring secrets, the
connection test that names the exact problem.

Kept in the keyring, under the account's ``secret_ref``: the app secret; under
``<ref>/callback-token`` and ``<ref>/callback-aes-key``: the callback Token and
EncodingAESKey. Apps created after 2022-06-20 answer only from trusted IPs (60020), so the
calls normally run on the team's always-on worker.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from sqlalchemy import select

from desktop.channels.base import ConnectionCheck
from desktop.channels.wecom import api
from desktop.channels.wecom.client import Retry, WeComClient
from desktop.channels.wecom.crypto import WeComCrypto
from desktop.channels.wecom.errors import WeComError
from desktop.channels.wecom.types import AccountSettings
from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretStore
from desktop.services.mail.accounts import upsert_account
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, WeComSyncState

AES_KEY = re.compile(r"^[A-Za-z0-9]{43}$")


class WeComAccountError(ValueError):
    def __init__(self, fields: list[str], message: str = "") -> None:
        self.fields = fields
        super().__init__(message or "invalid WeCom app settings: " + ", ".join(fields))


@dataclass(frozen=True)
class WeComCheck(ConnectionCheck):
    """A connection test's result with WeCom's own answer, for the UI to put in words."""

    error: WeComError | None = None


@dataclass(frozen=True)
class WeComAccountRow:
    id: int
    name: str
    settings: AccountSettings
    enabled: bool
    has_secret: bool
    has_callback: bool
    sync_status: str
    last_error: str | None


def settings_problems(settings: AccountSettings) -> list[str]:
    problems: list[str] = []
    if not re.fullmatch(r"w[wx][0-9A-Za-z]{6,30}", settings.corp_id):
        problems.append("corp_id")
    if settings.agent_id <= 0:
        problems.append("agent_id")
    if not settings.base_url.startswith(("http://", "https://")):
        problems.append("base_url")
    return problems


class WeComAccounts:
    def __init__(self, db: Database, secrets: SecretStore, retry: Retry | None = None) -> None:
        self.db = db
        self.secrets = secrets
        self.retry = retry

    def list(self) -> list[WeComAccountRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(ChannelAccount, WeComSyncState)
                .outerjoin(WeComSyncState, WeComSyncState.account_id == ChannelAccount.id)
                .where(ChannelAccount.kind == ChannelKind.WECOM)
                .order_by(ChannelAccount.id)
            ).all()
        out = []
        for a, st in rows:
            ref = a.secret_ref or ""
            out.append(
                WeComAccountRow(
                    id=a.id,
                    name=a.name,
                    settings=AccountSettings.from_json(a.config or {}),
                    enabled=a.enabled,
                    has_secret=bool(ref) and self.secrets.get(ref) is not None,
                    has_callback=bool(ref)
                    and self.secrets.get(f"{ref}/callback-token") is not None,
                    sync_status=st.status if st is not None else "unknown",
                    last_error=a.last_error or (st.last_error if st is not None else None),
                )
            )
        return out

    def get(self, account_id: int) -> WeComAccountRow | None:
        return next((r for r in self.list() if r.id == account_id), None)

    def save(
        self,
        name: str,
        settings: AccountSettings,
        *,
        secret: str | None = None,
        callback_token: str | None = None,
        aes_key: str | None = None,
        account_id: int | None = None,
        enabled: bool = True,
    ) -> int:
        """Create or update; empty secrets keep the stored ones. Bad input raises
        ``WeComAccountError`` naming the fields and stores nothing."""
        problems = settings_problems(settings)
        if not name.strip():
            problems.insert(0, "name")
        if account_id is None and not secret:
            problems.append("secret")
        if aes_key and not AES_KEY.match(aes_key):
            problems.append("aes_key")
        if bool(callback_token) != bool(aes_key) and account_id is None:
            problems.append("callback_token" if not callback_token else "aes_key")
        if problems:
            raise WeComAccountError(problems)
        with self.db.write() as s:
            found = upsert_account(
                s,
                ChannelKind.WECOM,
                name,
                settings.to_json(),
                enabled=enabled,
                account_id=account_id,
            )
            if found is None:
                raise WeComAccountError(["account_id"])
            saved_id, ref = found
        if secret:
            self.secrets.set(ref, secret.strip())
        if callback_token:
            self.secrets.set(f"{ref}/callback-token", callback_token.strip())
        if aes_key:
            self.secrets.set(f"{ref}/callback-aes-key", aes_key.strip())
        return saved_id

    def _ref(self, account_id: int) -> tuple[AccountSettings, str] | None:
        with self.db.read() as s:
            a = s.get(ChannelAccount, account_id)
            if a is None or a.kind != ChannelKind.WECOM or not a.secret_ref:
                return None
            return AccountSettings.from_json(a.config or {}), a.secret_ref

    def client(self, account_id: int) -> WeComClient:
        found = self._ref(account_id)
        secret = self.secrets.get(found[1]) if found else None
        if found is None or not secret:
            raise WeComAccountError(["secret"], "this WeCom app has no secret stored")
        settings = found[0]
        return WeComClient(settings.app(secret), base_url=settings.base_url, retry=self.retry)

    def crypto(self, account_id: int) -> WeComCrypto | None:
        found = self._ref(account_id)
        if found is None:
            return None
        settings, ref = found
        token = self.secrets.get(f"{ref}/callback-token")
        key = self.secrets.get(f"{ref}/callback-aes-key")
        if not token or not key:
            return None
        return WeComCrypto(token, key, settings.corp_id)

    async def test(self, account_id: int) -> WeComCheck:
        """Token, then a one-group list: bad secret/corp, untrusted IP and missing 客户联系
        permission each come back as their own sentence."""
        try:
            client = await asyncio.to_thread(self.client, account_id)
        except WeComAccountError as e:
            return WeComCheck(False, str(e))
        try:
            async with client:
                await client.token()
                try:
                    await api.list_group_chats(client, limit=1)
                except WeComError as e:
                    if e.errcode != 81017:  # a large corp: listing works owner by owner
                        raise
            result = WeComCheck(True, "OK: token fetched and customer groups readable")
        except WeComError as e:
            result = WeComCheck(False, e.message, e)
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is not None:
                a.status = AccountStatus.OK if result.ok else AccountStatus.UNKNOWN
                a.last_error = None if result.ok else result.message
        return result
