"""At-most-once sending for channels with no idempotency key (group robots' webhooks).

Before the request: a mark is written (its own short transaction). After it: the outcome and
the removal of the mark are one transaction. A row claimed again while still marked was cut
off mid-request (a crash, a kill): it may or may not have reached the group, so it goes to the
"to post now" list for a person to check rather than being posted a second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select

from desktop.domain.enums import ChannelKind
from desktop.services.sending.batch_types import Outcome
from desktop.services.sending.claims import record_in
from desktop.store.db import Database
from desktop.store.models import SendingMark

AT_MOST_ONCE: frozenset[ChannelKind] = frozenset({ChannelKind.WEBHOOK})


def marked(db: Database, ids: Sequence[int]) -> set[int]:
    if not ids:
        return set()
    with db.read() as s:
        return set(
            s.scalars(select(SendingMark.delivery_id).where(SendingMark.delivery_id.in_(ids)))
        )


def mark(db: Database, delivery_id: int, owner: str, now: datetime) -> None:
    with db.write() as s:
        s.execute(delete(SendingMark).where(SendingMark.delivery_id == delivery_id))
        s.add(SendingMark(delivery_id=delivery_id, owner=owner, started_at=now))


def finish(db: Database, owner: str, outcome: Outcome, now: datetime) -> None:
    with db.write() as s:
        record_in(s, owner, [outcome], now)
        s.execute(delete(SendingMark).where(SendingMark.delivery_id == outcome.id))
