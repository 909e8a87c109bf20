"""Matrix accounts (issue 8): sign in, keep the access token in the keyring, open sessions.

A password is used once, to get an access token and a device ID; only the token is kept
(in the keyring), and the device ID goes into the account's settings so a later sign-in
reuses the same device — Synapse then keeps deduplicating our transaction IDs and the
sync state belongs to one device. The network calls are coroutines; the keyring calls may
block, so ``save`` (run on the qasync loop while the UI shows progress) stores the token on
a thread.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.channels.base import ConnectionCheck
from desktop.channels.matrix_types import MatrixConfig, MatrixError
from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretStore, StoredIn
from desktop.services.mail.accounts import upsert_account
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, MatrixSyncState

if TYPE_CHECKING:
    from desktop.channels.matrix_session import MatrixSession

log = logging.getLogger(__name__)


def open_session(config: MatrixConfig, access_token: str) -> MatrixSession:
    # matrix-nio (with aiohttp) takes about half a second to import; the window must not
    # wait for it at start-up, so it is loaded the first time an account is used.
    from desktop.channels.matrix_session import MatrixSession

    return MatrixSession(config, access_token)


class MatrixAccountError(ValueError):
    def __init__(self, fields: list[str], message: str = "") -> None:
        self.fields = fields
        super().__init__(message or "invalid Matrix account settings: " + ", ".join(fields))


@dataclass(frozen=True)
class MatrixAccountRow:
    id: int
    name: str
    config: MatrixConfig
    enabled: bool
    has_token: bool
    sync_status: str  # "ok", "unavailable", "auth_error", "unknown"
    last_error: str | None


@dataclass(frozen=True)
class MatrixSaveResult:
    account_id: int
    stored_in: StoredIn | None
    keyring_message: str


def config_problems(config: MatrixConfig) -> list[str]:
    problems: list[str] = []
    if not config.homeserver.startswith(("http://", "https://")):
        problems.append("homeserver")
    user = config.user_id
    if not (user.startswith("@") and ":" in user and len(user) > 3):
        problems.append("user_id")
    return problems


class MatrixAccounts:
    def __init__(self, db: Database, secrets: SecretStore) -> None:
        self.db = db
        self.secrets = secrets

    def list(self) -> list[MatrixAccountRow]:
        with self.db.read() as s:
            rows = s.execute(
                select(ChannelAccount, MatrixSyncState)
                .outerjoin(MatrixSyncState, MatrixSyncState.account_id == ChannelAccount.id)
                .where(ChannelAccount.kind == ChannelKind.MATRIX)
                .order_by(ChannelAccount.id)
            ).all()
        return [self._row(a, st) for a, st in rows]

    def get(self, account_id: int) -> MatrixAccountRow | None:
        return next((r for r in self.list() if r.id == account_id), None)

    def _row(self, a: ChannelAccount, st: MatrixSyncState | None) -> MatrixAccountRow:
        has_token = bool(a.secret_ref) and self.secrets.has(a.secret_ref or "")
        status = st.status if st is not None else "unknown"
        error = st.last_error if st is not None else None
        if a.status == AccountStatus.AUTH_ERROR:
            status, error = "auth_error", a.last_error or error
        return MatrixAccountRow(
            id=a.id,
            name=a.name,
            config=MatrixConfig.from_json(a.config or {}),
            enabled=a.enabled,
            has_token=has_token,
            sync_status=status,
            last_error=error,
        )

    def token_for(self, account_id: int) -> str | None:
        with self.db.read() as s:
            a = s.get(ChannelAccount, account_id)
            ref = a.secret_ref if a is not None else None
        return self.secrets.get(ref) if ref else None

    def session(self, account_id: int) -> MatrixSession:
        row = self.get(account_id)
        token = self.token_for(account_id)
        if row is None or token is None:
            raise MatrixAccountError(["access_token"], "this Matrix account is not signed in")
        return open_session(row.config, token)

    async def save(
        self,
        name: str,
        config: MatrixConfig,
        *,
        password: str | None = None,
        access_token: str | None = None,
        account_id: int | None = None,
        enabled: bool = True,
    ) -> MatrixSaveResult:
        """Create or update an account. A password signs in (token + device kept); a token
        is checked with whoami; neither keeps the stored token. Refused credentials raise
        ``MatrixAccountError`` with the server's words and store nothing."""
        problems = config_problems(config)
        if not name.strip():
            problems.insert(0, "name")
        if problems:
            raise MatrixAccountError(problems)
        token: str | None = None
        try:
            if password:
                from desktop.channels.matrix_session import login as matrix_login

                token, device = await matrix_login(
                    config.homeserver, config.user_id, password, device_id=config.device_id
                )
                config = replace(config, device_id=device)
            elif access_token:
                token = access_token.strip()
                probe = open_session(config, token)
                try:
                    who = await probe.whoami()
                finally:
                    await probe.close()
                if who != config.user_id:
                    raise MatrixAccountError(["user_id"], f"the token belongs to {who}")
        except MatrixError as exc:
            raise MatrixAccountError(["credentials"], str(exc) or type(exc).__name__) from exc
        with self.db.write() as s:
            found = upsert_account(
                s,
                ChannelKind.MATRIX,
                name,
                config.to_json(),
                enabled=enabled,
                account_id=account_id,
            )
            if found is None:
                raise MatrixAccountError(["account_id"])
            saved_id, ref = found
        # On a thread: a locked keyring waits for the user, and this runs on the UI's loop.
        stored = await asyncio.to_thread(self.secrets.set, ref, token) if token else None
        log.info("matrix account %s saved (token %s)", saved_id, stored or "unchanged")
        return MatrixSaveResult(saved_id, stored, self.secrets.message)

    async def test(self, account_id: int) -> ConnectionCheck:
        row = self.get(account_id)
        if row is None:
            return ConnectionCheck(False, "no such account")
        from desktop.channels.matrix import check_connection

        result = await check_connection(row.config, self.token_for(account_id))
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is not None:
                a.status = AccountStatus.OK if result.ok else AccountStatus.UNKNOWN
                a.last_error = None if result.ok else result.message
        return result

    def mark_auth_error(self, account_id: int, reason: str) -> None:
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is not None:
                a.status = AccountStatus.AUTH_ERROR
                a.last_error = reason
