"""Saved segments (M6) and the SQL form of a SegmentFilter, shared by the members table,
export, greetings and anything that targets "a segment" (posts, DMs)."""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import ColumnElement, Select, extract, or_, select
from sqlalchemy.orm import Session

from desktop.domain.members.contacts import like_pattern, phone_search_digits
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.sending.consent import ALL_CHANNELS
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Member,
    MemberContact,
    Membership,
    Segment,
    Tag,
    member_tags,
)

Ts = TypeVarTuple("Ts")


class SegmentError(ValueError):
    pass


@dataclass(frozen=True)
class SegmentRow:
    id: int
    name: str
    filter: SegmentFilter


def apply_filter(stmt: Select[*Ts], flt: SegmentFilter) -> Select[*Ts]:
    """Narrow a SELECT over ``Member`` to the filter (erased members are always left out)."""
    stmt = stmt.where(Member.erased_at.is_(None))
    q = flt.text.strip()
    if q:
        pattern = like_pattern(q)
        contact_match: ColumnElement[bool] = MemberContact.address.like(pattern, escape="\\")
        digits = phone_search_digits(q)
        if digits is not None:  # phones are stored in E.164: "138 1234 5678" finds +86138…
            contact_match = or_(
                contact_match, MemberContact.address.like(like_pattern(digits), escape="\\")
            )
        by_contact = select(MemberContact.member_id).where(contact_match)
        by_tag = (
            select(member_tags.c.member_id)
            .join(Tag, Tag.id == member_tags.c.tag_id)
            .where(Tag.name.like(pattern, escape="\\"))
        )
        stmt = stmt.where(
            or_(
                Member.display_name.like(pattern, escape="\\"),
                Member.id.in_(by_contact),
                Member.id.in_(by_tag),
            )
        )
    if flt.tags:
        stmt = stmt.where(
            Member.id.in_(
                select(member_tags.c.member_id)
                .join(Tag, Tag.id == member_tags.c.tag_id)
                .where(Tag.name.in_(list(flt.tags)))
            )
        )
    if flt.group_id is not None or flt.role is not None:
        sub = select(Membership.member_id).where(Membership.left_at.is_(None))
        if flt.group_id is not None:
            sub = sub.where(Membership.group_id == flt.group_id)
        if flt.role is not None:
            sub = sub.where(Membership.role == flt.role)
        stmt = stmt.where(Member.id.in_(sub))
    if flt.lifecycles:
        stmt = stmt.where(Member.lifecycle.in_([str(x) for x in flt.lifecycles]))
    if flt.min_activity is not None:
        stmt = stmt.where(Member.activity_score >= flt.min_activity)
    if flt.max_activity is not None:
        stmt = stmt.where(Member.activity_score <= flt.max_activity)
    if flt.consent_purpose is not None and flt.consent_channel:
        # The latest event for this channel (or "all channels") and purpose must be a yes.
        latest = (
            select(ConsentRecord.granted)
            .where(
                ConsentRecord.member_id == Member.id,
                ConsentRecord.purpose == flt.consent_purpose,
                ConsentRecord.channel.in_([flt.consent_channel, ALL_CHANNELS]),
            )
            .order_by(ConsentRecord.recorded_at.desc(), ConsentRecord.id.desc())
            .limit(1)
            .correlate(Member)
            .scalar_subquery()
        )
        stmt = stmt.where(latest.is_(True))
    if flt.birthday_month is not None:
        stmt = stmt.where(extract("month", Member.birthday) == flt.birthday_month)
    return stmt


def filtered_member_ids(
    s: Session, flt: SegmentFilter, *, after: int = 0, limit: int | None = None
) -> list[int]:
    """Member ids of the filter in id order, after ``after`` (keyset paging)."""
    stmt = apply_filter(select(Member.id), flt).where(Member.id > after).order_by(Member.id)
    if limit is not None:
        stmt = stmt.limit(limit)
    return list(s.scalars(stmt))


class SegmentService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[SegmentRow]:
        with self.db.read() as s:
            return [
                SegmentRow(g.id, g.name, SegmentFilter.from_dict(g.filter))
                for g in s.scalars(select(Segment).order_by(Segment.name))
            ]

    def get(self, segment_id: int) -> SegmentRow:
        with self.db.read() as s:
            g = s.get(Segment, segment_id)
            if g is None:
                raise KeyError(segment_id)
            return SegmentRow(g.id, g.name, SegmentFilter.from_dict(g.filter))

    def save(self, name: str, flt: SegmentFilter, segment_id: int | None = None) -> int:
        name = name.strip()
        if not name:
            raise SegmentError("name is empty")
        if flt.problems():
            raise SegmentError(", ".join(flt.problems()))
        with self.db.write() as s:
            clash = s.scalar(select(Segment.id).where(Segment.name == name))
            if clash is not None and clash != segment_id:
                raise SegmentError("name is taken")
            g = Segment() if segment_id is None else s.get(Segment, segment_id)
            if g is None:
                raise KeyError(segment_id)
            g.name = name[:80]
            g.filter = flt.to_dict()
            s.add(g)
            s.flush()
            return g.id

    def delete(self, segment_id: int) -> None:
        with self.db.write() as s:
            g = s.get(Segment, segment_id)
            if g is not None:
                s.delete(g)

    def member_ids(self, flt: SegmentFilter) -> builtins.list[int]:  # list: the method
        """Every member of the filter: the target list for posts, DMs and greetings."""
        with self.db.read() as s:
            return filtered_member_ids(s, flt)

    def count(self, flt: SegmentFilter) -> int:
        return len(self.member_ids(flt))
