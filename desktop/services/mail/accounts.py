"""Channel accounts: create and edit email accounts, keep passwords in the keyring, test them.

The account row holds settings only (``ChannelAccount.config``); the password goes to the
keyring under ``secret_ref`` through ``SecretStore``. Keyring calls can block (a locked
keyring asking for unlock), so the UI calls ``save_email`` off its thread; ``test_email`` is
a coroutine for the qasync loop that reads the keyring on a thread.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.channels.base import ConnectionCheck
from desktop.channels.imap import ImapConfig
from desktop.channels.mail import check_connection
from desktop.channels.mail_message import EmailConfig
from desktop.domain.enums import ChannelKind
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretStore, StoredIn
from desktop.services.mail.imap_settings import IMAP_KEY, ImapStatus, imap_secret_ref
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, ImapFolderState

# Where the IMAP settings of an account with receiving switched off are kept, so switching
# it back on restores them (InboxIngest reads only IMAP_KEY).
IMAP_OFF_KEY = "imap_disabled"

log = logging.getLogger(__name__)


class AccountError(ValueError):
    def __init__(self, fields: list[str]) -> None:
        self.fields = fields
        super().__init__("invalid account settings: " + ", ".join(fields))


@dataclass(frozen=True)
class AccountRow:
    id: int
    kind: ChannelKind
    name: str
    enabled: bool
    status: AccountStatus
    last_error: str | None
    has_secret: bool  # a password is stored (keyring, or this session's memory)
    email: EmailConfig | None  # settings, for email accounts
    imap: ImapConfig | None = None  # the receiving side (on or off), None when never set
    imap_enabled: bool = False


@dataclass(frozen=True)
class SaveResult:
    account_id: int
    stored_in: StoredIn | None  # where the password went; None when none was given
    keyring_message: str  # non-empty when the keyring is unavailable: show it


def _status(value: str) -> AccountStatus:
    try:
        return AccountStatus(value)
    except ValueError:
        return AccountStatus.UNKNOWN


def _imap_side(config: dict) -> tuple[ImapConfig | None, bool]:
    for key, enabled in ((IMAP_KEY, True), (IMAP_OFF_KEY, False)):
        data = config.get(key)
        if data:
            try:
                return ImapConfig.from_json(data), enabled
            except (TypeError, ValueError):
                return None, False
    return None, False


def upsert_account(
    s: Session,
    kind: ChannelKind,
    name: str,
    config: dict[str, Any],
    *,
    enabled: bool,
    account_id: int | None,
) -> tuple[int, str] | None:
    """Create or update an account row → (id, keyring reference); None when
    ``account_id`` is not an account of that kind. Saving resets the status and bumps
    ``updated_at``: the dispatcher rebuilds its connection for a new version."""
    if account_id is None:
        a = ChannelAccount(kind=kind, name=name.strip(), config={})
        s.add(a)
        s.flush()
    else:
        found = s.get(ChannelAccount, account_id)
        if found is None or found.kind != kind:
            return None
        a = found
    a.name = name.strip()
    a.config = config
    a.enabled = enabled
    a.status = AccountStatus.UNKNOWN
    a.last_error = None
    a.updated_at = utcnow()
    if a.secret_ref is None:
        a.secret_ref = f"channel-account/{uuid.uuid4().hex}"
    return a.id, a.secret_ref


class AccountService:
    def __init__(self, db: Database, secrets: SecretStore) -> None:
        self.db = db
        self.secrets = secrets

    def list(self, kind: ChannelKind | None = None) -> list[AccountRow]:
        with self.db.read() as s:
            stmt = select(ChannelAccount).order_by(ChannelAccount.id)
            if kind is not None:
                stmt = stmt.where(ChannelAccount.kind == kind)
            accounts = list(s.scalars(stmt))
        return [self._row(a) for a in accounts]

    def get(self, account_id: int) -> AccountRow | None:
        with self.db.read() as s:
            a = s.get(ChannelAccount, account_id)
        return None if a is None else self._row(a)

    def _row(self, a: ChannelAccount) -> AccountRow:
        email = EmailConfig.from_json(a.config) if a.kind == ChannelKind.EMAIL else None
        has_secret = bool(a.secret_ref) and self.secrets.has(a.secret_ref or "")
        imap, imap_enabled = _imap_side(a.config or {})
        return AccountRow(
            id=a.id,
            kind=ChannelKind(a.kind),
            name=a.name,
            enabled=a.enabled,
            status=_status(a.status),
            last_error=a.last_error,
            has_secret=has_secret,
            email=email,
            imap=imap,
            imap_enabled=imap_enabled,
        )

    def save_email(
        self,
        name: str,
        config: EmailConfig,
        password: str | None,
        *,
        account_id: int | None = None,
        enabled: bool = True,
    ) -> SaveResult:
        """Create (``account_id`` None) or update an email account.

        ``password`` None keeps the stored one; "" removes it. Saving resets the account's
        status, so deliveries held by a refused sign-in are tried again.
        """
        problems = config.problems()
        if not name.strip():
            problems.insert(0, "name")
        if problems:
            raise AccountError(problems)
        with self.db.write() as s:
            found = upsert_account(
                s, ChannelKind.EMAIL, name, config.to_json(), enabled=enabled, account_id=account_id
            )
            if found is None:
                raise AccountError(["account_id"])
            saved_id, ref = found
        stored: StoredIn | None = None
        if password is not None:
            if password == "":
                self.secrets.delete(ref)
            else:
                stored = self.secrets.set(ref, password)
        log.info("email account %s saved (password %s)", saved_id, stored or "unchanged")
        return SaveResult(saved_id, stored, self.secrets.message)

    def save_imap(
        self,
        account_id: int,
        config: ImapConfig | None,
        password: str | None,
        *,
        enabled: bool = True,
    ) -> StoredIn | None:
        """Store the receiving (IMAP) side of an email account, as ``InboxIngest`` reads it.

        Enabled: ``config`` goes to ``config["imap"]``; disabled: it is kept aside and the
        inbox stops reading the account. ``password`` None keeps the stored IMAP password,
        "" removes it (the SMTP password is used then); it goes to the keyring only.
        """
        if enabled:
            if config is None:
                raise AccountError(["imap"])
            problems = config.problems()
            if problems:
                raise AccountError([f"imap_{p}" for p in problems])
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is None or a.kind != ChannelKind.EMAIL:
                raise AccountError(["account_id"])
            data = dict(a.config or {})
            current = data.pop(IMAP_KEY, None) or data.pop(IMAP_OFF_KEY, None)
            data.pop(IMAP_OFF_KEY, None)
            side = config.to_json() if config is not None else current
            if side:
                data[IMAP_KEY if enabled else IMAP_OFF_KEY] = side
            a.config = data
            a.updated_at = utcnow()
            if a.secret_ref is None:
                a.secret_ref = f"channel-account/{uuid.uuid4().hex}"
            ref = imap_secret_ref(a.secret_ref)
            for state in s.scalars(
                select(ImapFolderState).where(ImapFolderState.account_id == account_id)
            ):
                state.status, state.last_error = ImapStatus.UNKNOWN, None
        if password is None:
            return None
        if password == "":
            self.secrets.delete(ref)
            return None
        stored = self.secrets.set(ref, password)
        log.info("IMAP side of account %s saved (password %s)", account_id, stored)
        return stored

    def set_enabled(self, account_id: int, enabled: bool) -> None:
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is not None:
                a.enabled = enabled
                a.updated_at = utcnow()

    def delete(self, account_id: int) -> None:
        """Remove the account and its password; its deliveries fall back to the default one."""
        with self.db.write() as s:
            a = s.get(ChannelAccount, account_id)
            if a is None:
                return
            ref = a.secret_ref
            s.delete(a)
        if ref:
            self.secrets.delete(ref)
            self.secrets.delete(imap_secret_ref(ref))

    def _stored_password(self, account_id: int) -> str | None:
        with self.db.read() as s:
            a = s.get(ChannelAccount, account_id)
            ref = a.secret_ref if a is not None else None
        return self.secrets.get(ref) if ref else None

    async def test_email(
        self, config: EmailConfig, password: str | None = None, *, account_id: int | None = None
    ) -> ConnectionCheck:
        """Try the settings as typed; ``password`` None uses the stored one of ``account_id``."""
        if password is None and account_id is not None:
            # On a thread: a locked keyring waits for the user to unlock it, and the
            # caller's loop (the UI's) must keep running meanwhile.
            password = await asyncio.to_thread(self._stored_password, account_id)
        result = await check_connection(config, password)
        if account_id is not None:
            status = AccountStatus.OK if result.ok else AccountStatus.UNKNOWN
            if not result.ok and result.message.startswith(("530", "534", "535", "538")):
                status = AccountStatus.AUTH_ERROR
            with self.db.write() as s:
                a = s.get(ChannelAccount, account_id)
                if a is not None:
                    a.status = status
                    a.last_error = None if result.ok else result.message
        return result
