"""Members: keyset-paged listing with search, profiles, validated create and edit (M1)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.contacts import (
    is_valid_email,
    is_valid_phone,
    like_pattern,
    normalize_email,
)
from desktop.domain.enums import ContactChannel, DmFrequency, Lifecycle, Role
from desktop.store.db import Database
from desktop.store.models import Group, Member, MemberContact, Membership, Tag

PAGE_SIZE = 200


@dataclass(frozen=True)
class MemberRow:
    id: int
    name: str
    lifecycle: Lifecycle
    activity_score: int
    email: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class MemberPage:
    rows: list[MemberRow]
    cursor: int | None  # pass back to get the next page; None when this was the last


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


@dataclass(frozen=True)
class MemberProfile:
    draft: MemberDraft
    lifecycle: Lifecycle
    activity_score: int
    groups: tuple[GroupRole, ...]


class MemberValidationError(ValueError):
    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems  # field → problem code
        super().__init__(", ".join(f"{k}: {v}" for k, v in problems.items()))


class MemberService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def page(
        self, query: str = "", cursor: int | None = None, limit: int = PAGE_SIZE
    ) -> MemberPage:
        """Newest first, ``limit`` rows after ``cursor`` (a member id), filtered by ``query``."""
        stmt = select(Member).where(Member.erased_at.is_(None)).order_by(Member.id.desc())
        if cursor is not None:
            stmt = stmt.where(Member.id < cursor)
        q = query.strip()
        if q:
            pattern = like_pattern(q)
            by_contact = select(MemberContact.member_id).where(
                MemberContact.address.like(pattern, escape="\\")
            )
            by_tag = select(Member.id).join(Member.tags).where(Tag.name.like(pattern, escape="\\"))
            stmt = stmt.where(
                or_(
                    Member.display_name.like(pattern, escape="\\"),
                    Member.id.in_(by_contact),
                    Member.id.in_(by_tag),
                )
            )
        stmt = stmt.limit(limit + 1).options(
            selectinload(Member.contacts), selectinload(Member.tags)
        )
        with self.db.read() as s:
            members = list(s.scalars(stmt))
        more = len(members) > limit
        members = members[:limit]
        rows = [_row(m) for m in members]
        return MemberPage(rows, members[-1].id if more and members else None)

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
            )
            return MemberProfile(
                draft=draft,
                lifecycle=Lifecycle(m.lifecycle),
                activity_score=m.activity_score,
                groups=tuple(GroupRole(gid, name, Role(role)) for gid, name, role in roles),
            )

    def validate(self, draft: MemberDraft) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not draft.name.strip():
            problems["name"] = "empty"
        if draft.email.strip() and not is_valid_email(draft.email):
            problems["email"] = "invalid"
        if draft.phone.strip() and not is_valid_phone(draft.phone):
            problems["phone"] = "invalid"
        if draft.email.strip() and "email" not in problems:
            with self.db.read() as s:
                owner = s.scalar(
                    select(MemberContact.member_id).where(
                        MemberContact.channel == ContactChannel.EMAIL,
                        MemberContact.address == normalize_email(draft.email),
                    )
                )
            if owner is not None and owner != draft.id:
                problems["email"] = "taken"
        return problems

    def save(self, draft: MemberDraft) -> int:
        problems = self.validate(draft)
        if problems:
            raise MemberValidationError(problems)
        with self.db.write() as s:
            m = Member() if draft.id is None else s.get(Member, draft.id)
            if m is None:
                raise KeyError(draft.id)
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
                    ContactChannel.PHONE: draft.phone.strip(),
                    ContactChannel.WECHAT: draft.wechat.strip(),
                },
            )
            m.tags = [_tag(s, name) for name in dict.fromkeys(draft.tags) if name.strip()]
            return m.id


def _row(m: Member) -> MemberRow:
    return MemberRow(
        id=m.id,
        name=m.display_name,
        lifecycle=Lifecycle(m.lifecycle),
        activity_score=m.activity_score,
        email=_contact(m, ContactChannel.EMAIL),
        tags=tuple(sorted(t.name for t in m.tags)),
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
