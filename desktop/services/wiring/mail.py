"""Email: accounts, and the IMAP side read into the inbox with its hooks into welcome
journeys and campaigns."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.mail.accounts import AccountService
    from desktop.services.mail.ingest import InboxIngest
    from desktop.services.mail.poller import InboxPoller


def accounts(s: Services) -> AccountService:
    from desktop.services.mail.accounts import AccountService

    return AccountService(s.db, s.secrets)


def ingest(s: Services) -> InboxIngest:
    from desktop.services.mail.ingest import InboxIngest

    return InboxIngest(
        s.db,
        s.secrets,
        s.outbox,
        # Replies carrying a verification code or W1 answers move welcome journeys on;
        # a keyword enters a campaign.
        inbound_hooks=(s.welcome.inbound.on_inbound, s.campaign_entries.on_mail),
    )


def poller(s: Services) -> InboxPoller:
    """Reads the IMAP side of email accounts into the inbox."""
    from desktop.services.mail.poller import InboxPoller

    return InboxPoller(s._mail_ingest, on_new=s.events.messages_arrived.emit)
