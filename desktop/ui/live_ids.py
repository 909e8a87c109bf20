"""Which rows a burst of live changes names, for views that re-read just those.

Kept free of Qt and of the database layer: the to-do dock imports it with the window
frame, which paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.live import Change

MANY = 200  # a change naming more rows than this reloads the view instead


def ids_in(changes: Iterable[Change], *tables: str, many: int = MANY) -> frozenset[int] | None:
    """The row ids the changes to ``tables`` name: empty when none touched them, None when
    one named no ids (a bulk statement) or they add up to more than ``many`` rows."""
    found: set[int] = set()
    for change in changes:
        if change.table not in tables:
            continue
        if change.ids is None:
            return None
        found |= change.ids
        if len(found) > many:
            return None
    return frozenset(found)
