"""The database write of a checked member import: bulk inserts of new members, filling
merged members' empty fields, and their contacts, tags and group memberships."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.enums import DmFrequency, Lifecycle, Role
from desktop.domain.members.csv_rows import MemberRecord
from desktop.services.members.import_types import CHUNK, CancelCheck, Progress, RowAction, tick
from desktop.store.base import table_of
from desktop.store.models import Member, MemberContact, Membership, Tag, member_tags


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _converter(s: Session) -> Callable[[Any], Any]:
    """How date/time values are passed to ``_bulk`` on this connection's database."""
    return _sql_text if s.connection().dialect.name == "sqlite" else _same


def _same(value: Any) -> Any:
    return value


def _sql_text(value: Any) -> Any:
    """Dates and times as SQLAlchemy stores them in SQLite (UTC naive, ISO text)."""
    if isinstance(value, datetime):
        return (
            value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        )
    if isinstance(value, date):
        return value.isoformat()
    return value


def _bulk(s: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """INSERT many rows. On SQLite straight through the driver's executemany (the per-row
    parameter processing of Core costs more than the insert itself), so dates and times
    must already be converted with ``_converter``; elsewhere via Core."""
    if not rows:
        return
    conn = s.connection()
    if conn.dialect.name == "sqlite":
        sql = (
            f"INSERT INTO {table.name} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        conn.exec_driver_sql(sql, rows)
    else:
        conn.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])


def insert_new(
    s: Session,
    records: Sequence[MemberRecord],
    decisions: Sequence[tuple[RowAction, int]],
    now: Any,
    is_sqlite: bool,
    progress: Progress | None,
    cancel: CancelCheck | None,
) -> dict[int, int]:
    """Bulk-insert the new members; returns file line → member id."""
    fresh = [r for r, (a, _t) in zip(records, decisions, strict=True) if a == RowAction.NEW]
    ids: dict[int, int] = {}
    if not fresh:
        return ids
    total = len(records)
    conn = s.connection()
    table = table_of(Member)
    # SQLite: the write transaction holds the lock, so ids after max(id) are ours and one
    # executemany without RETURNING is the fastest path. Elsewhere ask the server for ids.
    next_id = (s.scalar(select(func.max(Member.id))) or 0) + 1 if is_sqlite else None
    done = 0
    columns = (
        "display_name",
        "birthday",
        "source",
        "notes",
        "lifecycle",
        "activity_score",
        "dm_frequency",
        "created_at",
        "updated_at",
    )
    invited, weekly = Lifecycle.INVITED.value, DmFrequency.WEEKLY.value
    conv = _converter(s)
    now_v = conv(now)
    for chunk in _chunks(fresh):
        rows = [
            (
                r.name,
                conv(r.birthday) if r.birthday else None,
                r.source,
                r.notes,
                invited,
                0,
                weekly,
                now_v,
                now_v,
            )
            for r in chunk
        ]
        if next_id is not None:
            _bulk(s, table, ("id", *columns), [(next_id + k, *row) for k, row in enumerate(rows)])
            for offset, r in enumerate(chunk):
                ids[r.line] = next_id + offset
            next_id += len(rows)
        else:
            stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
            params = [dict(zip(columns, row, strict=True)) for row in rows]
            for r, new_id in zip(chunk, conn.execute(stmt, params).scalars(), strict=True):
                ids[r.line] = new_id
        done += len(chunk)
        tick(progress, cancel, done, total)
    return ids


def merge_fields(
    s: Session,
    records: Sequence[MemberRecord],
    decisions: Sequence[tuple[RowAction, int]],
    targets: Sequence[int | None],
    now: Any,
) -> None:
    """Merging fills what the existing member lacks; it never overwrites what is there."""
    merges = [
        (t, r)
        for r, (a, _x), t in zip(records, decisions, targets, strict=True)
        if a == RowAction.MERGE and t is not None
    ]
    if not merges:
        return
    ids = sorted({t for t, _r in merges})
    current: dict[int, tuple[Any, str, str]] = {}
    for chunk in _chunks(ids, 500):
        for mid, bday, source, notes in s.execute(
            select(Member.id, Member.birthday, Member.source, Member.notes).where(
                Member.id.in_(chunk)
            )
        ):
            current[mid] = (bday, source, notes)
    changed: dict[int, dict[str, Any]] = {}
    for mid, rec in merges:
        bday, source, notes = current[mid]
        values = changed.setdefault(mid, {})
        if bday is None and rec.birthday is not None and "birthday" not in values:
            values["birthday"] = rec.birthday
        if not source and rec.source and "source" not in values:
            values["source"] = rec.source
        if rec.notes and rec.notes not in notes and "notes" not in values:
            values["notes"] = f"{notes}\n{rec.notes}".strip()
    for mid, values in changed.items():
        if values:
            s.execute(update(Member).where(Member.id == mid).values(updated_at=now, **values))


