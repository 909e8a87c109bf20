"""How a refresher gets a change's rows: from the payload, by a keyed read, or through the
view's own load — and never an older load's rows after a newer payload's."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterable
from datetime import UTC, datetime

import pytest

from desktop.services.live import CarriedRows, Change, Ids, Refresher

AT = "2026-12-05T08:00:20.123456"  # timestamps as row_to_json writes them (naive UTC)


def _heard(ids: list[int], rows: list[dict[str, object]] | None, kind: str = "update") -> Change:
    payload: dict[str, object] = {"t": "posts", "i": ids, "k": kind, "a": "a", "n": 7}
    if rows is not None:
        payload["r"] = rows
    change = Change.decode(json.dumps(payload))
    assert change is not None
    return change


def _row(post_id: int, title: str) -> dict[str, object]:
    return {"id": post_id, "title": title, "updated_at": AT, "version": 3, "body": None}


def test_a_payload_gives_typed_rows_only_when_complete() -> None:
    change = _heard([1, 2], [_row(1, "一"), _row(2, "二")])
    rows = change.carried(["title", "updated_at", "version"])
    assert rows is not None
    assert rows[2]["title"] == "二"
    # The same value a read gives: the model's UTC type makes it aware.
    assert rows[1]["updated_at"] == datetime(2026, 12, 5, 8, 0, 20, 123456, tzinfo=UTC)
    assert rows[1]["version"] == 3

    assert change.carried(["body"]) is None  # Text never travels: read it
    assert change.carried(["no_such_column"]) is None
    assert _heard([1, 2], [_row(1, "一")]).carried(["title"]) is None  # row 2 was not carried
    assert _heard([1], None).carried(["title"]) is None  # from the log, or over the cap
    # A teammate's older version did not send this column: read it, never guess None.
    assert _heard([1], [{"id": 1, "title": "一"}]).carried(["title", "version"]) is None
    assert _heard([1], [_row(1, "一")], kind="delete").carried(["title"]) is None
    assert Change.decode(change.encode()) == change  # rows are not part of identity


class _Reader:
    """Stands for the feed's RowReader: what a keyed read finds now."""

    def __init__(self, table: dict[int, str], fail: bool = False) -> None:
        self.table = table
        self.fail = fail
        self.asked: list[frozenset[int]] = []

    async def rows(self, table: str, ids: Iterable[int], columns: Iterable[str]) -> CarriedRows:
        self.asked.append(frozenset(ids))
        if self.fail:
            raise OSError("connection cut")
        return {i: {"title": self.table[i]} for i in ids if i in self.table}


class _View:
    def __init__(self, reader: _Reader | None, titles: dict[int, str]) -> None:
        self.titles = titles  # the database, as the view's own load sees it
        self.shown: list[dict[int, str]] = []
        self.gate = threading.Event()
        self.gate.set()
        self.refresher: Refresher[dict[int, str]] = Refresher(
            ["posts"],
            self.load,
            self.shown.append,
            primary="posts",
            columns=("title",),
            from_rows=lambda rows: {i: str(r["title"]) for i, r in rows.items()},
            reader=reader,
        )

    def load(self, ids: Ids) -> dict[int, str]:
        self.gate.wait(5)
        snapshot = dict(self.titles)
        return {i: t for i, t in snapshot.items() if ids is None or i in ids}


def test_a_carried_change_is_applied_without_reading() -> None:
    async def scenario() -> None:
        reader = _Reader({1: "旧"})
        view = _View(reader, {1: "旧"})
        view.refresher(_heard([1], [_row(1, "新")]))
        assert view.shown == [{1: "新"}]  # at once, on the feed's call
        assert reader.asked == [] and view.refresher.counts["carried"] == 1

    asyncio.run(scenario())


def test_without_the_rows_it_reads_by_key_then_falls_back_to_the_load() -> None:
    async def scenario() -> None:
        reader = _Reader({1: "读到的"})
        view = _View(reader, {1: "加载的", 2: "加载的 2"})
        view.refresher(_heard([1], None))
        await view.refresher.idle()
        assert view.shown[-1] == {1: "读到的"}

        view.refresher(_heard([2], None))  # row 2 is gone for the reader: the view decides
        await view.refresher.idle()
        assert view.shown[-1] == {2: "加载的 2"}

        reader.fail = True  # a cut connection: the view's own load still refreshes it
        view.refresher(_heard([1], None))
        await view.refresher.idle()
        assert view.shown[-1] == {1: "加载的"}
        assert view.refresher.counts == {"carried": 0, "read": 1, "load": 2}

    asyncio.run(scenario())


def test_a_payload_never_overtakes_an_older_load() -> None:
    async def scenario() -> None:
        view = _View(None, {1: "第 1 版"})
        view.gate.clear()
        view.refresher(_heard([1], None))  # its load reads while the gate is shut
        await asyncio.sleep(0.05)
        view.titles[1] = "第 2 版"
        # The newer change arrives with its rows while the older load still runs: applying
        # it now would let the older load's rows land after it. It waits for a read.
        view.refresher(_heard([1], [_row(1, "第 2 版")]))
        assert view.shown == []
        view.gate.set()
        await view.refresher.idle()
        assert view.shown[-1] == {1: "第 2 版"}
        assert view.refresher.counts["carried"] == 0

    asyncio.run(scenario())


@pytest.mark.parametrize("ids", [[], None])
def test_a_change_without_ids_reloads_the_view(ids: list[int] | None) -> None:
    async def scenario() -> None:
        view = _View(_Reader({}), {1: "一", 2: "二"})
        change = Change.decode(json.dumps({"t": "posts", "i": ids, "k": "update", "a": "a"}))
        assert change is not None
        view.refresher(change)
        await view.refresher.idle()
        assert view.shown[-1] == ({1: "一", 2: "二"} if ids is None else {})

    asyncio.run(scenario())
