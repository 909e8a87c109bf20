"""Calendar speed: a week with 200 groups and 5,000 posts, against bare baselines in one run.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/calendar_week.py [--posts 5000] [--moves 200]

``week_render_ratio``: median time to read the week from the database, load the grid
model, size the rows and paint the view, over the same for a bare ``QStandardItemModel``
of the same cells and text (no database). ``move_ms_median``: drop-to-saved latency of a
move (the planner's service call, committed, plus its undo command), median of ``--moves``
moves. ``move_ratio``: that over a bare SQLAlchemy ``UPDATE posts SET scheduled_at`` of one
row in its own transaction. The grid's reload after a move is reported separately
(``reload_ms_median``), as it does not delay the save.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=5000)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--moves", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import insert, select, update

    from desktop.config import resolve_paths
    from desktop.domain.calendar.week import week_start
    from desktop.domain.enums import ContentType, PostStatus
    from desktop.services.container import Services
    from desktop.services.workspace.service import open_workspace
    from desktop.store.models import Group, Post, post_targets
    from desktop.ui.calendar.model import WeekModel
    from desktop.ui.calendar.undo_commands import Planner
    from desktop.ui.calendar.view import WeekView

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="shequn-bench-"))
    paths = resolve_paths(tmp / "data")
    services = Services.build(paths, open_workspace(paths))
    settings = services.workspace.settings()
    tz = settings.tz
    slots = settings.slots
    monday = week_start(services.calendar.today()) + timedelta(days=14)
    rng = random.Random(7)

    with services.db.write() as s:
        s.execute(insert(Group), [{"name": f"品牌·城市{i:03d}群"} for i in range(args.groups)])
        group_ids = list(s.scalars(select(Group.id)))
        types = list(ContentType)
        rows = []
        for i in range(args.posts):
            when = datetime.combine(monday + timedelta(days=i % 7), slots[i % len(slots)].at, tz)
            rows.append(
                {
                    "title": f"第{i}条：今日社群话题与福利",
                    "body": "",
                    "content_type": types[i % 4],
                    "status": PostStatus.PLANNED,
                    "scheduled_at": when.astimezone(UTC),
                }
            )
        s.execute(insert(Post), rows)
        post_ids = list(s.scalars(select(Post.id)))
        links = [
            {"post_id": p, "group_id": g}
            for p in post_ids
            for g in rng.sample(group_ids, rng.randint(1, 3))
        ]
        s.execute(insert(post_targets), links)

    model = WeekModel()
    view = WeekView()
    view.setModel(model)
    view.resize(1400, 900)
    view.show()
    app.processEvents()

    def render_ours() -> float:
        t0 = time.perf_counter()
        week = services.calendar.week(monday, slots)
        model.set_week(week, slots, services.calendar.today())
        view.fit_rows()
        view.viewport().grab()
        return time.perf_counter() - t0

    week = services.calendar.week(monday, slots)
    texts: dict[tuple[int, int], list[str]] = {}
    for c in week.cards:
        texts.setdefault((c.slot_index, c.day_index), []).append(
            f"{c.title}\n{c.local_time:%H:%M} · {c.content_type} · {c.status}\n"
            + ", ".join(c.target_names)
        )
    bare = QTableView()
    bare.setWordWrap(True)
    bare.resize(1400, 900)
    bare.show()

    def render_bare() -> float:
        t0 = time.perf_counter()
        grid = QStandardItemModel(len(slots), 7)
        for (r, c), items in texts.items():
            grid.setItem(r, c, QStandardItem("\n\n".join(items)))
        bare.setModel(grid)
        bare.resizeRowsToContents()
        bare.viewport().grab()
        return time.perf_counter() - t0

    ours, base = [], []
    for _ in range(args.runs):
        ours.append(render_ours())
        base.append(render_bare())
        app.processEvents()

    planner = Planner(services.planning, services.calendar, services.schedule)
    movable = post_ids[:]
    rng.shuffle(movable)
    move_times, update_times, reload_times = [], [], []
    for i in range(args.moves):
        pid = movable[i % len(movable)]
        day = monday + timedelta(days=rng.randrange(7))
        when = datetime.combine(day, slots[rng.randrange(len(slots))].at, tz)
        t0 = time.perf_counter()
        planner.move([(pid, when)], "Move")
        move_times.append(time.perf_counter() - t0)
        other = movable[-1 - (i % len(movable))]
        t0 = time.perf_counter()
        with services.db.write() as s:
            s.execute(
                update(Post).where(Post.id == other).values(scheduled_at=when.astimezone(UTC))
            )
        update_times.append(time.perf_counter() - t0)
        if i < 5:
            t0 = time.perf_counter()
            model.set_week(services.calendar.week(monday, slots), slots, monday)
            reload_times.append(time.perf_counter() - t0)

    render_ms = statistics.median(ours) * 1000
    bare_ms = statistics.median(base) * 1000
    move_ms = statistics.median(move_times) * 1000
    update_ms = statistics.median(update_times) * 1000
    print(f"posts={args.posts}")
    print(f"groups={args.groups}")
    print(f"week_render_ms={render_ms:.1f}")
    print(f"bare_grid_ms={bare_ms:.1f}")
    print(f"week_render_ratio={render_ms / bare_ms:.2f}")
    print(f"move_ms_median={move_ms:.2f}")
    print(f"bare_update_ms_median={update_ms:.2f}")
    print(f"move_ratio={move_ms / update_ms:.2f}")
    print(f"reload_ms_median={statistics.median(reload_times) * 1000:.1f}")
    services.close()


if __name__ == "__main__":
    main()
