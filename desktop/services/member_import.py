"""Member import from CSV or Excel (M6): read, check, preview, then write in one transaction.

Reading and checking (``read_table`` + ``plan``) touch no table; ``apply`` writes every good
row in ONE transaction with bulk inserts, so an error or a cancel leaves nothing behind.
Both take a progress callback and a cancel check, so the UI runs them on a worker thread
and the CLI runs them inline.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.domain.csv_rows import (
    ImportField,
    MemberRecord,
    Problem,
    RowChecker,
    cell_text,
    detect_encoding,
    guess_mapping,
    header_score,
)
from desktop.domain.enums import DmFrequency, Lifecycle, Role
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    AuditEntry,
    Group,
    Member,
    MemberContact,
    Membership,
    Tag,
    member_tags,
)

HEADER_SEARCH_ROWS = 10  # title rows above the header are common in Excel lists
CHUNK = 5000  # rows per bulk statement; also how often progress and cancel are checked
PREVIEW_ROWS = 200

Progress = Callable[[int, int], None]  # (done, total)
CancelCheck = Callable[[], bool]


class ImportCancelled(Exception):
    """Raised inside the import when the user cancels; the transaction is rolled back."""


class ImportFileError(ValueError):
    """The file cannot be read as a table (not CSV/xlsx, empty, damaged)."""


class DuplicatePolicy(StrEnum):
    MERGE = "merge"  # fill the existing member's empty fields, add contacts, tags, groups
    SKIP = "skip"  # leave the existing member as it is


class RowAction(StrEnum):
    NEW = "new"
    MERGE = "merge"
    SKIP = "skip"
    BAD = "bad"


@dataclass
class SourceTable:
    path: Path
    headers: list[str]
    rows: list[list[Any]]  # data rows as cells (text from CSV; text/number/date from xlsx)
    lines: list[int]  # the file line (CSV) or sheet row (xlsx) of each data row
    encoding: str | None  # CSV only
    sheet: str | None = None  # xlsx only


@dataclass(frozen=True)
class BadRow:
    line: int
    cells: list[str]
    problems: list[Problem]

    def reason(self) -> str:
        return "; ".join(p.text() for p in self.problems)


@dataclass(frozen=True)
class PreviewRow:
    line: int
    action: RowAction
    cells: list[str]
    problems: list[Problem]


@dataclass
class ImportPlan:
    table: SourceTable
    mapping: list[ImportField | None]
    policy: DuplicatePolicy
    default_group: str
    records: list[MemberRecord]
    bad: list[BadRow]
    actions: dict[RowAction, int] = field(default_factory=dict)
    preview: list[PreviewRow] = field(default_factory=list)
    # What duplicates were decided against, so ``apply`` can tell whether to decide again.
    existing: dict[tuple[str, str], int] | None = None
    decisions: list[tuple[RowAction, int]] = field(default_factory=list)

    @property
    def bad_count(self) -> int:
        return len(self.bad)


@dataclass(frozen=True)
class ImportResult:
    imported: int  # new members
    merged: int  # rows merged into an existing member (or an earlier row of the file)
    skipped: int  # duplicates left alone
    bad: int
    new_member_ids: tuple[int, ...] = ()


# -- reading ---------------------------------------------------------------------------------


def read_table(path: Path, cancel: CancelCheck | None = None) -> SourceTable:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".txt", ".tsv", ""):
        return _read_csv(path)
    raise ImportFileError(f"unsupported file type {suffix!r}: use .csv or .xlsx")


def _read_csv(path: Path) -> SourceTable:
    raw = path.read_bytes()
    if not raw.strip():
        raise ImportFileError("the file is empty")
    encoding = detect_encoding(raw)
    sample = raw[:20000].decode(encoding, errors="ignore")
    del raw  # the rows are read from the file again, not from a second copy in memory
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    rows: list[list[Any]] = []
    lines: list[int] = []
    with path.open(encoding=encoding, errors="replace", newline="") as fh:
        reader = csv.reader(fh, dialect)
        for record in reader:
            rows.append(record)
            lines.append(reader.line_num)
    return _split_header(path, rows, lines, encoding, None)


def _read_xlsx(path: Path) -> SourceTable:
    import openpyxl  # loaded only for Excel files: it is a large import

    try:
        wb = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"cannot read the workbook: {exc}") from exc
    ws = wb.active
    if ws is None:
        raise ImportFileError("the workbook has no sheet")
    # A merged cell keeps its value in the top-left cell only. Copy it into the whole range
    # so a header merged over two rows, or a group name merged over many member rows, is
    # seen by every column and row it covers.
    fills: dict[tuple[int, int], Any] = {}
    for merged in list(ws.merged_cells.ranges):
        value = ws.cell(merged.min_row, merged.min_col).value
        for r in range(merged.min_row, merged.max_row + 1):
            for c in range(merged.min_col, merged.max_col + 1):
                fills[(r, c)] = value
    rows: list[list[Any]] = []
    lines: list[int] = []
    for r_idx, row in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = list(row)
        if fills:
            for c_idx in range(len(cells)):
                if (r_idx, c_idx + 1) in fills:
                    cells[c_idx] = fills[(r_idx, c_idx + 1)]
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        rows.append(cells)
        lines.append(r_idx)
    title = ws.title
    wb.close()
    return _split_header(path, rows, lines, None, title)


def _split_header(
    path: Path,
    rows: list[list[Any]],
    lines: list[int],
    encoding: str | None,
    sheet: str | None,
) -> SourceTable:
    if not rows:
        raise ImportFileError("the file has no rows")
    # The header is the row (among the first few) naming the most known fields; title rows
    # ("2024 会员名单") and group headers merged above it score lower.
    best, best_score = 0, -1
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        score = header_score([cell_text(c) for c in row])
        if score > best_score:
            best, best_score = i, score
    headers = [cell_text(c) for c in rows[best]]
    width = max(len(headers), *(len(r) for r in rows[best + 1 : best + 50]), 0)
    headers += [""] * (width - len(headers))
    headers = [h or f"#{i + 1}" for i, h in enumerate(headers)]
    return SourceTable(path, headers, rows[best + 1 :], lines[best + 1 :], encoding, sheet)


# -- checking --------------------------------------------------------------------------------


class MemberImporter:
    def __init__(self, db: Database) -> None:
        self.db = db

    def group_names(self) -> list[str]:
        with self.db.read() as s:
            return list(s.scalars(select(Group.name).order_by(Group.name).distinct()))

    @staticmethod
    def guess_mapping(table: SourceTable) -> list[ImportField | None]:
        return guess_mapping(table.headers)

    def plan(
        self,
        table: SourceTable,
        mapping: Sequence[ImportField | None] | None = None,
        *,
        policy: DuplicatePolicy = DuplicatePolicy.MERGE,
        default_group: str = "",
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
        release_rows: bool = False,
    ) -> ImportPlan:
        """Check every row and decide new / merge / skip against the database as it is now.

        ``release_rows`` drops the file's raw rows once checked (the plan keeps what it
        needs): a headless import never re-plans, and 100,000 rows are ~60 MB.
        """
        mapping = list(mapping) if mapping is not None else guess_mapping(table.headers)
        checker = RowChecker(mapping, set(self.group_names()), default_group.strip())
        records: list[MemberRecord] = []
        bad: list[BadRow] = []
        problems_by_line: dict[int, list[Problem]] = {}
        total = len(table.rows)
        for i, (cells, line) in enumerate(zip(table.rows, table.lines, strict=True)):
            if i % CHUNK == 0:
                _tick(progress, cancel, i, total)
            result = checker.check(line, cells)
            if isinstance(result, MemberRecord):
                records.append(result)
            else:
                bad.append(BadRow(line, [cell_text(c) for c in cells], result))
                if len(problems_by_line) < PREVIEW_ROWS:
                    problems_by_line[line] = result
        with self.db.read() as s:
            existing = _existing_contacts(s)
        decisions = _classify(records, existing, policy)
        counts = {a: 0 for a in RowAction}
        for action, _target in decisions:
            counts[action] += 1
        counts[RowAction.BAD] = len(bad)
        plan = ImportPlan(table, mapping, policy, default_group.strip(), records, bad, counts)
        plan.existing = existing
        plan.decisions = decisions
        by_line = {r.line: d[0] for r, d in zip(records, decisions, strict=True)}
        for cells, line in zip(table.rows[:PREVIEW_ROWS], table.lines, strict=False):
            action = by_line.get(line, RowAction.BAD)
            plan.preview.append(
                PreviewRow(
                    line, action, [cell_text(c) for c in cells], problems_by_line.get(line, [])
                )
            )
        _tick(progress, cancel, total, total)
        if release_rows:
            table.rows = []
            table.lines = []
        return plan

    # -- writing -----------------------------------------------------------------------------

    def apply(
        self,
        plan: ImportPlan,
        *,
        operator_id: int | None = None,
        progress: Progress | None = None,
        cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """Write the plan's good rows in one transaction; a cancel or error writes nothing.

        Duplicates are decided again inside the transaction (under the write lock), so a
        member added since the preview is merged, not duplicated or refused.
        """
        records = plan.records
        total = len(records)
        with self.db.write() as s:
            existing = _existing_contacts(s)
            # Unchanged contacts since the preview → the preview's decisions still hold.
            if plan.existing is not None and existing == plan.existing:
                decisions = plan.decisions
            else:
                decisions = _classify(records, existing, plan.policy)
            groups = {
                name: gid
                for gid, name in s.execute(select(Group.id, Group.name).order_by(Group.id.desc()))
            }
            now = utcnow()
            _tick(progress, cancel, 0, total)
            new_ids = _insert_new(s, records, decisions, now, self.db.is_sqlite, progress, cancel)
            # Rows merged into an earlier row of the same file point at that row's new id.
            targets: list[int | None] = []
            for (action, target), rec in zip(decisions, records, strict=True):
                if action == RowAction.NEW:
                    targets.append(new_ids[rec.line])
                elif action == RowAction.MERGE:
                    targets.append(target if target > 0 else new_ids[-target])
                else:
                    targets.append(None)
            _merge_fields(s, records, decisions, targets, now)
            _add_contacts(s, records, decisions, targets, existing)
            _add_tags(s, records, targets)
            _add_memberships(s, records, targets, groups, now)
            if cancel is not None and cancel():
                raise ImportCancelled
            counts = {a: 0 for a in RowAction}
            for action, _t in decisions:
                counts[action] += 1
            result = ImportResult(
                imported=counts[RowAction.NEW],
                merged=counts[RowAction.MERGE],
                skipped=counts[RowAction.SKIP],
                bad=len(plan.bad),
                new_member_ids=tuple(new_ids[r.line] for r in records if r.line in new_ids),
            )
            s.add(
                AuditEntry(
                    operator_id=operator_id,
                    action="import_members",
                    entity="member",
                    entity_id=None,
                    # The file name and counts only: no personal data in the audit log.
                    detail={
                        "file": plan.table.path.name,
                        "imported": result.imported,
                        "merged": result.merged,
                        "skipped": result.skipped,
                        "bad": result.bad,
                    },
                )
            )
        _tick(progress, None, total, total)
        return result


def write_bad_rows(plan: ImportPlan, path: Path) -> int:
    """The refused rows with their reasons, as a CSV Excel opens correctly (UTF-8 + BOM)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["line", "reason", *plan.table.headers])
        for row in plan.bad:
            w.writerow([row.line, row.reason(), *row.cells])
    return len(plan.bad)


