"""Export the members table, or one segment of it, to CSV or Excel (M6).

Rows are read page by page in member-id order and written as they come, so a big
workspace is never held in memory at once.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.domain.enums import ContactChannel
from desktop.domain.members.segments import SegmentFilter
from desktop.services.members.segments import filtered_member_ids
from desktop.store.db import Database
from desktop.store.models import Group, Member, MemberContact, Membership, Tag, member_tags

EXPORT_HEADERS = [
    "name",
    "email",
    "phone",
    "wechat",
    "tags",
    "birthday",
    "source",
    "notes",
    "groups",  # not "group": several names would not re-import as one group
    "lifecycle",
    "activity_score",
]
PAGE = 2000

Progress = Callable[[int], None]  # rows written so far


def write_table(path: Path, headers: Sequence[str], rows: Iterator[Sequence[Any]]) -> int:
    """Any table to ``.xlsx`` (by suffix) or CSV in UTF-8 with BOM (Excel reads it right)."""
    n = 0
    if path.suffix.lower() == ".xlsx":
        import openpyxl

        wb = openpyxl.Workbook(write_only=True)
        ws = wb.create_sheet()
        ws.append(list(headers))
        for row in rows:
            ws.append(list(row))
            n += 1
        wb.save(path)
        return n
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(headers)
        for row in rows:
            w.writerow(["" if v is None else v for v in row])
            n += 1
    return n


class MemberExporter:
    def __init__(self, db: Database) -> None:
        self.db = db

    def export(
        self,
        path: Path,
        flt: SegmentFilter | None = None,
        progress: Progress | None = None,
    ) -> int:
        """Write the (filtered) members; returns how many. Erased members are never written."""
        return write_table(path, EXPORT_HEADERS, self._rows(flt, progress))

    def _rows(self, flt: SegmentFilter | None, progress: Progress | None) -> Iterator[list[Any]]:
        done = 0
        after = 0
        while True:
            with self.db.read() as s:
                ids = filtered_member_ids(s, flt or SegmentFilter(), after=after, limit=PAGE)
                if not ids:
                    return
                rows = _member_rows(s, ids)
            yield from rows
            done += len(rows)
            after = ids[-1]
            if progress is not None:
                progress(done)


def _member_rows(s: Any, ids: list[int]) -> list[list[Any]]:
    members = {m.id: m for m in s.scalars(select(Member).where(Member.id.in_(ids)))}
    contacts: dict[int, dict[str, str]] = {}
    for mid, ch, addr in s.execute(
        select(MemberContact.member_id, MemberContact.channel, MemberContact.address).where(
            MemberContact.member_id.in_(ids)
        )
    ):
        contacts.setdefault(mid, {})[str(ch)] = addr
    tags: dict[int, list[str]] = {}
    for mid, name in s.execute(
        select(member_tags.c.member_id, Tag.name)
        .join(Tag, Tag.id == member_tags.c.tag_id)
        .where(member_tags.c.member_id.in_(ids))
        .order_by(Tag.name)
    ):
        tags.setdefault(mid, []).append(name)
    groups: dict[int, list[str]] = {}
    for mid, name in s.execute(
        select(Membership.member_id, Group.name)
        .join(Group, Group.id == Membership.group_id)
        .where(Membership.member_id.in_(ids), Membership.left_at.is_(None))
        .order_by(Group.name)
    ):
        groups.setdefault(mid, []).append(name)
    out: list[list[Any]] = []
    for mid in ids:
        m = members[mid]
        c = contacts.get(mid, {})
        out.append(
            [
                m.display_name,
                c.get(ContactChannel.EMAIL.value, ""),
                c.get(ContactChannel.PHONE.value, ""),
                c.get(ContactChannel.WECHAT.value, ""),
                ", ".join(tags.get(mid, [])),
                m.birthday.isoformat() if m.birthday else "",
                m.source,
                m.notes,
                ", ".join(groups.get(mid, [])),
                str(m.lifecycle),
                m.activity_score,
            ]
        )
    return out
