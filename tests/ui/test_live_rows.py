"""``RowPatch``: rows a teammate changed go into a list model without a reset.

A Qt model over plain rows, a ``QListView`` with a selection: a changed row is replaced or
moved to its place (still selected), one that left the filter is removed, a new one comes
in by its key unless it belongs to a page not loaded yet; untouched rows stay the same
objects. ``ids_in`` turns a burst of changes into the ids to re-read, or None for "reload".
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QListView
from pytestqt.qtbot import QtBot

from desktop.services.live import Change
from desktop.ui.common.live_rows import RowPatch
from desktop.ui.live_ids import MANY, ids_in


@dataclass(frozen=True)
class Row:
    id: int
    when: int  # newest first, like the inbox's default order
    text: str = ""


class Rows(QAbstractListModel):
    def __init__(self, rows: list[Row]) -> None:
        super().__init__()
        self.rows = rows
        self.patch = RowPatch[Row](self, lambda r: r.id, lambda r: (-r.when, -r.id))
        self.resets = 0
        self.modelAboutToBeReset.connect(self._reset)

    def _reset(self) -> None:
        self.resets += 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[index.row()].text
        return None


def _view(qtbot: QtBot, model: Rows, selected: int) -> QListView:
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setCurrentIndex(model.index(selected))
    return view


def _ids(model: Rows) -> list[int]:
    return [r.id for r in model.rows]


def test_a_changed_row_moves_to_its_place_and_stays_selected(qtbot: QtBot) -> None:
    model = Rows([Row(3, 30), Row(2, 20), Row(1, 10)])
    view = _view(qtbot, model, 2)  # row 1 selected
    kept = model.rows[0]
    model.patch.apply(model.rows, {1}, [Row(1, 40, "新消息")])
    assert _ids(model) == [1, 3, 2]
    assert model.rows[1] is kept  # untouched rows are the same objects
    assert view.currentIndex().row() == 0 and model.rows[0].text == "新消息"
    assert model.resets == 0


def test_a_row_that_keeps_its_place_is_replaced_and_an_unchanged_one_is_kept(
    qtbot: QtBot,
) -> None:
    model = Rows([Row(3, 30), Row(2, 20), Row(1, 10)])
    _view(qtbot, model, 1)
    same = model.rows[1]
    changed: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.patch.apply(model.rows, {2, 3}, [Row(2, 20), Row(3, 30, "改名")])
    assert model.rows[1] is same and model.rows[0].text == "改名"
    assert changed == [0]


def test_rows_that_left_the_filter_go_and_new_ones_come_in_order(qtbot: QtBot) -> None:
    model = Rows([Row(5, 50), Row(3, 30), Row(1, 10)])
    view = _view(qtbot, model, 2)  # row 1 selected
    model.patch.apply(model.rows, {3, 4, 9}, [Row(4, 40)])  # 3 left, 4 is new, 9 unknown
    assert _ids(model) == [5, 4, 1]
    assert model.rows[view.currentIndex().row()].id == 1
    assert model.resets == 0


def test_a_row_past_the_last_loaded_page_waits_for_that_page(qtbot: QtBot) -> None:
    model = Rows([Row(5, 50), Row(4, 40)])  # more pages follow the row with when=40
    _view(qtbot, model, 0)
    bound = (-40, -4)
    model.patch.apply(model.rows, {2, 6}, [Row(2, 20), Row(6, 60)], bound)
    assert _ids(model) == [6, 5, 4]  # 2 comes with the next page, not twice
    model.patch.apply(model.rows, {5}, [Row(5, 5)], bound)  # 5 moved past the bound
    assert _ids(model) == [6, 4]


def _change(table: str, ids: set[int] | None) -> Change:
    return Change(table, None if ids is None else frozenset(ids), "update", "teammate")


def test_ids_in_names_the_rows_of_the_tables_asked_or_none_for_a_reload() -> None:
    burst = [_change("conversations", {1, 2}), _change("messages", {7}), _change("posts", None)]
    assert ids_in(burst, "conversations") == {1, 2}
    assert ids_in(burst, "messages") == {7}
    assert ids_in(burst, "members") == frozenset()
    assert ids_in(burst, "posts") is None  # a bulk statement: no ids
    many = [_change("deliveries", set(range(MANY + 1)))]
    assert ids_in(many, "deliveries") is None
