"""Member import with real files: GBK CSV from Excel, BOM UTF-8, merged xlsx headers,
bad rows reported exactly, one transaction, re-import without duplicates, the CLI."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from desktop.cli import main as cli_main
from desktop.domain.members.segments import SegmentFilter
from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft
from desktop.services.members.import_read import read_table
from desktop.services.members.import_types import DuplicatePolicy, ImportCancelled, RowAction
from desktop.services.members.importer import write_bad_rows
from desktop.store.models import AuditEntry, Member, MemberContact, Membership

HEADER = ["姓名", "手机", "邮箱", "标签", "生日", "群"]


def member_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Member)) or 0)


def contact_count(services: Services) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(MemberContact)) or 0)


def make_group(services: Services, name: str = "拾光·北京01") -> int:
    return services.groups.save(GroupDraft(name=name))


def rows_with_bad(n: int = 100) -> tuple[list[list[str]], dict[int, str]]:
    """``n`` rows, 5% of them bad in five different ways; returns rows and line → reason."""
    rows: list[list[str]] = []
    for i in range(n):
        rows.append(
            [f"会员{i:03}", f"1380013{i:04}", f"m{i}@example.com", "咖啡, 拉花", "1990-05-17", ""]
        )
    bad = {
        10: ("email", "not-an-email", "not a valid email address: not-an-email"),
        30: ("group", "不存在的群", "no group of that name: 不存在的群"),
        50: ("birthday", "1990-13-45", "not a date (use YYYY-MM-DD): 1990-13-45"),
        70: ("phone", "abc", "not a valid phone number: abc"),
        90: ("name", "", "name is empty"),
    }
    column = {"name": 0, "phone": 1, "email": 2, "birthday": 4, "group": 5}
    expected: dict[int, str] = {}
    for i, (fld, value, reason) in bad.items():
        rows[i][column[fld]] = value
        expected[i + 2] = reason  # file line: header is line 1
    return rows, expected


def write_csv(path: Path, rows: list[list[str]], encoding: str, header: list[str] = HEADER) -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")  # Excel on Windows writes CRLF
        w.writerow(header)
        w.writerows(rows)
    return path


def test_gbk_csv_from_excel_imports_good_rows_and_reports_bad_ones(
    services: Services, tmp_path: Path
) -> None:
    make_group(services)
    rows, expected = rows_with_bad(100)
    rows[0][5] = "拾光·北京01"
    path = write_csv(tmp_path / "会员.csv", rows, "gbk")
    table = read_table(path)
    assert table.encoding == "gb18030"
    assert table.headers == HEADER
    plan = services.importer.plan(table)
    assert {b.line: b.reason() for b in plan.bad} == expected
    assert plan.actions[RowAction.NEW] == 95
    result = services.importer.apply(plan)
    assert (result.imported, result.merged, result.skipped, result.bad) == (95, 0, 0, 5)
    assert member_count(services) == 95
    # Chinese text survived the encoding round trip; tags and birthday are stored.
    page = services.members.page("会员000")
    assert [r.name for r in page.rows] == ["会员000"]
    assert page.rows[0].tags == ("咖啡", "拉花")
    profile = services.members.profile(page.rows[0].id)
    assert profile.draft.birthday == date(1990, 5, 17)
    assert profile.draft.phone == "+8613800130000"
    assert [g.group_name for g in profile.groups] == ["拾光·北京01"]
    # The report: line, reason, then the original cells.
    report = tmp_path / "bad.csv"
    assert write_bad_rows(plan, report) == 5
    with report.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    assert lines[0] == ["line", "reason", *HEADER]
    assert [(int(r[0]), r[1]) for r in lines[1:]] == sorted(expected.items())
    assert lines[1][2:] == rows[10]
    with services.db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "import_members")).one()
    assert audit.detail["imported"] == 95 and "m1@example.com" not in str(audit.detail)


def test_bom_utf8_and_reimport_does_not_duplicate(services: Services, tmp_path: Path) -> None:
    rows = [[f"成员{i}", "", f"u{i}@example.com", "烘焙", "", ""] for i in range(20)]
    path = write_csv(tmp_path / "bom.csv", rows, "utf-8-sig")
    table = read_table(path)
    assert table.encoding == "utf-8-sig" and table.headers[0] == "姓名"  # no BOM in the header
    first = services.importer.apply(services.importer.plan(table))
    assert first.imported == 20
    contacts = contact_count(services)
    # The same file again, plus a phone for one member: all rows merge, none is new.
    rows[3][1] = "13900000003"
    again = services.importer.plan(read_table(write_csv(tmp_path / "b2.csv", rows, "utf-8")))
    assert again.actions[RowAction.MERGE] == 20 and again.actions[RowAction.NEW] == 0
    second = services.importer.apply(again)
    assert (second.imported, second.merged) == (0, 20)
    assert member_count(services) == 20
    assert contact_count(services) == contacts + 1
    # Skip policy leaves them alone.
    skip = services.importer.plan(read_table(path), policy=DuplicatePolicy.SKIP)
    assert services.importer.apply(skip).skipped == 20
    assert member_count(services) == 20


def test_duplicates_inside_one_file_are_merged_into_the_first_row(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        ["王芳", "13800000001", "", "咖啡", "", ""],
        ["王芳(微信)", "13800000001", "wf@example.com", "拉花", "", ""],
        ["李雷", "", "WF@example.com", "", "", ""],  # same email, other case
    ]
    plan = services.importer.plan(read_table(write_csv(tmp_path / "d.csv", rows, "utf-8")))
    result = services.importer.apply(plan)
    assert (result.imported, result.merged) == (1, 2)
    page = services.members.page()
    assert [r.name for r in page.rows] == ["王芳"]
    assert page.rows[0].tags == ("咖啡", "拉花")
    assert page.rows[0].email == "wf@example.com"


def test_xlsx_with_merged_header_cells(services: Services, tmp_path: Path) -> None:
    make_group(services, "拾光·上海01")
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws["A1"] = "拾光会员名单 2026"
    ws.merge_cells("A1:F1")
    ws["A2"] = "姓名"
    ws.merge_cells("A2:A3")
    ws["B2"] = "联系方式"
    ws.merge_cells("B2:C2")
    ws["B3"] = "邮箱"
    ws["C3"] = "手机"
    ws["D2"] = "生日"
    ws.merge_cells("D2:D3")
    ws["E2"] = "群"
    ws.merge_cells("E2:E3")
    ws["F2"] = "备注"
    ws.merge_cells("F2:F3")
    ws.append(["张三", "zs@example.com", 13800138000, date(1992, 3, 4), "拾光·上海01", "老客"])
    ws.append(["李四", "ls@example.com", 13800138001, "1993/07/08", "拾光·上海01", ""])
    ws.append(["王五", "ww@example.com", "", "", "拾光·上海01", ""])
    ws.merge_cells("E4:E6")  # one group cell for three members, as people do in Excel
    path = tmp_path / "名单.xlsx"
    wb.save(path)
    table = read_table(path)
    assert table.headers[:5] == ["姓名", "邮箱", "手机", "生日", "群"]
    plan = services.importer.plan(table)
    assert plan.bad == []
    result = services.importer.apply(plan)
    assert result.imported == 3
    zs = services.members.page("张三").rows[0]
    profile = services.members.profile(zs.id)
    assert profile.draft.phone == "+8613800138000"  # not "13800138000.0"
    assert profile.draft.birthday == date(1992, 3, 4)
    assert profile.draft.notes == "老客"
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Membership)) == 3


def test_cancel_or_failure_writes_nothing(services: Services, tmp_path: Path) -> None:
    rows = [[f"m{i}", "", f"c{i}@example.com", "t", "", ""] for i in range(12000)]
    plan = services.importer.plan(read_table(write_csv(tmp_path / "big.csv", rows, "utf-8")))
    seen: list[int] = []

    def cancel_after_first_chunk() -> bool:
        return len(seen) >= 2

    with pytest.raises(ImportCancelled):
        services.importer.apply(
            plan, progress=lambda d, _t: seen.append(d), cancel=cancel_after_first_chunk
        )
    assert member_count(services) == 0 and contact_count(services) == 0


def test_export_csv_and_xlsx_round_trip(services: Services, tmp_path: Path) -> None:
    rows = [
        [f"导出{i}", "", f"e{i}@example.com", "咖啡" if i % 2 else "茶", "", ""] for i in range(6)
    ]
    services.importer.apply(
        services.importer.plan(read_table(write_csv(tmp_path / "e.csv", rows, "utf-8")))
    )
    out = tmp_path / "out.csv"
    assert services.exporter.export(out) == 6
    assert services.exporter.export(tmp_path / "tea.xlsx", SegmentFilter(tags=("茶",))) == 3
    back = read_table(out)
    assert back.encoding == "utf-8-sig" and len(back.rows) == 6
    # Re-importing the export finds every member again.
    plan = services.importer.plan(back)
    assert plan.actions[RowAction.MERGE] == 6
    xl = read_table(tmp_path / "tea.xlsx")
    assert sorted(r[0] for r in xl.rows) == ["导出0", "导出2", "导出4"]


def test_cli_import_members_prints_counts_and_exits_1_on_bad_rows(
    services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_group(services)
    rows, _expected = rows_with_bad(100)
    path = write_csv(tmp_path / "cli.csv", rows, "gbk")
    report = tmp_path / "report.csv"
    args = ["import-members", str(path), "--group", "拾光·北京01", "--report", str(report)]
    code = cli_main(args)
    out = capsys.readouterr().out
    assert code == 1
    assert "imported: 95" in out and "merged: 0" in out and "bad: 5" in out
    assert report.exists()
    # Everyone imported joined the group given on the command line.
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Membership)) == 95
    clean = write_csv(tmp_path / "clean.csv", [["新人", "", "n@example.com", "", "", ""]], "utf-8")
    assert cli_main(["import-members", str(clean)]) == 0
    assert "imported: 1" in capsys.readouterr().out
    assert cli_main(["import-members", str(clean), "--group", "nope"]) == 2


def test_one_phone_written_three_ways_is_one_member_on_import_and_in_search(
    services: Services, tmp_path: Path
) -> None:
    rows = [
        ["周杰", "138 1234 5678", "", "", "", ""],
        ["周杰(店)", "+86 138-1234-5678", "zj@example.com", "", "", ""],
        ["Jay", "(+86)13812345678", "", "", "", ""],
        ["孙", "", "sun@example..com", "", "", ""],
    ]
    plan = services.importer.plan(read_table(write_csv(tmp_path / "p.csv", rows, "utf-8")))
    result = services.importer.apply(plan)
    assert (result.imported, result.merged) == (1, 2)
    assert [b.line for b in plan.bad] == [5]  # the bad address, reported; the others kept
    (only,) = services.members.page().rows
    assert services.members.profile(only.id).draft.phone == "+8613812345678"
    for query in ("138 1234 5678", "+86 138-1234-5678", "(+86)13812345678", "1234 5678"):
        assert [r.id for r in services.members.page(query).rows] == [only.id], query
    assert services.members.page('"13812345678" OR 1=1').rows == []  # quotes do not crash
