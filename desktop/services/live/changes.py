"""What one committed write changed, as the live feed carries it between clients.

A change names a table, the ids of the rows written (``None``: some rows, a bulk statement
whose rows are not known), a kind and the client that wrote it. On PostgreSQL it travels
as the payload of a ``NOTIFY`` on ``CHANNEL``; NOTIFY payloads are capped at 8000 bytes,
so a change touching too many rows to list is sent as "some rows".

A change heard on PostgreSQL may also carry the written rows' small values (``rows``, see
``rows.py``), so a view can apply it without reading; ``carried`` hands them out only when
every changed row came with every column the view shows.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.services.live.rows import CarriedRows, RawRows, typed_rows

CHANNEL = "shequn_changes"
MAX_PAYLOAD = 7900  # PostgreSQL refuses NOTIFY payloads of 8000 bytes or more


class FeedStatus(StrEnum):
    STOPPED = "stopped"
    LIVE = "live"  # changes arrive as they are committed
    POLLING = "polling"  # the connection is lost: the change log is read every second


@dataclass(frozen=True)
class Change:
    table: str
    ids: frozenset[int] | None  # None: any row of the table may have changed
    kind: str  # insert / update / delete / change (several kinds in one transaction)
    author: str  # the client that wrote it (``LiveIdentity.client``)
    serial: int = 0  # the change log's row id; catching up skips what already arrived
    # The written rows as committed (JSON values), when the NOTIFY carried them
    rows: RawRows | None = field(default=None, compare=False, repr=False)

    def touches(self, row_id: int) -> bool:
        return self.ids is None or row_id in self.ids

    def carried(self, columns: Iterable[str]) -> CarriedRows | None:
        """Every changed row's ``columns`` as a read would return them, or None when the
        change did not carry them all (read instead)."""
        if self.rows is None or not self.ids or self.kind == "delete":
            return None
        return typed_rows(self.table, self.ids, self.rows, columns)

    def encode(self) -> str:
        payload = {
            "t": self.table,
            "i": sorted(self.ids) if self.ids is not None else None,
            "k": self.kind,
            "a": self.author,
            "n": self.serial,
        }
        text = json.dumps(payload, separators=(",", ":"))
        if len(text.encode()) > MAX_PAYLOAD:
            payload["i"] = None
            text = json.dumps(payload, separators=(",", ":"))
        return text

    @classmethod
    def decode(cls, text: str) -> Change | None:
        """The change a payload describes; None for anything else on the channel."""
        try:
            raw = json.loads(text)
            ids = raw["i"]
            rows = raw.get("r")
            return cls(
                table=str(raw["t"]),
                ids=None if ids is None else frozenset(int(i) for i in ids),
                kind=str(raw["k"]),
                author=str(raw["a"]),
                serial=int(raw.get("n", 0)),
                rows=tuple(rows) if isinstance(rows, list) else None,
            )
        except (ValueError, KeyError, TypeError):
            return None


@dataclass
class LiveIdentity:
    """This client among the team: a random id per running app, and the teammate's name
    shown to others (presence), which the window sets once it knows who is signed in."""

    client: str
    name: str
    # The signed-in teammate's name in team mode, stamped on every versioned row this client
    # saves (``saved_by.py``); "" in solo mode, where there is nobody to name.
    teammate: str = ""
