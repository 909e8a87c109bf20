"""Why a pending delivery cannot leave yet, read from the accounts as they are now.

The dispatcher records a reason only once it tried; a reply queued while no account is
set up must say so at once, in the thread and in the status bar, and not look sent. The
reasons use the dispatcher's own wording ("waiting: …"), so one translation serves both.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, DeliveryStatus
from desktop.domain.sending.accounts import AccountStatus
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery

# Channels that send through a configured account; the others (manual) need none.
ACCOUNT_CHANNELS = frozenset({ChannelKind.EMAIL, ChannelKind.MATRIX, ChannelKind.TELEGRAM})
_BY_STATUS = {
    AccountStatus.AUTH_ERROR: "waiting: the account's sign-in was refused",
    AccountStatus.NEEDS_SECRET: "waiting: account needs its password",
    AccountStatus.CONFIG_ERROR: "waiting: account settings unusable",
}
# Stored reasons that mean "still waiting" (the rest belong to finished rows).
_WAITING_PREFIXES = ("waiting:", "postponed", "paced:")


@dataclass(frozen=True)
class Waiting:
    reason: str  # the dispatcher's wording, e.g. "waiting: no enabled email account"
    channel: ChannelKind
    account: bool  # a person must set up or fix an account (not just a matter of time)


class _Accounts:
    def __init__(self, s: Session) -> None:
        self.rows = {
            a.id: (ChannelKind(a.kind), bool(a.enabled), a.status)
            for a in s.execute(
                select(
                    ChannelAccount.id,
                    ChannelAccount.kind,
                    ChannelAccount.enabled,
                    ChannelAccount.status,
                )
            )
        }
        self.default: dict[ChannelKind, int] = {}
        for id_, (kind, enabled, _st) in sorted(self.rows.items()):
            if enabled:
                self.default.setdefault(kind, id_)

    def problem(self, channel: ChannelKind, account_id: int | None) -> str | None:
        if channel not in ACCOUNT_CHANNELS:
            return None
        row = self.rows.get(account_id) if account_id is not None else None
        if row is not None and not row[1]:
            # The dispatcher does not claim a row whose own account is disabled.
            return "waiting: account disabled"
        if row is None:
            fallback = self.default.get(channel)
            if fallback is None:
                return f"waiting: no enabled {channel} account"
            row = self.rows[fallback]
        try:
            return _BY_STATUS.get(AccountStatus(row[2]))
        except ValueError:
            return None


def why_waiting(s: Session, delivery_ids: Iterable[int]) -> dict[int, Waiting]:
    """For each pending delivery among ``delivery_ids`` that cannot leave now: why."""
    ids = list(delivery_ids)
    if not ids:
        return {}
    accounts = _Accounts(s)
    found: dict[int, Waiting] = {}
    for id_, channel, account_id, reason in s.execute(
        select(
            Delivery.id, Delivery.channel, Delivery.channel_account_id, Delivery.status_reason
        ).where(Delivery.id.in_(ids), Delivery.status == DeliveryStatus.PENDING)
    ):
        kind = ChannelKind(channel)
        problem = accounts.problem(kind, account_id)
        if problem is not None:
            found[id_] = Waiting(problem, kind, True)
        elif reason and reason.startswith(_WAITING_PREFIXES):
            found[id_] = Waiting(reason, kind, reason.startswith("waiting:"))
    return found


def waiting_for_accounts(db: Database) -> dict[ChannelKind, int]:
    """Pending deliveries per channel that wait for an account a person must set up or fix."""
    with db.read() as s:
        accounts = _Accounts(s)
        counts: dict[ChannelKind, int] = {}
        for channel, account_id, n in s.execute(
            select(Delivery.channel, Delivery.channel_account_id, func.count())
            .where(Delivery.status == DeliveryStatus.PENDING)
            .group_by(Delivery.channel, Delivery.channel_account_id)
        ):
            kind = ChannelKind(channel)
            if accounts.problem(kind, account_id) is not None:
                counts[kind] = counts.get(kind, 0) + int(n)
    return counts
