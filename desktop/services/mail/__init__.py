"""Mail as a channel (D1): email accounts (SMTP and IMAP), and reading their mailboxes into the
inbox.
"""

from desktop.services.mail.accounts import AccountError, AccountRow, AccountService, SaveResult

__all__ = [
    "AccountError",
    "AccountRow",
    "AccountService",
    "SaveResult",
]
