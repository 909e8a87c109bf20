"""The team's weekly push table (社群推送表): rows are days × slots, columns are groups.

Pure shape and parsing: ``build_table`` lays planned posts out as rows of strings, and
``parse_table`` reads such rows back (from Excel or CSV) into posts to import, with one
problem per bad row. The first four columns are fixed by position (date, weekday, slot,
time); every further column is a group, named in the header row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

import regex

from desktop.domain.calendar.week import Slot, nearest_slot, parse_time
from desktop.domain.enums import ContentType

FIXED_COLUMNS = 4
DEFAULT_HEADERS = ("日期", "星期", "时段", "时间")
WEEKDAYS_ZH = ("周一", "周二", "周三", "周四", "周五", "周六", "周日")
# Cell text uses the Chinese type names, the team's own vocabulary; import also takes
# English names and the storage keys.
TYPE_NAMES: dict[ContentType, str] = {
    ContentType.NORMS: "规范",
    ContentType.VALUE: "干货",
    ContentType.MARKETING: "营销",
    ContentType.ACTIVITY: "活动",
}
_TYPE_LOOKUP: dict[str, ContentType] = {
    **{v: k for k, v in TYPE_NAMES.items()},
    **{k.value: k for k in ContentType},
    "norms/rules": ContentType.NORMS,
    "规范类": ContentType.NORMS,
}
_CELL = regex.compile(
    r"^\s*(?:(?P<time>[0-2]?\d:[0-5]\d)\s+)?(?P<title>.+?)\s*(?:[（(](?P<type>[^()（）]+)[)）])?\s*$"
)


@dataclass(frozen=True)
class TablePost:
    local: datetime  # workspace-local
    title: str
    content_type: ContentType
    group_ids: tuple[int, ...]


def cell_text(title: str, content_type: ContentType, at: time | None = None) -> str:
    prefix = f"{at:%H:%M} " if at is not None else ""
    return f"{prefix}{title}（{TYPE_NAMES[content_type]}）"


def build_table(
    days: Sequence[date],
    slots: Sequence[Slot],
    groups: Sequence[tuple[int, str]],
    posts: Sequence[TablePost],
    headers: Sequence[str] = DEFAULT_HEADERS,
) -> list[list[str]]:
    """Header row plus one row per day and slot; a cell lists that group's posts."""
    column = {gid: i for i, (gid, _name) in enumerate(groups)}
    cells: dict[tuple[date, int, int], list[str]] = {}
    for post in sorted(posts, key=lambda p: (p.local, p.title)):
        index = nearest_slot(slots, post.local.time())
        at = post.local.time().replace(tzinfo=None)
        text = cell_text(post.title, post.content_type, None if at == slots[index].at else at)
        for gid in post.group_ids:
            if gid in column:
                cells.setdefault((post.local.date(), index, column[gid]), []).append(text)
    rows = [list(headers[:FIXED_COLUMNS]) + [name for _gid, name in groups]]
    for day in days:
        for i, slot in enumerate(slots):
            row = [day.isoformat(), WEEKDAYS_ZH[day.weekday()], slot.label, f"{slot.at:%H:%M}"]
            row += ["\n".join(cells.get((day, i, c), ())) for c in range(len(groups))]
            rows.append(row)
    return rows


class ImportProblem(StrEnum):
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    UNKNOWN_GROUP = "unknown_group"
    BAD_TYPE = "bad_type"
    NO_GROUP_COLUMNS = "no_group_columns"


@dataclass(frozen=True)
class RowProblem:
    row: int  # 1-based, as a spreadsheet shows it
    problem: ImportProblem
    detail: str = ""


@dataclass(frozen=True)
class ImportedPost:
    row: int
    local_date: date
    at: time
    title: str
    content_type: ContentType
    group_ids: tuple[int, ...]


@dataclass
class ParsedTable:
    posts: list[ImportedPost] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rows_seen: int = 0

    @property
    def bad_rows(self) -> set[int]:
        return {p.row for p in self.problems}


