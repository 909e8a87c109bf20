"""Member import and filtering at scale, against raw ``sqlite3`` doing the same work.

    .venv/bin/python bench/members.py [--members 100000]

Both sides start from the same freshly migrated, empty workspace schema and the same CSV:

* import: ours = read the file (encoding detection, header guess), check every row,
  find duplicates, write in one transaction. Raw = ``csv.reader`` + ``executemany`` of
  members, contacts, tags and member_tags in one transaction, no checks.
* filter: ours = the members table model reset to a text search and to a tag filter,
  sorted by activity, until its first page is painted (offscreen). Raw = one SELECT of
  the same first page with the same WHERE and ORDER BY.

Prints key=value lines: import_ratio, filter_ratio (ours / raw, lower is better), the
absolute seconds, and rss_mb (peak resident memory of this process).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TAGS = ["咖啡", "拉花", "烘焙", "手冲", "茶", "甜品", "露营", "摄影", "读书", "跑步"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "芳伟娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂"


def make_csv(path: Path, n: int) -> None:
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["姓名", "手机", "邮箱", "标签", "生日", "来源"])
        for i in range(n):
            name = rnd.choice(SURNAMES) + rnd.choice(GIVEN) + rnd.choice(GIVEN) + str(i)
            tags = "、".join(rnd.sample(TAGS, rnd.randint(1, 3)))
            birthday = f"{rnd.randint(1960, 2005)}-{rnd.randint(1, 12):02}-{rnd.randint(1, 28):02}"
            w.writerow([name, f"139{i:08}", f"user{i}@example.com", tags, birthday, "门店"])


def raw_import(db_path: Path, csv_path: Path) -> float:
    t0 = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    with csv_path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = list(reader)
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO members (id, display_name, birthday, source, notes, lifecycle,"
        " activity_score, dm_frequency, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, '', 'invited', 0, 'weekly', ?, ?)",
        ((i + 1, r[0], r[4], r[5], now, now) for i, r in enumerate(rows)),
    )
    contacts = []
    for i, r in enumerate(rows):
        contacts.append((i + 1, "phone", r[1]))
        contacts.append((i + 1, "email", r[2]))
    conn.executemany(
        "INSERT INTO member_contacts (member_id, channel, address) VALUES (?, ?, ?)", contacts
    )
    conn.executemany("INSERT INTO tags (name) VALUES (?)", ((t,) for t in TAGS))
    tag_ids = dict(conn.execute("SELECT name, id FROM tags"))
    conn.executemany(
        "INSERT INTO member_tags (member_id, tag_id) VALUES (?, ?)",
        ((i + 1, tag_ids[t]) for i, r in enumerate(rows) for t in r[3].split("、")),
    )
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t0


RAW_TEXT = """
SELECT m.id, m.display_name, m.lifecycle, m.activity_score FROM members m
WHERE m.erased_at IS NULL AND (m.display_name LIKE :p ESCAPE '\\'
  OR m.id IN (SELECT member_id FROM member_contacts WHERE address LIKE :p ESCAPE '\\')
  OR m.id IN (SELECT mt.member_id FROM member_tags mt JOIN tags t ON t.id = mt.tag_id
              WHERE t.name LIKE :p ESCAPE '\\'))
ORDER BY m.activity_score DESC, m.id DESC LIMIT 201
"""
RAW_TAG = """
SELECT m.id, m.display_name, m.lifecycle, m.activity_score FROM members m
WHERE m.erased_at IS NULL AND m.id IN (SELECT mt.member_id FROM member_tags mt
  JOIN tags t ON t.id = mt.tag_id WHERE t.name IN (:t))
ORDER BY m.activity_score DESC, m.id DESC LIMIT 201
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop.config import resolve_paths
    from desktop.domain.members.segments import SegmentFilter
    from desktop.services.container import Services
    from desktop.services.members.import_read import read_table
    from desktop.services.members.service import MemberSort
    from desktop.services.workspace.service import open_workspace
    from desktop.ui.members.tab import MembersTab

    app = QApplication.instance() or QApplication([])
    work = Path(tempfile.mkdtemp(prefix="shequn-bench-"))
    try:
        csv_path = work / "members.csv"
        make_csv(csv_path, args.members)
        paths = resolve_paths(work / "ours")
        paths.ensure()
        services = Services.build(paths, open_workspace(paths))
        raw_db = work / "raw.db"
        services.db.dispose()
        shutil.copy(paths.sqlite_path, raw_db)  # same empty schema for the baseline

        t0 = time.perf_counter()
        table = read_table(csv_path)
        plan = services.importer.plan(table, release_rows=True)  # as the CLI does
        result = services.importer.apply(plan)
        ours_import = time.perf_counter() - t0
        del plan, table
        assert result.imported == args.members, result
        raw_import_s = raw_import(raw_db, csv_path)

        # The real members tab, so the paint counted is the one users wait for.
        tab = MembersTab(services)
        tab.resize(1280, 760)
        tab.show()
        app.processEvents()
        model, view = tab.model, tab.table
        raw = sqlite3.connect(raw_db)

        def ours(query: str, flt: SegmentFilter | None) -> float:
            t = time.perf_counter()
            model.reset(query, flt=flt, sort=MemberSort.ACTIVITY)
            view.viewport().repaint()
            app.processEvents()
            return time.perf_counter() - t

        def baseline(sql: str, params: dict[str, str]) -> float:
            t = time.perf_counter()
            raw.execute(sql, params).fetchall()
            return time.perf_counter() - t

        ours_times: list[float] = []
        raw_times: list[float] = []
        for _ in range(args.runs):
            ours_times.append(ours("王芳", None) + ours("", SegmentFilter(tags=("手冲",))))
            raw_times.append(baseline(RAW_TEXT, {"p": "%王芳%"}) + baseline(RAW_TAG, {"t": "手冲"}))
        assert model.rowCount() > 0
        ours_filter = statistics.median(ours_times)
        raw_filter = statistics.median(raw_times)
        raw.close()
        tab.close()
        tab.deleteLater()
        app.processEvents()
        services.db.dispose()
        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"members={args.members}")
        print(f"import_s={ours_import:.2f}")
        print(f"raw_import_s={raw_import_s:.2f}")
        print(f"import_ratio={ours_import / raw_import_s:.2f}")
        print(f"filter_ms={ours_filter * 1000:.1f}")
        print(f"raw_filter_ms={raw_filter * 1000:.1f}")
        print(f"filter_ratio={ours_filter / raw_filter:.2f}")
        print(f"rss_mb={rss_mb:.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
