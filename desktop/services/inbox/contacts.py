"""The member behind an address on a channel, created when someone new writes or joins."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.enums import ContactChannel
from desktop.store.models import Member, MemberContact


def member_with_contact(s: Session, channel: ContactChannel, address: str) -> int | None:
    found = s.scalar(
        select(MemberContact.member_id).where(
            MemberContact.channel == channel, MemberContact.address == address
        )
    )
    return None if found is None else int(found)


def member_for_contact(
    s: Session, channel: ContactChannel, address: str, name: str, source: str
) -> int:
    """The member with this address, or a new one named ``name`` and marked with ``source``
    (where they came from: "from inbox", "from Matrix")."""
    found = member_with_contact(s, channel, address)
    if found is not None:
        return found
    member = Member(display_name=name[:80], source=source)
    member.contacts = [MemberContact(channel=channel, address=address)]
    s.add(member)
    s.flush()
    return member.id
