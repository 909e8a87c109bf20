"""Versioned drafts, generically: the three-way diff, the merged copy and the save that
merges by itself when nothing needs a choice.

Groups, members and step templates share one shape: a dataclass the editor fills, with an
``id`` and the ``version`` it was read at. A save from an older copy raises ``EditConflict``
built here; the compare dialog's choice comes back as ``merged(theirs, mine, keep_mine)``.
Posts bring their own diff and merge (``services/calendar/merge.py``) and use the same save.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Protocol, TypeVar

from desktop.services.live.conflicts import EditConflict, FieldDiff, who_changed

# Bookkeeping, not something an operator edits or chooses between.
_NOT_EDITED = frozenset({"id", "version", "saved_by", "journey_id", "position"})

# A teammate saving the same row again while a merge is being written is rare; a few
# rounds settle it, and a row that keeps moving goes to the operator as a conflict.
MERGE_ATTEMPTS = 3


class Draft(Protocol):
    id: int | None
    version: int | None


D = TypeVar("D", bound=Draft)
Merge = Callable[[Any, Any, Collection[str]], Any]


def edited_fields(draft: Any) -> list[str]:
    return [f.name for f in fields(draft) if f.name not in _NOT_EDITED]


def draft_diffs(
    theirs: Any, mine: Any, names: Sequence[str] | None = None, base: Any = None
) -> list[FieldDiff]:
    """Each field in the three copies; without ``base`` nobody knows who changed what."""
    out = []
    for n in names if names is not None else edited_fields(theirs):
        t, m = getattr(theirs, n), getattr(mine, n)
        b = getattr(base, n) if base is not None else None
        out.append(FieldDiff(n, t, m, b, who_changed(b, t, m) if base is not None else None))
    return out


def conflict(table: str, theirs: D, mine: D, base: D | None = None) -> EditConflict:
    assert theirs.id is not None
    return EditConflict(
        table,
        theirs.id,
        theirs.version or 0,
        draft_diffs(theirs, mine, base=base),
        theirs,
        mine,
        base,
    )


def merged(theirs: D, mine: D, keep_mine: Collection[str]) -> D:
    """Their copy with the fields in ``keep_mine`` taken from mine, at their version (so
    saving it does not conflict again, unless someone saved once more meanwhile)."""
    return replace(theirs, **{n: copy.copy(getattr(mine, n)) for n in keep_mine})  # type: ignore[type-var]


@dataclass(frozen=True)
class Saved:
    """What a save did: the row, and whether a teammate's newer copy was merged in."""

    row_id: int
    merged: bool = False  # a teammate had saved meanwhile; only one-sided changes met
    kept_theirs: tuple[str, ...] = ()  # their changed fields, kept beside mine
    by: str = ""  # the teammate whose copy was merged in, when known (``EditConflict.who``)


def save_merging(
    save: Callable[[D, D | None], int],
    mine: D,
    base: D | None,
    merge: Merge = merged,
) -> Saved:
    """Save ``mine`` (edited from ``base``); when a teammate saved meanwhile and every
    difference is one-sided, save the merge instead, without asking. A field both changed
    (or any difference without a base) raises the ``EditConflict`` for the operator.

    ``save(draft, base)`` is the service's save. Each round merges onto the copy that won,
    which then is the base of the next round, as in a rebase."""
    kept: list[str] = []
    by = ""
    for attempt in range(MERGE_ATTEMPTS):
        try:
            return Saved(save(mine, base), attempt > 0, tuple(kept), by)
        except EditConflict as exc:
            if exc.needs_choice or attempt == MERGE_ATTEMPTS - 1:
                raise
            kept += [n for n in exc.theirs_only if n not in kept]
            by = exc.who
            mine, base = merge(exc.theirs, mine, exc.keep_mine()), exc.theirs
    raise AssertionError("unreachable: the last attempt returns or raises")


__all__ = [
    "Saved",
    "conflict",
    "draft_diffs",
    "edited_fields",
    "merged",
    "save_merging",
]
