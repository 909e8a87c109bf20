"""The push table (社群推送表) as files: Excel and CSV out and Excel in, iCalendar out (C6).

Export writes the shown week (days × slots by groups). Import reads a table of the same
shape back as planned posts: each bad row is reported with its number and reason, the
good rows are saved together in one transaction, so a failed import saves nothing.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from desktop.domain.calendar.push_table import (
    DEFAULT_HEADERS,
    TYPE_NAMES,
    ParsedTable,
    TablePost,
    build_table,
    parse_table,
)
from desktop.domain.calendar.week import Slot
from desktop.domain.enums import PostStatus
from desktop.services.calendar.service import CalendarService
from desktop.services.workspace.zone import read_zone
from desktop.store.db import Database
from desktop.store.models import Group, Post

MAX_IMPORT_ROWS = 5000


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)  # new post ids
    parsed: ParsedTable = field(default_factory=ParsedTable)


class PushTableService:
    def __init__(self, db: Database, calendar: CalendarService) -> None:
        self.db = db
        self.calendar = calendar

    def _tz(self) -> ZoneInfo:
        return read_zone(self.db)

    # -- export -------------------------------------------------------------------------
    def table(
        self,
        any_day: datetime | object,
        slots: Sequence[Slot],
        group_ids: Sequence[int] | None = None,
        headers: Sequence[str] = DEFAULT_HEADERS,
    ) -> list[list[str]]:
        week = self.calendar.week(any_day, tuple(slots), group_ids)  # type: ignore[arg-type]
        if group_ids is None:
            shown = sorted({g for c in week.cards for g in c.target_ids})
            groups = sorted(((g, week.group_names[g]) for g in shown), key=lambda x: x[1])
        else:
            groups = [(g, week.group_names[g]) for g in group_ids if g in week.group_names]
            groups.sort(key=lambda x: x[1])
        posts = [TablePost(c.local_time, c.title, c.content_type, c.target_ids) for c in week.cards]
        return build_table(week.days, slots, groups, posts, headers)

    def write_xlsx(self, path: Path, rows: list[list[str]], title: str = "社群推送表") -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = title[:31]
        for row in rows:
            ws.append(row)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        wrap = Alignment(wrap_text=True, vertical="top")
        for cells in ws.iter_rows(min_row=2):
            for cell in cells:
                cell.alignment = wrap
        for i, width in enumerate([12, 6, 6, 7] + [24] * (len(rows[0]) - 4), start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = "E2"
        wb.save(path)

    def write_csv(self, path: Path, rows: list[list[str]]) -> None:
        # UTF-8 with a BOM: Excel on Chinese Windows opens it without garbling.
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerows(rows)

    def write_ics(
        self,
        path: Path,
        any_day: object,
        slots: Sequence[Slot],
        group_ids: Sequence[int] | None = None,
    ) -> int:
        """One event per post occurrence in the week; returns how many were written."""
        from icalendar import Calendar, Event

        tz = self._tz()
        week = self.calendar.week(any_day, tuple(slots), group_ids)  # type: ignore[arg-type]
        cal = Calendar()
        cal.add("prodid", "-//Shequn Desk//Content calendar//ZH")
        cal.add("version", "2.0")
        cal.add("x-wr-calname", "社群推送表")
        cal.add("x-wr-timezone", str(tz))
        now = datetime.now(UTC)
        with self.db.read() as s:
            ids = {c.id for c in week.cards}
            bodies = {
                i: b for i, b in s.execute(select(Post.id, Post.body).where(Post.id.in_(ids)))
            }
        for card in week.cards:
            event = Event()
            event.add("uid", f"post-{card.id}-{card.local_time:%Y%m%d}@shequn-desk")
            event.add("summary", card.title)
            event.add("dtstart", card.local_time.astimezone(tz))
            event.add("dtend", card.local_time.astimezone(tz) + timedelta(minutes=30))
            event.add("dtstamp", now)
            event.add("categories", [TYPE_NAMES[card.content_type]])
            groups = "、".join(card.target_names)
            event.add("description", f"{bodies.get(card.id, '')}\n\n群：{groups}".strip())
            event.add("status", "CONFIRMED" if card.status != PostStatus.PLANNED else "TENTATIVE")
            cal.add_component(event)
        path.write_bytes(cal.to_ical())
        return len(week.cards)

    # -- import -------------------------------------------------------------------------
    def read_xlsx(self, path: Path) -> list[list[object]]:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            return [list(r) for r in ws.iter_rows(values_only=True, max_row=MAX_IMPORT_ROWS)]
        finally:
            wb.close()

    def read_csv(self, path: Path) -> list[list[object]]:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [list(r) for r in csv.reader(fh)]

    def import_rows(self, rows: Sequence[Sequence[object]]) -> ImportReport:
        """Good rows become planned posts (one transaction); bad rows are only reported."""
        tz = self._tz()
        with self.db.read() as s:
            by_name = {name: gid for gid, name in s.execute(select(Group.id, Group.name))}
        parsed = parse_table(rows, by_name)
        report = ImportReport(parsed=parsed)
        if not parsed.posts:
            return report
        with self.db.write() as s:
            groups = {g.id: g for g in s.scalars(select(Group))}
            for item in parsed.posts:
                post = Post(
                    title=item.title,
                    body="",
                    content_type=item.content_type,
                    status=PostStatus.PLANNED,
                    scheduled_at=datetime.combine(item.local_date, item.at, tz).astimezone(UTC),
                    targets=[groups[g] for g in item.group_ids],
                )
                s.add(post)
                s.flush()
                report.imported.append(post.id)
        return report

    def import_file(self, path: Path) -> ImportReport:
        rows = self.read_csv(path) if path.suffix.lower() == ".csv" else self.read_xlsx(path)
        return self.import_rows(rows)
