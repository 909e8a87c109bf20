"""Inbox at scale: 100,000 conversations and 1,000,000 messages (mixed Chinese/English).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/inbox.py [--scale 1.0] [--keep DIR]

Measures in one run, against baselines in the same run:

- opening the inbox to the first page painted (the real list model, delegate and view,
  ``grab()`` forces the paint) vs the raw SQL of the same page through ``sqlite3``: the
  same columns the rows show, their labels, and the reply-time settings the badges need.
  ``first_page_ms`` is a second open in a warm app (the delegate's row pixmaps cached, as
  after any refresh); ``first_page_cold_ms`` clears ``QPixmapCache`` first, so every row's
  text is shaped again. ``qt_floor_ms`` is a bare ``QListView`` with the same number of
  rows and a delegate that paints nothing: what Qt costs before any of our code runs
  (the Fusion scroll bar alone is about 1 ms offscreen), so no ratio can go below
  ``(raw + floor) / raw``. ``first_page_vs_bare_list`` compares the page with the
  simplest painted page of the same rows: the raw query put straight into a plain
  ``QListWidget`` (two lines of text a row, the stock delegate);
- scrolling to the 10,000th conversation (lazy pages, then the row painted);
- 20 searches (1–4 Chinese characters, English words) through ``SearchService``: twelve
  head words (each in 1–5% of the messages, the 1-character ones included) and eight
  rare ones (a product or a name from the long tail, or two common words side by side;
  a few hundred messages each), as an operator looks up both. Baselines:
  * the raw FTS query through ``sqlite3`` returning the same data (the hits' ids, member
    names, times and bodies, same order and LIMIT);
  * the naive way: a ``LIKE '%…%'`` scan of the same columns returning the same result
    set (same joins, ORDER BY id DESC, LIMIT 50; checked equal to the search's ids), in
    the form SQLite runs best (the 50 newest matches first, then the joins). SQLite stops
    as soon as 50 rows match: after a few thousand rows for a head word, after a few
    hundred thousand for a rare one. ``search_vs_like`` compares the p95 of both over
    all 20; ``search_vs_like_head`` over the head words alone, where the early stop
    keeps ``LIKE`` close; ``like_miss_ms`` / ``search_miss_ms`` a term found nowhere,
    where ``LIKE`` reads every row.
  ``search_*`` time the service returning its hits (decoded on first read, like the raw
  rows); ``search_read_p95_ms`` also reads every field of every hit, as the tab does.

Prints key=value lines: build_s, first_page_ms, first_page_cold_ms, first_page_raw_ms,
qt_floor_ms, first_page_ratio, first_page_cold_ratio, first_page_bare_list_ms,
first_page_vs_bare_list, scroll_10000_ms, search_p50_ms,
search_p95_ms, search_read_p95_ms, raw_fts_p95_ms, like_p95_ms, search_p95_ratio,
search_vs_like, search_vs_like_head, like_miss_ms, search_miss_ms, rss_mb.

The workspace is kept with ``--keep DIR`` (use one under ``.cache/``, which git ignores)
and reused by later runs, so only the first run pays for building it.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from inbox_data import Vocabulary, build

from desktop.config import resolve_paths
from desktop.services.inbox.search import (
    SearchService,
    _fts_string,
    spaced,
)
from desktop.services.workspace.service import open_workspace


def queries(vocabulary: Vocabulary) -> list[tuple[str, bool]]:
    """20 searches an operator makes, each with whether it is a head word (in 1% of the
    messages or more). Common words, and the specific things people look up, which are
    rare in a million messages: a product or a name (generated tail words, by frequency
    rank) or two common words side by side."""
    head = ["退", "款", "咖", "豆", "退款", "发票", "积分", "refund", "coffee", "shipping"]
    head += ["latte", "invoice"]
    rare = [vocabulary.cn_at(300, 2), vocabulary.cn_at(2000, 2), "会员积分", "咖啡拿铁"]
    rare += [vocabulary.cn_at(150, 4), vocabulary.cn_at(1500, 4)]
    rare += [vocabulary.en_at(150), vocabulary.en_at(900)]
    return [(q, True) for q in head] + [(q, False) for q in rare]


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p * (len(ordered) - 1)))]


def timed(fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--keep", type=Path, default=None, help="reuse/keep the workspace here")
    ap.add_argument(
        "--wechat-share",
        type=float,
        default=0.0,
        help="part of the conversations that are 微信客服 ones (0.3: 30%%)",
    )
    args = ap.parse_args()
    conversations = int(100_000 * args.scale)
    messages = int(1_000_000 * args.scale)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="shequn-bench-inbox-"))
    paths = resolve_paths(folder / "data")
    build_s = 0.0
    if not paths.sqlite_path.exists():
        paths.ensure()
        build_s = build(
            paths.sqlite_path, conversations, messages, random.Random(7), args.wechat_share
        )
    print(f"build_s={build_s:.1f}")

    from PySide6.QtCore import QAbstractListModel, QEventLoop
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication, QListView, QListWidget, QStyledItemDelegate

    from desktop.services.inbox import InboxService
    from desktop.ui.common.background import Background
    from desktop.ui.inbox.delegate import ConversationDelegate
    from desktop.ui.inbox.model import ConversationListModel

    app = QApplication.instance() or QApplication([])
    opened = open_workspace(paths)
    db = opened.db
    inbox = InboxService(db)
    calls = Background()

    def settle() -> None:
        while calls.busy:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)

    raw = sqlite3.connect(f"file:{paths.sqlite_path}?mode=ro", uri=True)
    # The same page the list shows: the columns a row needs, its labels, the settings the
    # reply-time badges are computed from.
    page_sql = (
        "SELECT c.id, c.member_id, m.display_name, c.channel, c.subject, c.status,"
        " c.priority, c.last_message_at, c.last_preview, c.unread, c.assignee_id, o.name,"
        " c.waiting_since, c.snoozed_until FROM conversations c"
        " JOIN members m ON m.id = c.member_id LEFT JOIN operators o ON o.id = c.assignee_id"
        " ORDER BY c.last_message_at DESC, c.id DESC LIMIT 101"
    )
    labels_sql = (
        "SELECT cl.conversation_id, l.name FROM conversation_labels cl"
        " JOIN labels l ON l.id = cl.label_id"
        " WHERE cl.conversation_id IN (SELECT id FROM conversations"
        " ORDER BY last_message_at DESC, id DESC LIMIT 101)"
    )
    settings_sql = (
        "SELECT first_response_minutes, resolution_minutes, warn_before_minutes, work_start,"
        " work_end, work_days FROM inbox_settings WHERE id = 1"
    )
    tz_sql = "SELECT timezone FROM workspace_settings WHERE id = 1"

    def raw_page() -> None:
        raw.execute(settings_sql).fetchall()
        raw.execute(tz_sql).fetchall()
        raw.execute(page_sql).fetchall()
        raw.execute(labels_sql).fetchall()

    def open_inbox(cold: bool = False) -> QListView:
        if cold:
            QPixmapCache.clear()
        view = QListView()
        model = ConversationListModel(inbox.queue, calls, view)
        view.setModel(model)
        view.setItemDelegate(ConversationDelegate(view))
        view.setUniformItemSizes(True)
        view.resize(420, 900)
        model.reset()
        settle()  # the page is read on the worker thread, as in the app
        view.show()
        view.grab()  # paint
        return view

    class _Rows(QAbstractListModel):
        def rowCount(self, parent: object = None) -> int:
            return 0 if parent is not None and parent.isValid() else 101

        def data(self, index: object, role: int = 0) -> object:
            return None

    class _Nothing(QStyledItemDelegate):
        def __init__(self, like: ConversationDelegate) -> None:
            super().__init__()
            self._like = like

        def sizeHint(self, option: object, index: object) -> object:
            return self._like.sizeHint(option, index)

        def paint(self, painter: object, option: object, index: object) -> None:
            pass

    def qt_floor() -> None:
        view = QListView()
        view.setModel(_Rows(view))
        view.setItemDelegate(_Nothing(ConversationDelegate(view)))
        view.setUniformItemSizes(True)
        view.resize(420, 900)
        view.show()
        view.grab()
        view.close()

    def bare_list() -> None:
        # The simplest painted page of the same rows: the raw query straight into a plain
        # QListWidget, two lines of text a row with the stock delegate.
        rows = raw.execute(page_sql).fetchall()
        raw.execute(labels_sql).fetchall()
        view = QListWidget()
        view.setUniformItemSizes(True)
        view.addItems([f"{r[2]}  {r[7]}\n{r[8]}" for r in rows])
        view.resize(420, 900)
        view.show()
        view.grab()
        view.close()

    open_inbox().close()  # warm caches and imports once, like a second open in the app
    bare_list()
    first_raw = timed(raw_page, repeat=20)
    first_ui = timed(lambda: open_inbox().close(), repeat=5)
    first_cold = timed(lambda: open_inbox(cold=True).close(), repeat=5)
    floor = timed(qt_floor, repeat=5)
    first_service = timed(lambda: inbox.queue.page(), repeat=20)
    first_bare = timed(bare_list, repeat=5)
    print(f"first_page_ms={first_ui * 1000:.2f}")
    print(f"first_page_cold_ms={first_cold * 1000:.2f}")
    print(f"first_page_service_ms={first_service * 1000:.2f}")
    print(f"first_page_raw_ms={first_raw * 1000:.2f}")
    print(f"qt_floor_ms={floor * 1000:.2f}")
    print(f"first_page_ratio={first_ui / first_raw:.2f}")
    print(f"first_page_cold_ratio={first_cold / first_raw:.2f}")
    print(f"first_page_service_ratio={first_service / first_raw:.2f}")
    print(f"first_page_floor_ratio={(first_raw + floor) / first_raw:.2f}")
    print(f"first_page_bare_list_ms={first_bare * 1000:.2f}")
    print(f"first_page_vs_bare_list={first_ui / first_bare:.2f}")

    view = open_inbox()
    model = view.model()
    t = time.perf_counter()
    while model.rowCount() < 10_000 and model.canFetchMore():
        model.fetchMore()
        settle()
    view.scrollTo(model.index(9_999, 0))
    view.grab()
    print(f"scroll_10000_ms={(time.perf_counter() - t) * 1000:.1f}")

    search = SearchService(db)
    hit_cols = (
        "SELECT m.id, m.conversation_id, c.member_id, mb.display_name, m.direction,"
        " m.sent_at, m.body_text FROM {source}"
        " JOIN conversations c ON c.id = m.conversation_id"
        " JOIN members mb ON mb.id = c.member_id WHERE {where} ORDER BY {order} DESC LIMIT 50"
    )
    # LIKE gets its best plan: newest messages first, joined after the 50 are found (the
    # one-statement join lets SQLite scan members first and sort everything: ~40x slower).
    like_query = (
        "SELECT m.id, m.conversation_id, c.member_id, mb.display_name, m.direction,"
        " m.sent_at, m.body_text FROM (SELECT * FROM messages WHERE {where}"
        " ORDER BY id DESC LIMIT 50) m JOIN conversations c ON c.id = m.conversation_id"
        " JOIN members mb ON mb.id = c.member_id ORDER BY m.id DESC"
    )

    def read_all(hits: list) -> list:
        return [(h.member_name, h.sent_at, h.snippet, h.direction) for h in hits]

    ours, ours_read, fts, like, head = [], [], [], [], []
    for q, is_head in queries(Vocabulary()):
        head.append(is_head)
        search.search(q)  # warm
        ours.append(timed(lambda q=q: search.search(q), repeat=3))
        ours_read.append(timed(lambda q=q: read_all(search.search(q)), repeat=3))
        terms = q.split()
        if all(len(w) >= 3 for w in terms):
            source = "messages_fts f JOIN messages m ON m.id = f.rowid"
            where = "messages_fts MATCH ?"
            args: list[str] = [" AND ".join(_fts_string(w) for w in terms)]
        else:  # 1-2 characters: one token per character, then a literal check
            source = "messages_fts_cjk f JOIN messages m ON m.id = f.rowid"
            where = "messages_fts_cjk MATCH ?" + "".join(
                " AND instr(lower(m.body_text), ?) > 0" for _ in terms
            )
            args = [" AND ".join(_fts_string(spaced(w).strip()) for w in terms)]
            args += [w.lower() for w in terms]
        sql = hit_cols.format(source=source, where=where, order="f.rowid")
        fts.append(timed(lambda s=sql, a=args: raw.execute(s, a).fetchall(), repeat=3))
        like_sql = like_query.format(where=" AND ".join("body_text LIKE ?" for _ in terms))
        like_args = [f"%{w}%" for w in terms]
        like.append(timed(lambda s=like_sql, a=like_args: raw.execute(s, a).fetchall(), repeat=1))
        expected = [r[0] for r in raw.execute(like_sql, like_args)]
        if [h.message_id for h in search.search(q)] != expected:
            print(f"warning: search {q!r} and the LIKE scan found different messages")
    miss = "无此词语"
    miss_like = like_query.format(where="body_text LIKE ?")
    like_miss = timed(lambda: raw.execute(miss_like, [f"%{miss}%"]).fetchall(), repeat=1)
    search_miss = timed(lambda: search.search(miss), repeat=3)
    print(f"search_p50_ms={pct(ours, 0.5) * 1000:.2f}")
    print(f"search_p95_ms={pct(ours, 0.95) * 1000:.2f}")
    print(f"search_read_p95_ms={pct(ours_read, 0.95) * 1000:.2f}")
    print(f"raw_fts_p95_ms={pct(fts, 0.95) * 1000:.2f}")
    print(f"like_p95_ms={pct(like, 0.95) * 1000:.2f}")
    print(f"search_p95_ratio={pct(ours, 0.95) / pct(fts, 0.95):.2f}")
    print(f"search_read_p95_ratio={pct(ours_read, 0.95) / pct(fts, 0.95):.2f}")
    print(f"search_vs_like={pct(like, 0.95) / pct(ours, 0.95):.1f}")
    print(f"search_vs_like_total={sum(like) / sum(ours):.1f}")
    like_head = [t for t, h in zip(like, head, strict=True) if h]
    ours_head = [t for t, h in zip(ours, head, strict=True) if h]
    print(f"search_vs_like_head={pct(like_head, 0.95) / pct(ours_head, 0.95):.1f}")
    print(f"like_miss_ms={like_miss * 1000:.1f}")
    print(f"search_miss_ms={search_miss * 1000:.2f}")
    print(f"rss_mb={rss_mb():.0f}")
    view.close()
    raw.close()
    db.dispose()
    del app


if __name__ == "__main__":
    main()
