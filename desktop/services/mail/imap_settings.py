"""The IMAP side of an email account: where its settings and password are stored, the
account as the poller sees it, and the status values a mailbox can have."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from desktop.channels.imap import ImapConfig
from desktop.domain.enums import ChannelKind
from desktop.secrets import SecretStore
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, ImapFolderState

IMAP_KEY = "imap"


class ImapStatus:
    UNKNOWN = "unknown"
    OK = "ok"
    AUTH_ERROR = "auth_error"
    UNAVAILABLE = "unavailable"
    NEEDS_SECRET = "needs_secret"


@dataclass(frozen=True)
class ImapAccount:
    account_id: int
    name: str
    config: ImapConfig
    secret_ref: str | None
    own_addresses: frozenset[str]  # our from address and unsubscribe mailbox
    unsubscribe_mailboxes: frozenset[str]


def imap_secret_ref(account_secret_ref: str) -> str:
    return f"{account_secret_ref}/imap"


def save_imap(
    db: Database,
    secrets: SecretStore,
    account_id: int,
    config: ImapConfig,
    password: str | None,
) -> str:
    """Store the IMAP side of an email account; ``password`` None keeps the stored one.

    Returns where the password went ("keyring"/"memory") or "" when unchanged.
    """
    problems = config.problems()
    if problems:
        raise ValueError("invalid IMAP settings: " + ", ".join(problems))
    with db.write() as s:
        a = s.get(ChannelAccount, account_id)
        if a is None or a.kind != ChannelKind.EMAIL:
            raise KeyError(account_id)
        a.config = {**a.config, IMAP_KEY: config.to_json()}
        if a.secret_ref is None:
            a.secret_ref = f"channel-account/{account_id}"
        ref = imap_secret_ref(a.secret_ref)
        state = s.scalar(
            select(ImapFolderState).where(
                ImapFolderState.account_id == account_id,
                ImapFolderState.mailbox == config.mailbox,
            )
        )
        if state is not None:
            state.status, state.last_error = ImapStatus.UNKNOWN, None
    if password is None:
        return ""
    if password == "":
        secrets.delete(ref)
        return ""
    return str(secrets.set(ref, password))


def imap_accounts(db: Database) -> list[ImapAccount]:
    with db.read() as s:
        rows = list(
            s.scalars(
                select(ChannelAccount).where(
                    ChannelAccount.kind == ChannelKind.EMAIL,
                    ChannelAccount.enabled.is_(True),
                )
            )
        )
    out = []
    for a in rows:
        data = (a.config or {}).get(IMAP_KEY)
        if not data:
            continue
        try:
            cfg = ImapConfig.from_json(data)
        except (TypeError, ValueError):
            continue
        own = {str(a.config.get("from_addr") or "").lower()}
        unsub = str(a.config.get("unsubscribe_mailto") or "").lower()
        own.add(unsub)
        own.discard("")
        out.append(
            ImapAccount(
                a.id,
                a.name,
                cfg,
                a.secret_ref,
                frozenset(own),
                frozenset({unsub} if unsub else set()),
            )
        )
    return out


def password_for(secrets: SecretStore, account: ImapAccount) -> str | None:
    """The IMAP password, else the account's SMTP password (often the same)."""
    if not account.secret_ref:
        return None
    return secrets.get(imap_secret_ref(account.secret_ref)) or secrets.get(account.secret_ref)
