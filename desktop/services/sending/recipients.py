"""Who an outbox row goes to, by name: the member's display name and address, not an id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.services.sending.outbox_types import OutboxRow
from desktop.store.models import Member, MemberContact


def with_members(s: Session, rows: Sequence[OutboxRow]) -> list[OutboxRow]:
    """``rows`` with each member's name, erased mark and address for the row's channel."""
    ids = sorted({r.member_id for r in rows if r.member_id is not None})
    if not ids:
        return list(rows)
    names = {
        id_: (name, erased is not None)
        for id_, name, erased in s.execute(
            select(Member.id, Member.display_name, Member.erased_at).where(Member.id.in_(ids))
        )
    }
    addresses: dict[tuple[int, str], str] = {}
    first: dict[int, str] = {}
    for member_id, channel, address in s.execute(
        select(MemberContact.member_id, MemberContact.channel, MemberContact.address)
        .where(MemberContact.member_id.in_(ids))
        .order_by(MemberContact.id)
    ):
        addresses.setdefault((member_id, str(channel)), address)
        first.setdefault(member_id, address)
    out: list[OutboxRow] = []
    for r in rows:
        mid = r.member_id if r.member_id is not None else -1
        found = names.get(mid)
        if found is None:
            out.append(r)
            continue
        name, erased = found
        on_channel = addresses.get((mid, str(r.channel))) or first.get(mid)
        out.append(
            replace(
                r,
                member_name=name,
                member_erased=erased,
                member_address=r.recipient or on_channel,
            )
        )
    return out
