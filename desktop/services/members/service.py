"""Members: keyset-paged listing with search, profiles, validated create and edit (M1)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Row, Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain.enums import ContactChannel, DmFrequency, Lifecycle, Role
from desktop.domain.members.contacts import (
    is_valid_email,
    is_valid_phone,
    normalize_email,
    phone_e164,
)
from desktop.domain.members.segments import SegmentFilter
from desktop.services.live import drafts
from desktop.services.members.segments import apply_filter
from desktop.store.db import Database
from desktop.store.models import Group, Member, MemberContact, Membership, Tag, member_tags

PAGE_SIZE = 200

# A keyset cursor: the last member id (newest first) or (sort value, id) for other orders.
MemberCursor = int | tuple[Any, int]


class MemberSort(StrEnum):
    NEWEST = "newest"
    ACTIVITY = "activity"  # most active first (M3 activity score)
    NAME = "name"


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    lifecycle: Lifecycle
    activity_score: int
    email: str
    tags: tuple[str, ...]
    last_interaction: datetime | None = None  # what the lifecycle and score are counted from


@dataclass(frozen=True)
class MemberPage:
    rows: list[MemberRow]
    cursor: MemberCursor | None  # pass back to get the next page; None when this was the last


@dataclass(frozen=True)
class GroupRole:
    group_id: int
    group_name: str
    role: Role


@dataclass
class MemberDraft:
    name: str
    email: str = ""
    phone: str = ""
    wechat: str = ""
    tags: list[str] = field(default_factory=list)
    birthday: date | None = None
    source: str = ""
    notes: str = ""
    dm_frequency: DmFrequency = DmFrequency.WEEKLY
    id: int | None = None
    version: int | None = None  # as read; saving over a newer version raises EditConflict
    # Who saved this copy (the teammate's name, team mode only): the compare dialog names them
    saved_by: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class MemberProfile:
    draft: MemberDraft
    lifecycle: Lifecycle
    activity_score: int
    groups: tuple[GroupRole, ...]
    last_interaction: datetime | None = None


class MemberValidationError(ValueError):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems  # field → problem code
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))


# The list's columns: id, name, lifecycle, activity score, last interaction.
_Columns = tuple[int, str, Lifecycle, int, datetime | None]
_Listed = Row[*_Columns]


class MemberService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(
        self,
        query: str = "",
        cursor: MemberCursor | None = None,
        limit: int = PAGE_SIZE,
        *,
        flt: SegmentFilter | None = None,
        sort: MemberSort = MemberSort.NEWEST,
    ) -> MemberPage:
        """``limit`` rows after ``cursor`` in ``sort`` order, filtered by ``query`` and ``flt``.

        Keyset paging: the cursor is the last row's sort key, so each page is one indexed
        query however deep the user scrolls.
        """
        stmt = _listed(query, flt)
        if sort == MemberSort.ACTIVITY:
            stmt = stmt.order_by(Member.activity_score.desc(), Member.id.desc())
            if cursor is not None:
                score, last = cursor  # type: ignore[misc]
                stmt = stmt.where(
                    or_(
                        Member.activity_score < score,
                        and_(Member.activity_score == score, Member.id < last),
                    )
                )
        elif sort == MemberSort.NAME:
            stmt = stmt.order_by(Member.display_name, Member.id)
            if cursor is not None:
                name, last = cursor  # type: ignore[misc]
                stmt = stmt.where(
                    or_(
                        Member.display_name > name,
                        and_(Member.display_name == name, Member.id > last),
                    )
                )
        else:
            stmt = stmt.order_by(Member.id.desc())
            if cursor is not None:
                stmt = stmt.where(Member.id < cursor)
        with self.db.read() as s:
            found = s.execute(stmt.limit(limit + 1)).all()
            more = len(found) > limit
            found = found[:limit]
            rows = _table_rows(s, found)
        next_cursor: MemberCursor | None = None
        if more and found:
            last_m = found[-1]
            if sort == MemberSort.ACTIVITY:
                next_cursor = (last_m.activity_score, last_m.id)
            elif sort == MemberSort.NAME:
                next_cursor = (last_m.display_name, last_m.id)
            else:
                next_cursor = last_m.id
        return MemberPage(rows, next_cursor)

    def rows_by_ids(
        self, ids: Collection[int], query: str = "", *, flt: SegmentFilter | None = None
    ) -> list[MemberRow]:
        """The table rows among ``ids`` that the search and filter shown still match (an
        erased or deleted member, or one no longer matching, is left out)."""
        stmt = _listed(query, flt).where(Member.id.in_(sorted(ids)))
        with self.db.read() as s:
            return _table_rows(s, s.execute(stmt).all())

    def members_of_contacts(self, contact_ids: Collection[int]) -> set[int]:
        """The members the given contact rows (email, phone …) belong to."""
        with self.db.read() as s:
            return set(
                s.scalars(
                    select(MemberContact.member_id).where(MemberContact.id.in_(sorted(contact_ids)))
                )
            )

    def row(self, member_id: int) -> MemberRow | None:
        """One table row, e.g. to refresh the row of a member just edited."""
        with self.db.read() as s:
            m = s.get(
                Member,
                member_id,
                options=[selectinload(Member.contacts), selectinload(Member.tags)],
            )
            return None if m is None or m.erased_at is not None else _row(m)

    def profile(self, member_id: int) -> MemberProfile:
        with self.db.read() as s:
            m = s.get(
                Member,
                member_id,
                options=[selectinload(Member.contacts), selectinload(Member.tags)],
            )
            if m is None:
                raise KeyError(member_id)
            roles = s.execute(
                select(Group.id, Group.name, Membership.role)
                .join(Membership, Membership.group_id == Group.id)
                .where(Membership.member_id == member_id, Membership.left_at.is_(None))
                .order_by(Group.name)
            ).all()
            draft = MemberDraft(
                id=m.id,
                name=m.display_name,
                email=_contact(m, ContactChannel.EMAIL),
                phone=_contact(m, ContactChannel.PHONE),
                wechat=_contact(m, ContactChannel.WECHAT),
                tags=sorted(t.name for t in m.tags),
                birthday=m.birthday,
                source=m.source,
                notes=m.notes,
                dm_frequency=DmFrequency(m.dm_frequency),
                version=m.version,
                saved_by=m.saved_by,
            )
            return MemberProfile(
                draft=draft,
                lifecycle=Lifecycle(m.lifecycle),
                activity_score=m.activity_score,
                groups=tuple(GroupRole(gid, name, Role(role)) for gid, name, role in roles),
                last_interaction=m.last_interaction_at,
            )

    def validate(self, draft: MemberDraft) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not draft.name.strip():
            problems["name"] = "empty"
        if draft.email.strip() and not is_valid_email(draft.email):
            problems["email"] = "invalid"
        if draft.phone.strip() and not is_valid_phone(draft.phone):
            problems["phone"] = "invalid"
        addresses = {
            "email": (ContactChannel.EMAIL, normalize_email(draft.email)),
            "phone": (ContactChannel.PHONE, phone_e164(draft.phone) or ""),
        }
        for field_name, (channel, address) in addresses.items():
            if not address or field_name in problems:
                continue
            with self.db.read() as s:
                owner = s.scalar(
                    select(MemberContact.member_id).where(
                        MemberContact.channel == channel, MemberContact.address == address
                    )
                )
            if owner is not None and owner != draft.id:
                problems[field_name] = "taken"  # an address belongs to one member only
        return problems

    def save(self, draft: MemberDraft, base: MemberDraft | None = None) -> int:
        """Create or update; a save over a newer version raises EditConflict (``base``, the
        copy the editor read, tells who changed which field)."""
        problems = self.validate(draft)
        if problems:
            raise MemberValidationError(problems)
        try:
            return self._write(draft)
        except StaleDataError:  # a teammate's save committed between our read and write
            if draft.id is None:
                raise
            theirs = self.profile(draft.id).draft
            raise drafts.conflict("members", theirs, draft, base) from None

    def _write(self, draft: MemberDraft) -> int:
        with self.db.write() as s:
            m = Member() if draft.id is None else s.get(Member, draft.id)
            if m is None:
                raise KeyError(draft.id)
            if draft.version is not None and m.id is not None and m.version != draft.version:
                raise StaleDataError(f"member {m.id} is at version {m.version}")
            if m.id is not None:
                # Contacts and tags live in their own rows: the member's UPDATE (and so its
                # version) must happen even when only they change.
                flag_modified(m, "notes")
            m.display_name = draft.name.strip()
            m.birthday = draft.birthday
            m.source = draft.source.strip()
            m.notes = draft.notes
            m.dm_frequency = draft.dm_frequency
            s.add(m)
            s.flush()
            _set_contacts(
                s,
                m,
                {
                    ContactChannel.EMAIL: normalize_email(draft.email),
                    ContactChannel.PHONE: phone_e164(draft.phone) or "",
                    ContactChannel.WECHAT: draft.wechat.strip(),
                },
            )
            m.tags = [_tag(s, name) for name in dict.fromkeys(draft.tags) if name.strip()]
            return m.id


def _listed(query: str, flt: SegmentFilter | None) -> Select[*_Columns]:
    """The table's columns for the members ``query`` and ``flt`` show, unordered."""
    base = flt or SegmentFilter()
    if query.strip():
        base = replace(base, text=query)
    return apply_filter(
        select(
            Member.id,
            Member.display_name,
            Member.lifecycle,
            Member.activity_score,
            Member.last_interaction_at,
        ),
        base,
    )


