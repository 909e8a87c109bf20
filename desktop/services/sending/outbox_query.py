"""The outbox list's SELECTs: one filter for the keyset pages and for rows read by id.

The live feed names the deliveries a teammate (or the worker) changed; the outbox window
re-reads just those through ``rows_by_ids`` with the filter it shows, so a row that no
longer matches leaves the table and one that now matches comes in.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlalchemy import Select, or_, select

from desktop.services.sending.outbox_types import OutboxFilter
from desktop.store.models import Delivery

IN_CHUNK = 500  # ids per IN (…): well under every driver's parameter limit


def filtered(stmt: Select[Any], flt: OutboxFilter) -> Select[Any]:
    """``stmt`` (a SELECT over deliveries) narrowed to what ``flt`` shows."""
    if flt.statuses:
        stmt = stmt.where(Delivery.status.in_([str(x) for x in flt.statuses]))
    if flt.channel is not None:
        stmt = stmt.where(Delivery.channel == flt.channel)
    if flt.member_id is not None:
        stmt = stmt.where(Delivery.member_id == flt.member_id)
    if flt.post_id is not None:
        stmt = stmt.where(Delivery.post_id == flt.post_id)
    if flt.due_from is not None:
        stmt = stmt.where(Delivery.due_at >= flt.due_from)
    if flt.due_to is not None:
        stmt = stmt.where(Delivery.due_at < flt.due_to)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        stmt = stmt.where(or_(Delivery.subject.like(like), Delivery.recipient.like(like)))
    return stmt


def by_ids(flt: OutboxFilter, ids: Collection[int]) -> list[Select[Any]]:
    """The SELECTs (one per chunk of ids) of the deliveries among ``ids`` that match."""
    ordered = sorted(ids)
    return [
        filtered(select(Delivery), flt).where(Delivery.id.in_(ordered[i : i + IN_CHUNK]))
        for i in range(0, len(ordered), IN_CHUNK)
    ]