def _as_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value or "").strip().replace("/", "-").replace(".", "-")
    m = regex.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$", text) or regex.match(
        r"^(\d{4})年(\d{1,2})月(\d{1,2})日$", text
    )
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _as_time(value: object) -> time | None:
    if isinstance(value, datetime):
        return value.time().replace(second=0, microsecond=0)
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    text = str(value or "").strip()
    if len(text) == 8 and text.endswith(":00"):
        text = text[:5]
    try:
        return parse_time(text)
    except ValueError:
        return None


def parse_cell(text: str) -> list[tuple[time | None, str, str | None]]:
    """Each non-empty line: (own time or None, title, type text or None)."""
    out: list[tuple[time | None, str, str | None]] = []
    for line in str(text).splitlines():
        if not line.strip():
            continue
        m = _CELL.match(line)
        if m is None:
            out.append((None, line.strip(), None))
            continue
        at = parse_time(m.group("time")) if m.group("time") else None
        out.append((at, m.group("title").strip(), m.group("type")))
    return out


def content_type_of(text: str | None) -> ContentType | None:
    if text is None:
        return ContentType.VALUE
    return _TYPE_LOOKUP.get(text.strip()) or _TYPE_LOOKUP.get(text.strip().lower())


def parse_table(rows: Sequence[Sequence[object]], groups_by_name: Mapping[str, int]) -> ParsedTable:
    """Read a push table: the first row names the groups; a bad row is reported whole.

    A row with any problem imports nothing from that row, so a half-understood row never
    lands as half its posts.
    """
    result = ParsedTable()
    if not rows:
        return result
    header = [str(v or "").strip() for v in rows[0]]
    group_columns = header[FIXED_COLUMNS:]
    if not any(group_columns):
        result.problems.append(RowProblem(1, ImportProblem.NO_GROUP_COLUMNS))
        return result
    merged: dict[tuple[date, time, str, ContentType], tuple[int, list[int]]] = {}
    for number, raw in enumerate(rows[1:], start=2):
        values = list(raw) + [None] * (len(header) - len(raw))
        cells = [(i, values[FIXED_COLUMNS + i]) for i in range(len(group_columns))]
        cells = [(i, v) for i, v in cells if v is not None and str(v).strip()]
        if not cells:
            continue  # an empty slot row is normal
        result.rows_seen += 1
        problems: list[RowProblem] = []
        day = _as_date(values[0])
        if day is None:
            problems.append(RowProblem(number, ImportProblem.BAD_DATE, str(values[0] or "")))
        slot_time = _as_time(values[3])
        if slot_time is None:
            problems.append(RowProblem(number, ImportProblem.BAD_TIME, str(values[3] or "")))
        found: list[tuple[date, time, str, ContentType, int]] = []
        for i, value in cells:
            name = group_columns[i]
            gid = groups_by_name.get(name)
            if gid is None:
                problems.append(RowProblem(number, ImportProblem.UNKNOWN_GROUP, name))
                continue
            for own_time, title, type_text in parse_cell(str(value)):
                ctype = content_type_of(type_text)
                if ctype is None:
                    problems.append(RowProblem(number, ImportProblem.BAD_TYPE, type_text or ""))
                    continue
                at = own_time or slot_time
                if day is not None and at is not None:
                    found.append((day, at, title[:200], ctype, gid))
        if problems:
            result.problems.extend(problems)
            continue
        for day_, at, title, ctype, gid in found:
            key = (day_, at, title, ctype)
            _first_row, ids = merged.setdefault(key, (number, []))
            if gid not in ids:
                ids.append(gid)
    for (day_, at, title, ctype), (row, ids) in merged.items():
        result.posts.append(ImportedPost(row, day_, at, title, ctype, tuple(ids)))
    result.posts.sort(key=lambda p: (p.local_date, p.at, p.row))
    return result
