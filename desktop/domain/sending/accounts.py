"""States of a channel account as the dispatcher and the account dialog see them."""

from __future__ import annotations

from enum import StrEnum


class AccountStatus(StrEnum):
    UNKNOWN = "unknown"  # never used, or changed since the last use
    OK = "ok"  # the last connection or send worked
    AUTH_ERROR = "auth_error"  # the server refused the credentials: a person must fix them
    NEEDS_SECRET = "needs_secret"  # no password in the keyring (or this session's memory)
    CONFIG_ERROR = "config_error"  # the stored settings cannot be used


# While an account is in one of these, its deliveries wait (they are not claimed at all),
# so one bad password does not fail a thousand deliveries one by one.
BLOCKING_STATUSES: frozenset[AccountStatus] = frozenset(
    {AccountStatus.AUTH_ERROR, AccountStatus.NEEDS_SECRET, AccountStatus.CONFIG_ERROR}
)
