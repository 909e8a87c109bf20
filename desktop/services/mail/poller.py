"""The IMAP poller (D1): keeps every IMAP-enabled email account's inbox read.

Runs on the app's asyncio loop: per account it signs in, reads what is new through
``InboxIngest.sync_mailbox``, then waits with IDLE (or polls), and backs off on errors with
the reason visible in ``ImapFolderState``.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import timedelta

from desktop.channels.imap import ImapAuthError, ImapError, ImapMailbox
from desktop.domain.sending.backoff import RetryPolicy, backoff_delay
from desktop.secrets import SecretError
from desktop.services.background.account_loops import AccountLoops
from desktop.services.mail.imap_settings import ImapAccount, ImapStatus
from desktop.services.mail.ingest import InboxIngest

log = logging.getLogger(__name__)


class InboxPoller(AccountLoops[ImapAccount]):
    """Keeps every IMAP-enabled email account's inbox read; ``on_new`` after new mail."""

    task_prefix = "imap"  # IDLE watches ``_stop`` itself: stopping waits for it

    def __init__(
        self,
        ingest: InboxIngest,
        *,
        retry: RetryPolicy | None = None,
        on_new: Callable[[int], None] | None = None,
        rand: Callable[[], float] = random.random,
    ) -> None:
        super().__init__(on_new=on_new, rand=rand)
        self.ingest = ingest
        self.retry = retry or RetryPolicy()

    def _accounts(self) -> list[ImapAccount]:
        return self.ingest.imap_accounts()

    def _key(self, account: ImapAccount) -> int:
        return account.account_id

    async def _run_account(self, account: ImapAccount) -> None:
        mailbox = account.config.mailbox
        failures = 0
        while not self._stop.is_set():
            try:
                password = await self._db(self.ingest.password_for, account)
            except SecretError as exc:  # e.g. no team key here: say which, try again later
                self._failed(str(exc))
                await self._db(
                    self.ingest.set_status,
                    account.account_id,
                    mailbox,
                    ImapStatus.NEEDS_SECRET,
                    str(exc),
                )
                await self._sleep(60)
                continue
            if password is None:
                await self._db(
                    self.ingest.set_status,
                    account.account_id,
                    mailbox,
                    ImapStatus.NEEDS_SECRET,
                    "no IMAP password stored for this account",
                )
                await self._sleep(60)
                continue
            box = ImapMailbox(account.config, password)
            try:
                await box.open()
                failures = 0
                while not self._stop.is_set():
                    self._arrived(await self.ingest.sync_mailbox(box, account, self._db))
                    await box.wait_for_news(self._stop)
            except ImapError as exc:
                failures += 1
                status = (
                    ImapStatus.AUTH_ERROR
                    if isinstance(exc, ImapAuthError)
                    else ImapStatus.UNAVAILABLE
                )
                log.info("imap account %s: %s", account.account_id, exc)
                self._failed(str(exc))
                await self._db(
                    self.ingest.set_status, account.account_id, mailbox, status, str(exc)
                )
                delay = backoff_delay(failures, self.retry, self._rand)
                if isinstance(exc, ImapAuthError):
                    delay = max(delay, timedelta(minutes=5))  # do not hammer a refused login
                await self._sleep(delay.total_seconds())
            finally:
                await box.close()
