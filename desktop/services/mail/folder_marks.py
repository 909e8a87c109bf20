"""How far each IMAP mailbox has been read: its UIDVALIDITY, the last stored UID, and the
status of the last sync, one ``ImapFolderState`` row per account and mailbox."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.mail.imap_settings import ImapStatus
from desktop.store.db import Database
from desktop.store.models import ImapFolderState

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FolderMark:
    uidvalidity: int
    last_uid: int
    status: str
    last_error: str | None


def folder_mark(db: Database, account_id: int, mailbox: str) -> FolderMark | None:
    with db.read() as s:
        st = s.scalar(
            select(ImapFolderState).where(
                ImapFolderState.account_id == account_id, ImapFolderState.mailbox == mailbox
            )
        )
        if st is None:
            return None
        return FolderMark(st.uidvalidity, st.last_uid, st.status, st.last_error)


def begin_folder(
    db: Database,
    account_id: int,
    mailbox: str,
    uidvalidity: int,
    clock: Callable[[], datetime],
) -> int:
    """Record the mailbox's UIDVALIDITY; returns the UID to read after (0 when it changed)."""
    with db.write() as s:
        st = _folder_state(s, account_id, mailbox)
        if st.uidvalidity != uidvalidity:
            if st.uidvalidity:
                log.warning("account %s %s: UIDVALIDITY changed, re-reading", account_id, mailbox)
            st.uidvalidity, st.last_uid = uidvalidity, 0
        st.status, st.last_error, st.last_sync_at = ImapStatus.OK, None, clock()
        return int(st.last_uid)


def set_status(db: Database, account_id: int, mailbox: str, status: str, error: str | None) -> None:
    with db.write() as s:
        st = _folder_state(s, account_id, mailbox)
        st.status, st.last_error = status, (error or None) and error[:1000]


def advance(
    s: Session,
    account_id: int,
    mailbox: str,
    uidvalidity: int | None,
    uid: int,
    clock: Callable[[], datetime],
) -> None:
    """Move the mailbox's ``last_uid`` past ``uid``, in the caller's transaction."""
    st = _folder_state(s, account_id, mailbox)
    if uidvalidity is not None and st.uidvalidity != uidvalidity:
        return  # the mailbox was reset meanwhile; begin_folder decides
    st.last_uid = max(int(st.last_uid), uid)
    st.last_sync_at = clock()


def _folder_state(s: Session, account_id: int, mailbox: str) -> ImapFolderState:
    st = s.scalar(
        select(ImapFolderState).where(
            ImapFolderState.account_id == account_id, ImapFolderState.mailbox == mailbox
        )
    )
    if st is None:
        st = ImapFolderState(
            account_id=account_id, mailbox=mailbox, uidvalidity=0, last_uid=0, status="unknown"
        )
        s.add(st)
        s.flush()
    return st