def add_contacts(
    s: Session,
    records: Sequence[MemberRecord],
    decisions: Sequence[tuple[RowAction, int]],
    targets: Sequence[int | None],
    existing: dict[tuple[str, str], int],
) -> None:
    # A new member's addresses are free by construction (else the row would be a merge);
    # only members that rows merge into need their addresses and channels tracked.
    merge_targets = {
        mid
        for (a, _x), mid in zip(decisions, targets, strict=True)
        if a == RowAction.MERGE and mid is not None
    }
    taken = existing
    added: dict[tuple[str, str], int] = {}
    has_channel = {(mid, ch) for (ch, _addr), mid in existing.items() if mid in merge_targets}
    rows: list[tuple[Any, ...]] = []
    for rec, mid in zip(records, targets, strict=True):
        if mid is None:
            continue
        tracked = mid in merge_targets
        for channel, address in rec.identity_keys():
            # An address belongs to one member; a member keeps one address per channel.
            key = (channel, address)
            if tracked:
                if key in taken or key in added or (mid, channel) in has_channel:
                    continue
                has_channel.add((mid, channel))
                added[key] = mid
            rows.append((mid, channel, address))  # channel is a ContactChannel value
    _bulk(s, table_of(MemberContact), ("member_id", "channel", "address"), rows)


def add_tags(s: Session, records: Sequence[MemberRecord], targets: Sequence[int | None]) -> None:
    names = {
        t for rec, mid in zip(records, targets, strict=True) if mid is not None for t in rec.tags
    }
    if not names:
        return
    tag_ids = {n: tid for tid, n in s.execute(select(Tag.id, Tag.name))}
    missing = sorted(names - tag_ids.keys())
    if missing:
        s.connection().execute(insert(table_of(Tag)), [{"name": n} for n in missing])
        tag_ids = {n: tid for tid, n in s.execute(select(Tag.id, Tag.name))}
    member_ids = sorted({mid for mid in targets if mid is not None})
    have: set[tuple[int, int]] = set()
    for chunk in _chunks(member_ids, 500):
        have.update(
            (m, t)
            for m, t in s.execute(
                select(member_tags.c.member_id, member_tags.c.tag_id).where(
                    member_tags.c.member_id.in_(chunk)
                )
            )
        )
    rows: list[tuple[Any, ...]] = []
    for rec, mid in zip(records, targets, strict=True):
        if mid is None:
            continue
        for name in rec.tags:
            pair = (mid, tag_ids[name])
            if pair not in have:
                have.add(pair)
                rows.append(pair)
    _bulk(s, member_tags, ("member_id", "tag_id"), rows)


def add_memberships(
    s: Session,
    records: Sequence[MemberRecord],
    targets: Sequence[int | None],
    groups: dict[str, int],
    now: Any,
) -> None:
    wanted = [
        (mid, groups[rec.group])
        for rec, mid in zip(records, targets, strict=True)
        if mid is not None and rec.group in groups
    ]
    if not wanted:
        return
    group_ids = sorted({g for _m, g in wanted})
    have = {
        (m, g)
        for m, g in s.execute(
            select(Membership.member_id, Membership.group_id).where(
                Membership.group_id.in_(group_ids)
            )
        )
    }
    now_v = _converter(s)(now)
    rows: list[tuple[Any, ...]] = []
    for pair in wanted:
        if pair not in have:
            have.add(pair)
            rows.append((*pair, Role.MEMBER.value, now_v))
    _bulk(s, table_of(Membership), ("member_id", "group_id", "role", "joined_at"), rows)
