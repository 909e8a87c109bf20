"""Bringing a list model up to date with rows a teammate changed, without a reset.

The live feed names the rows others changed; a view re-reads just those (with the filter
it shows) and hands them here. Rows stay the same objects unless they changed, so the
view keeps its selection, scroll position and current row: a changed row is updated in
place or moved (``beginMoveRows``, which keeps a selected row selected), one that no
longer matches is removed, and a new one is inserted where the list's order puts it —
unless it sorts after the last row loaded while more pages remain, since the next page
brings it then (keyset pages: the cursor is the last loaded row's key).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractItemModel, QModelIndex

R = TypeVar("R")
Key = Any  # any value that orders like the list (tuples of numbers and text)


class RowPatch(Generic[R]):
    """How one model's rows are identified and ordered; ``apply`` does the patching."""

    def __init__(
        self,
        model: QAbstractItemModel,
        ident: Callable[[R], Hashable],
        key: Callable[[R], Key],
        columns: int = 1,
    ) -> None:
        self.model = model
        self.ident = ident
        self.key = key
        self.columns = columns

    def apply(
        self,
        rows: list[R],
        asked: Collection[Hashable],
        fresh: Iterable[R],
        bound: Key | None = None,
    ) -> None:
        """``rows`` (the model's own list, in ``key`` order) after re-reading ``asked``:
        ``fresh`` holds those that still match. ``bound``: the key of the last row loaded
        while more pages remain (None when everything is loaded)."""
        by_id = {self.ident(r): r for r in fresh}

        def placed(r: R) -> bool:
            return bound is None or self.key(r) <= bound

        for i in range(len(rows) - 1, -1, -1):
            rid = self.ident(rows[i])
            if rid in asked and (rid not in by_id or not placed(by_id[rid])):
                self.model.beginRemoveRows(QModelIndex(), i, i)
                del rows[i]
                self.model.endRemoveRows()
        # Most changes keep a row's place (a status, a name): replaced where it is.
        where = {self.ident(r): i for i, r in enumerate(rows)}
        moving: list[R] = []
        for rid, new in by_id.items():
            if not placed(new):
                continue
            at = where.get(rid)
            if at is not None and self.key(rows[at]) == self.key(new):
                if rows[at] != new:
                    rows[at] = new
                    self._changed(at)
            else:
                moving.append(new)
        for new in moving:
            rid = self.ident(new)
            found = next((i for i, r in enumerate(rows) if self.ident(r) == rid), -1)
            if found < 0:
                self._insert(rows, new)
            else:
                self._move(rows, found, new)

    def _changed(self, at: int) -> None:
        self.model.dataChanged.emit(self.model.index(at, 0), self.model.index(at, self.columns - 1))

    def place(self, rows: list[R], at: int, new: R) -> None:
        """Replace row ``at`` with ``new`` and move it to where its key puts it."""
        self._move(rows, at, new)

    def _insert(self, rows: list[R], new: R) -> None:
        at = bisect.bisect_left(rows, self.key(new), key=self.key)
        self.model.beginInsertRows(QModelIndex(), at, at)
        rows.insert(at, new)
        self.model.endInsertRows()

    def _move(self, rows: list[R], at: int, new: R) -> None:
        others: Sequence[R] = rows[:at] + rows[at + 1 :]
        target = bisect.bisect_left(others, self.key(new), key=self.key)
        if target != at:
            # In the old numbering a row moved down goes before the row after its target.
            dest = target if target < at else target + 1
            self.model.beginMoveRows(QModelIndex(), at, at, QModelIndex(), dest)
            del rows[at]
            rows.insert(target, new)
            self.model.endMoveRows()
        else:
            rows[at] = new
        self._changed(target)