# -- helpers ---------------------------------------------------------------------------------


def _tick(progress: Progress | None, cancel: CancelCheck | None, done: int, total: int) -> None:
    if cancel is not None and cancel():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)


def _existing_contacts(s: Session) -> dict[tuple[str, str], int]:
    return {
        (str(ch), addr): mid
        for ch, addr, mid in s.execute(
            select(MemberContact.channel, MemberContact.address, MemberContact.member_id)
        )
    }


_NEW = (RowAction.NEW, 0)  # shared: one tuple for 100,000 new rows, not 100,000 tuples


def _classify(
    records: Sequence[MemberRecord],
    existing: dict[tuple[str, str], int],
    policy: DuplicatePolicy,
) -> list[tuple[RowAction, int]]:
    """Per record: (action, target). A positive target is an existing member id; a
    negative one is minus the file line of an earlier new row the record duplicates."""
    seen: dict[tuple[str, str], int] = {}  # key → line of the new row that claimed it
    known: dict[tuple[str, str], int] = {}  # key → existing member, learnt from this file
    out: list[tuple[RowAction, int]] = []
    merge_action = RowAction.SKIP if policy == DuplicatePolicy.SKIP else RowAction.MERGE
    for rec in records:
        keys = rec.identity_keys()
        target = 0
        if existing or known:
            for k in keys:
                t = existing.get(k) or known.get(k)
                if t:
                    target = t
                    break
        if not target:
            for k in keys:
                line = seen.get(k)
                if line:
                    target = -line
                    break
        if target == 0:
            out.append(_NEW)
            for k in keys:
                seen.setdefault(k, rec.line)
            continue
        # The row's other addresses now lead to the same person, for the rows after it.
        for k in keys:
            if target < 0:
                seen.setdefault(k, -target)
            elif k not in existing:
                known[k] = target
        out.append((merge_action, target))
    return out


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
        conn.exec_driver_sql(sql, rows)  # type: ignore[arg-type]
    else:
        conn.execute(insert(table), [dict(zip(columns, r, strict=True)) for r in rows])


def _insert_new(
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
    table = Member.__table__
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
        _tick(progress, cancel, done, total)
    return ids


def _merge_fields(
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


def _add_contacts(
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
    _bulk(s, MemberContact.__table__, ("member_id", "channel", "address"), rows)


def _add_tags(s: Session, records: Sequence[MemberRecord], targets: Sequence[int | None]) -> None:
    names = {
        t for rec, mid in zip(records, targets, strict=True) if mid is not None for t in rec.tags
    }
    if not names:
        return
    tag_ids = {n: tid for tid, n in s.execute(select(Tag.id, Tag.name))}
    missing = sorted(names - tag_ids.keys())
    if missing:
        s.connection().execute(insert(Tag.__table__), [{"name": n} for n in missing])
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


def _add_memberships(
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
    _bulk(s, Membership.__table__, ("member_id", "group_id", "role", "joined_at"), rows)
