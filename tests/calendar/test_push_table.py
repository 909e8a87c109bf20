"""The push table out to Excel/CSV/iCalendar and back in from Excel, with bad rows reported."""

from __future__ import annotations

import csv
from datetime import timedelta
from pathlib import Path

from icalendar import Calendar
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from desktop.domain.calendar.push_table import ImportProblem
from desktop.domain.enums import ContentType
from desktop.store.models import Post
from tests.calendar.conftest import Workspace


def _plan(ws: Workspace) -> None:
    ws.post("早安打卡", 0, 8, ("北京01群", "北京02群"), ContentType.NORMS)
    ws.post("新品试饮", 2, 12, ("北京01群",), ContentType.MARKETING)
    ws.post("直播预告", 2, 12, ("邮件订阅",), ContentType.ACTIVITY)
    ws.post("晚间干货", 4, 20, ("上海01群",))


def test_excel_csv_round_trip(ws: Workspace, tmp_path: Path):
    _plan(ws)
    slots = ws.services.workspace.settings().slots
    rows = ws.services.push_tables.table(ws.monday, slots)
    assert rows[0][4:] == ["上海01群", "北京01群", "北京02群", "邮件订阅"]
    assert len(rows) == 1 + 7 * 3
    monday_morning = rows[1]
    assert monday_morning[:4] == [ws.monday.isoformat(), "周一", "早", "08:00"]
    assert monday_morning[5] == "早安打卡（规范）" and monday_morning[6] == "早安打卡（规范）"
    wed_noon = rows[1 + 2 * 3 + 1]
    assert wed_noon[5] == "新品试饮（营销）" and wed_noon[7] == "直播预告（活动）"

    xlsx, csv_path = tmp_path / "week.xlsx", tmp_path / "week.csv"
    ws.services.push_tables.write_xlsx(xlsx, rows)
    ws.services.push_tables.write_csv(csv_path, rows)
    read = [["" if v is None else str(v) for v in r] for r in load_workbook(xlsx).active.values]
    assert read == rows
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == rows

    # Import into an empty week: the same table, a week later, gives the same posts.
    for r in rows[1:]:
        r[0] = (
            ws.monday
            + timedelta(
                days=7 + ["周一", "周二", "周三", "周四", "周五", "周六", "周日"].index(r[1])
            )
        ).isoformat()
    ws.services.push_tables.write_xlsx(xlsx, rows)
    report = ws.services.push_tables.import_file(xlsx)
    assert report.parsed.problems == []
    assert len(report.imported) == 4  # 早安打卡 once, with both groups
    again = ws.services.push_tables.table(ws.monday + timedelta(days=7), slots)
    assert again[1:] == rows[1:]


def test_ics_export(ws: Workspace, tmp_path: Path):
    _plan(ws)
    path = tmp_path / "week.ics"
    n = ws.services.push_tables.write_ics(path, ws.monday, ws.services.workspace.settings().slots)
    cal = Calendar.from_ical(path.read_bytes())
    events = sorted(cal.walk("VEVENT"), key=lambda e: (e.decoded("dtstart"), str(e["summary"])))
    assert n == len(events) == 4
    assert [str(e["summary"]) for e in events] == ["早安打卡", "新品试饮", "直播预告", "晚间干货"]
    assert events[0].decoded("dtstart") == ws.at(0, 8)
    assert "北京01群" in str(events[0]["description"])


def test_bad_rows_are_reported_and_good_rows_imported(ws: Workspace, tmp_path: Path):
    wb = Workbook()
    sheet = wb.active
    day = ws.monday.isoformat()
    sheet.append(["日期", "星期", "时段", "时间", "北京01群", "火星群"])
    sheet.append([day, "周一", "早", "08:00", "好的一行（干货）", None])
    sheet.append(["2030-02-30", "周一", "中", "12:00", "坏日期", None])
    sheet.append([day, "周一", "晚", "20:00", "一半好", "火星的帖子"])
    sheet.append([day, "周一", "晚", "25:00", "坏时间", None])
    sheet.append([day, "周一", "晚", "20:00", "09:30 自带时间（营销）", None])
    sheet.append([day, "周一", "晚", "20:00", "怪类型（广告）", None])
    path = tmp_path / "in.xlsx"
    wb.save(path)
    with ws.services.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Post))
    report = ws.services.push_tables.import_file(path)
    problems = {(p.row, p.problem) for p in report.parsed.problems}
    assert problems == {
        (3, ImportProblem.BAD_DATE),
        (4, ImportProblem.UNKNOWN_GROUP),
        (5, ImportProblem.BAD_TIME),
        (7, ImportProblem.BAD_TYPE),
    }
    titles = sorted(ws.services.calendar.get(i).title for i in report.imported)
    assert titles == ["好的一行", "自带时间"]
    assert ws.services.calendar.get(report.imported[0]).when.hour in (8, 9)
    with ws.services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Post)) == before + 2