def _table_rows(s: Session, found: Sequence[_Listed]) -> list[MemberRow]:
    """Rows of ``_listed`` as table rows, with each member's first email and tags.

    Plain columns and two batch lookups, not ORM objects: a page is 200 rows, and the
    table shows only these fields.
    """
    ids = [r.id for r in found]
    emails: dict[int, str] = {}
    tags: dict[int, list[str]] = {}
    if ids:
        # The channel is checked here, not in SQL: with it SQLite prefers the
        # (channel, address) index and walks every email of the workspace.
        for mid, channel, address in s.execute(
            select(MemberContact.member_id, MemberContact.channel, MemberContact.address).where(
                MemberContact.member_id.in_(ids)
            )
        ):
            if channel == ContactChannel.EMAIL:
                emails.setdefault(mid, address)
        for mid, name in s.execute(
            select(member_tags.c.member_id, Tag.name)
            .join(Tag, Tag.id == member_tags.c.tag_id)
            .where(member_tags.c.member_id.in_(ids))
            .order_by(Tag.name)
        ):
            tags.setdefault(mid, []).append(name)
    return [
        MemberRow(
            id=r.id,
            name=r.display_name,
            lifecycle=Lifecycle(r.lifecycle),
            activity_score=r.activity_score,
            email=emails.get(r.id, ""),
            tags=tuple(tags.get(r.id, ())),
            last_interaction=r.last_interaction_at,
        )
        for r in found
    ]


def _row(m: Member) -> MemberRow:
    return MemberRow(
        id=m.id,
        name=m.display_name,
        lifecycle=Lifecycle(m.lifecycle),
        activity_score=m.activity_score,
        email=_contact(m, ContactChannel.EMAIL),
        tags=tuple(sorted(t.name for t in m.tags)),
        last_interaction=m.last_interaction_at,
    )


def _contact(m: Member, channel: ContactChannel) -> str:
    return next((c.address for c in m.contacts if c.channel == channel), "")


def _set_contacts(s: Session, m: Member, values: dict[ContactChannel, str]) -> None:
    by_channel = {ContactChannel(c.channel): c for c in m.contacts}
    for channel, address in values.items():
        current = by_channel.get(channel)
        if not address:
            if current is not None:
                m.contacts.remove(current)
        elif current is None:
            m.contacts.append(MemberContact(channel=channel, address=address))
        else:
            current.address = address


def _tag(s: Session, name: str) -> Tag:
    name = name.strip()
    tag = s.scalar(select(Tag).where(Tag.name == name))
    if tag is None:
        tag = Tag(name=name)
        s.add(tag)
        s.flush()
    return tag
