"""Mail as a channel (D1): email accounts (SMTP and IMAP), and reading their mailboxes into the
inbox.
"""

from desktop.channels.base import ConnectionCheck
from desktop.channels.imap import ImapConfig
from desktop.channels.mail_message import EmailConfig, TlsMode
from desktop.services.mail.accounts import AccountError, AccountRow, AccountService, SaveResult

__all__ = [
    "AccountError",
    "AccountRow",
    "AccountService",
    "ConnectionCheck",
    "EmailConfig",
    "ImapConfig",
    "SaveResult",
    "TlsMode",
]
