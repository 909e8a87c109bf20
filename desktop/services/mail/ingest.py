"""Receiving mail into the inbox (D1): storing one mail, and one pass over a mailbox.

``store_mail`` is the heart and is synchronous: one mail → its member (found by address,
or created and marked "from inbox"), its conversation (In-Reply-To/References first, else
the member's conversation on the channel), the message, its attachments — in the same
transaction that moves the folder's ``last_uid`` past it. So a crash or restart at any
point neither loses nor duplicates mail, and a re-read (new UIDVALIDITY) is recognised by
Message-ID. An unsubscribe request is recorded through ``OutboxService.unsubscribe``
before the mail is stored, so it is never lost either.

The account's IMAP settings are ``inbox_imap_settings``, the per-mailbox progress
``inbox_folder_marks``; ``InboxPoller`` (``inbox_poller.py``) drives this from the app's
asyncio loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.channels.imap import ImapConfig, ImapMailbox
from desktop.domain.enums import (
    ChannelKind,
    ContactChannel,
    MessageDirection,
)
from desktop.domain.inbox.inbound_mail import InboundMail, parse, wants_unsubscribe
from desktop.secrets import SecretStore
from desktop.services.inbox.contacts import member_for_contact, member_with_contact
from desktop.services.inbox.conversation_state import member_conversation, touch
from desktop.services.mail import folder_marks as marks
from desktop.services.mail import imap_settings
from desktop.services.mail.folder_marks import FolderMark
from desktop.services.mail.imap_settings import ImapAccount
from desktop.services.sending.outbox import OutboxService
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    Member,
    Message,
    MessageAttachment,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

FROM_INBOX = "from inbox"  # Member.source of people who first wrote to us
UNSUBSCRIBE_EVENT = "unsubscribe"


@dataclass(frozen=True)
class StoreResult:
    message_id: int | None  # None: already stored (or skipped), nothing new
    conversation_id: int | None
    member_id: int | None
    unsubscribed: bool = False


class InboxIngest:
    def __init__(
        self,
        db: Database,
        secrets: SecretStore,
        outbox: OutboxService,
        *,
        clock: Callable[[], datetime] = utcnow,
        inbound_hooks: Sequence[Callable[[int, int, InboundMail], None]] = (),
    ) -> None:
        self.db = db
        self.secrets = secrets
        self.outbox = outbox
        self._clock = clock
        # --- welcome journeys (issue 6) hook --------------------------------------------
        # Called after a new mail is stored: (message id, member id, parsed mail). The
        # welcome service reads verification codes, W1 answers and W8 feedback here. A
        # failing hook is logged; the mail itself is already stored.
        self.inbound_hooks: list[Callable[[int, int, InboundMail], None]] = list(inbound_hooks)

    # -- account settings and folder marks ----------------------------------------------------

    def save_imap(self, account_id: int, config: ImapConfig, password: str | None) -> str:
        """Store the IMAP side of an email account; ``password`` None keeps the stored one.

        Returns where the password went ("keyring"/"memory") or "" when unchanged.
        """
        return imap_settings.save_imap(self.db, self.secrets, account_id, config, password)

    def imap_accounts(self) -> list[ImapAccount]:
        return imap_settings.imap_accounts(self.db)

    def password_for(self, account: ImapAccount) -> str | None:
        """The IMAP password, else the account's SMTP password (often the same)."""
        return imap_settings.password_for(self.secrets, account)

    def mark(self, account_id: int, mailbox: str = "INBOX") -> FolderMark | None:
        return marks.folder_mark(self.db, account_id, mailbox)

    def begin_folder(self, account_id: int, mailbox: str, uidvalidity: int) -> int:
        """Record the mailbox's UIDVALIDITY; returns the UID to read after (0 when it changed)."""
        return marks.begin_folder(self.db, account_id, mailbox, uidvalidity, self._clock)

    def set_status(self, account_id: int, mailbox: str, status: str, error: str | None) -> None:
        marks.set_status(self.db, account_id, mailbox, status, error)

    # -- storing one mail -----------------------------------------------------------------------

    def store_mail(
        self,
        raw: bytes,
        *,
        account_id: int | None = None,
        mailbox: str = "INBOX",
        uidvalidity: int | None = None,
        uid: int | None = None,
        own_addresses: frozenset[str] = frozenset(),
        unsubscribe_mailboxes: frozenset[str] = frozenset(),
    ) -> StoreResult:
        try:
            mail = parse(raw)
        except Exception:  # parse() is defensive; this is the last line of defence
            log.exception("unreadable mail skipped (account %s uid %s)", account_id, uid)
            self._advance(account_id, mailbox, uidvalidity, uid)
            return StoreResult(None, None, None)
        with self.db.read() as s:
            known = s.scalar(
                select(Message.id).where(Message.external_id == mail.message_id).limit(1)
            )
        if known is not None or not mail.from_addr or mail.from_addr in own_addresses:
            self._advance(account_id, mailbox, uidvalidity, uid)
            return StoreResult(None, None, None)
        member_id = self._member_for(mail)
        reason = wants_unsubscribe(mail, unsubscribe_mailboxes)
        if reason is not None:
            self.outbox.unsubscribe(member_id, channel=ChannelKind.EMAIL)
        with self.db.write() as s:
            if s.scalar(select(Message.id).where(Message.external_id == mail.message_id).limit(1)):
                self._advance_in(s, account_id, mailbox, uidvalidity, uid)
                return StoreResult(None, None, member_id)
            conv = self._conversation_for(s, mail, member_id, account_id)
            now = self._clock()
            at = min(mail.date, now) if mail.date else now
            msg = Message(
                conversation_id=conv.id,
                direction=MessageDirection.INBOUND,
                body_text=mail.text,
                body_html=mail.html,
                external_id=mail.message_id,
                sent_at=at,
                subject=mail.subject or None,
                sender=mail.from_addr,
                in_reply_to=mail.in_reply_to,
                reference_ids=" ".join(mail.references) or None,
                has_remote_images=mail.has_remote_images,
            )
            msg.attachments = [
                MessageAttachment(
                    filename=a.filename,
                    content_type=a.content_type,
                    size=len(a.content),
                    content=a.content,
                )
                for a in mail.attachments
            ]
            s.add(msg)
            if reason is not None:
                s.add(
                    Message(
                        conversation_id=conv.id,
                        direction=MessageDirection.NOTE,
                        body_text=f"unsubscribed ({reason})",
                        sent_at=at,
                        event=UNSUBSCRIBE_EVENT,
                    )
                )
            s.flush()
            touch(conv, mail.text.strip() or mail.subject, at, inbound=True)
            member = s.get(Member, member_id)
            if member is not None:
                member.last_interaction_at = now
            self._advance_in(s, account_id, mailbox, uidvalidity, uid)
            result = StoreResult(msg.id, conv.id, member_id, reason is not None)
        if reason is None:
            self._run_inbound_hooks(result, mail)  # welcome journeys (issue 6)
        return result

    def _run_inbound_hooks(self, result: StoreResult, mail: InboundMail) -> None:
        """Welcome journeys (issue 6): hand the stored mail to ``inbound_hooks``."""
        if result.message_id is None or result.member_id is None:
            return
        for hook in list(self.inbound_hooks):
            try:
                hook(result.message_id, result.member_id, mail)
            except Exception:  # the mail is stored; a hook must not undo or repeat that
                log.exception("inbound hook failed for message %s", result.message_id)

    def _advance(
        self, account_id: int | None, mailbox: str, uidvalidity: int | None, uid: int | None
    ) -> None:
        if account_id is None or uid is None:
            return
        with self.db.write() as s:
            self._advance_in(s, account_id, mailbox, uidvalidity, uid)

    def _advance_in(
        self,
        s: Session,
        account_id: int | None,
        mailbox: str,
        uidvalidity: int | None,
        uid: int | None,
    ) -> None:
        if account_id is None or uid is None:
            return
        marks.advance(s, account_id, mailbox, uidvalidity, uid, self._clock)

    def _member_for(self, mail: InboundMail) -> int:
        address = mail.from_addr
        with self.db.read() as s:  # the usual case, without taking the write lock
            found = member_with_contact(s, ContactChannel.EMAIL, address)
        if found is not None:
            return found
        name = mail.from_name or address.partition("@")[0]
        with self.db.write() as s:
            return member_for_contact(s, ContactChannel.EMAIL, address, name, FROM_INBOX)

    def _conversation_for(
        self, s: Session, mail: InboundMail, member_id: int, account_id: int | None
    ) -> Conversation:
        ids = list(mail.thread_ids())
        if ids:
            conv_id = s.scalar(
                select(Message.conversation_id)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(Message.external_id.in_(ids), Conversation.member_id == member_id)
                .order_by(Message.id.desc())
                .limit(1)
            )
            if conv_id is not None:
                conv = s.get(Conversation, conv_id)
                assert conv is not None
                return conv
        conv, new = member_conversation(
            s,
            member_id,
            ChannelKind.EMAIL,
            account_id=account_id,
            thread_id=mail.references[0] if mail.references else mail.message_id,
            subject=mail.subject,
        )
        if not new and conv.channel_account_id is None and account_id is not None:
            conv.channel_account_id = account_id
        return conv

    # -- one pass over a mailbox --------------------------------------------------------------

    async def sync_mailbox(
        self,
        box: ImapMailbox,
        account: ImapAccount,
        run_db: Callable[..., Any] | None = None,
        *,
        limit: int | None = None,
    ) -> int:
        """Store what is new in an opened mailbox; returns how many mails were new."""
        db = run_db or _inline
        assert box.folder is not None
        mailbox = account.config.mailbox
        last = await db(self.begin_folder, account.account_id, mailbox, box.folder.uidvalidity)
        stored = 0
        for n, uid in enumerate(await box.uids_after(last)):
            if limit is not None and n >= limit:
                break
            raw = await box.fetch(uid)
            if raw is None:
                await db(self._advance, account.account_id, mailbox, box.folder.uidvalidity, uid)
                continue
            result = await db(
                lambda r=raw, u=uid: self.store_mail(
                    r,
                    account_id=account.account_id,
                    mailbox=mailbox,
                    uidvalidity=box.folder.uidvalidity if box.folder else None,
                    uid=u,
                    own_addresses=account.own_addresses,
                    unsubscribe_mailboxes=account.unsubscribe_mailboxes,
                )
            )
            stored += result.message_id is not None
        return stored


async def _inline(fn: Callable[..., T], *args: Any) -> T:
    return fn(*args)
