"""What a calendar drag carries, and where it may land.

Three payloads share the grid: planned posts (moved or, with Ctrl, copied), backlog
drafts and archived materials. Each is JSON under its own MIME type so a drop from
another application is simply refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QByteArray, QMimeData


class DragKind(StrEnum):
    POSTS = "application/x-shequn-posts"
    DRAFTS = "application/x-shequn-drafts"
    MATERIALS = "application/x-shequn-materials"


@dataclass(frozen=True)
class Payload:
    kind: DragKind
    ids: tuple[int, ...]
    # For posts: the card that was grabbed, (post id, occurrence); the others move with it.
    anchor: tuple[int, int] | None = None
    occurrences: tuple[int, ...] = ()  # per id, which occurrence of a recurring post


@dataclass(frozen=True)
class DropTarget:
    column: int  # day
    row: int | None  # slot; None = the day header (keep the time, change the day)


def to_mime(payload: Payload) -> QMimeData:
    mime = QMimeData()
    data = {
        "ids": list(payload.ids),
        "anchor": list(payload.anchor) if payload.anchor else None,
        "occurrences": list(payload.occurrences),
    }
    mime.setData(payload.kind.value, QByteArray(json.dumps(data).encode()))
    return mime


def from_mime(mime: QMimeData | None) -> Payload | None:
    if mime is None:
        return None
    for kind in DragKind:
        if mime.hasFormat(kind.value):
            try:
                data = json.loads(bytes(mime.data(kind.value).data()).decode())
                ids = tuple(int(i) for i in data["ids"])
                anchor = data.get("anchor")
                occ = tuple(int(i) for i in data.get("occurrences") or ())
                return Payload(kind, ids, tuple(anchor) if anchor else None, occ)
            except (ValueError, KeyError, TypeError):
                return None
    return None
