"""Searching every message (D5): Chinese and English, literal, fast, never an error.

SQLite: two FTS5 indexes kept in sync by triggers (migration 0005):

- ``messages_fts`` (trigram tokenizer) answers every term of 3 or more characters as a
  case-insensitive substring;
- ``messages_fts_cjk`` (unicode61, a space around every CJK character, so each character
  is a token) answers 1–2 character terms: "退款" is the phrase "退 款". Short Latin terms
  match whole words ("td" finds "TD", not "standard"). The candidates are checked with
  ``instr`` so punctuation between characters never makes a false hit.

A query is split on white space; every term must occur (AND). Terms are quoted as FTS5
strings, so ``"``, ``*``, ``-``, ``NEAR``, parentheses are searched literally. A term with
no letters or digits and fewer than 3 characters ("-", "()") is matched with ``instr``
over the newest messages only (``SCAN_LIMIT``).

PostgreSQL (team mode): ``ILIKE`` per term, served by a pg_trgm GIN index. A 1–2
character term starting or ending with a non-CJK letter or digit must also stand as a word
there (a case-insensitive regular expression), so both databases give the same answers.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text

from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.domain.members.contacts import like_pattern
from desktop.services.inbox.types import as_utc
from desktop.store.base import UTCDateTime
from desktop.store.db import Database

RESULT_LIMIT = 50
SCAN_LIMIT = 20_000  # newest messages scanned for punctuation-only short terms
MAX_TERMS = 8
MAX_TERM_CHARS = 100

_CJK = re.compile("[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\U00020000-\U0010ffff]")
# PostgreSQL regex: what may stand beside a word (as FTS5's unicode61 splits the spaced text).
_PG_GAP = "[^[:alnum:]]|[\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\U00020000-\U0010ffff]"
_PG_SPECIAL = re.compile(r"[\\^$.|?*+()\[\]{}]")


def spaced(text_: str) -> str:
    """The text as ``messages_fts_cjk`` indexes it: a space around every CJK character."""
    return _CJK.sub(lambda m: f" {m.group(0)} ", text_)


def _has_token(term: str) -> bool:
    return any(unicodedata.category(ch)[0] in "LN" for ch in term)


def _pg_word(term: str) -> str | None:
    """A PostgreSQL regex for a short term as a word, or None when it needs no edge."""

    def edge(ch: str) -> bool:
        return _has_token(ch) and not _CJK.match(ch)

    if not (edge(term[0]) or edge(term[-1])):
        return None
    body = _PG_SPECIAL.sub(lambda m: "\\" + m.group(0), term)
    left = f"(^|{_PG_GAP})" if edge(term[0]) else ""
    right = f"($|{_PG_GAP})" if edge(term[-1]) else ""
    return left + body + right


def _fts_string(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'


def terms_of(query: str) -> list[str]:
    # NUL ends an FTS5 query string early; messages never hold it (stripped on the way in).
    words = [w[:MAX_TERM_CHARS] for w in query.replace("\x00", " ").split() if w]
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    return list(seen)[:MAX_TERMS]


@dataclass(frozen=True)
class SearchFilter:
    member_id: int | None = None
    channel: ChannelKind | None = None
    since: datetime | None = None
    until: datetime | None = None


class SearchHit:
    """One message found, read-only.

    Holds the result tuple as the database gave it; the time, direction and snippet are
    worked out on first read, so a search costs the query and little more (the list shows
    a few hits at a time; a hit never looked at is never decoded).
    """

    __slots__ = ("_r", "_sent", "_snippet", "_terms")

    def __init__(self, raw: tuple[Any, ...], terms: list[str]) -> None:
        self._r = raw  # id, conversation, member, member name, direction, sent at, body
        self._terms = terms
        self._sent: datetime | None = None
        self._snippet: str | None = None

    def __repr__(self) -> str:
        return f"SearchHit(message_id={self.message_id}, member={self.member_name!r})"

    @property
    def message_id(self) -> int:
        return self._r[0]

    @property
    def conversation_id(self) -> int:
        return self._r[1]

    @property
    def member_id(self) -> int:
        return self._r[2]

    @property
    def member_name(self) -> str:
        return self._r[3]

    @property
    def direction(self) -> MessageDirection:
        return MessageDirection(self._r[4])

    @property
    def sent_at(self) -> datetime:
        if self._sent is None:
            self._sent = as_utc(self._r[5])
        return self._sent  # type: ignore[return-value]

    @property
    def snippet(self) -> str:
        if self._snippet is None:
            self._snippet = snippet(self._r[6] or "", self._terms)
        return self._snippet


def snippet(body: str, terms: list[str], width: int = 60) -> str:
    lowered = body.lower()
    pos = -1
    for t in terms:
        pos = lowered.find(t.lower())
        if pos >= 0:
            break
    start = max(0, pos - width // 3) if pos >= 0 else 0
    piece = body[start : start + width].replace("\n", " ")
    return ("…" if start > 0 else "") + piece + ("…" if start + width < len(body) else "")


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def search(
        self, query: str, flt: SearchFilter | None = None, limit: int = RESULT_LIMIT
    ) -> list[SearchHit]:
        terms = terms_of(query)
        if not terms:
            return []
        flt = flt or SearchFilter()
        sql, params = (self._sqlite if self.db.is_sqlite else self._postgres)(terms, flt, limit)
        with self.db.engine.connect() as conn:
            if self.db.is_sqlite:
                # Straight on the driver: the query is text already, and SQLAlchemy's
                # per-execution work costs as much as SQLite's answer to a common word.
                raw = conn.connection.driver_connection
                rows = raw.execute(sql, params).fetchall()  # type: ignore[union-attr]
            else:
                rows = [tuple(r) for r in conn.execute(text(sql), params)]
        return [SearchHit(r, terms) for r in rows]

    # -- SQLite ---------------------------------------------------------------------------

    def _sqlite(
        self, terms: list[str], flt: SearchFilter, limit: int
    ) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {"limit": limit}
        long_terms = [t for t in terms if len(t) >= 3]
        short_terms = [t for t in terms if len(t) < 3 and _has_token(t)]
        odd_terms = [t for t in terms if len(t) < 3 and not _has_token(t)]
        where: list[str] = []
        source = "messages m"
        if long_terms:
            params["tri"] = " AND ".join(_fts_string(t) for t in long_terms)
            source = "messages_fts f JOIN messages m ON m.id = f.rowid"
            where.append("messages_fts MATCH :tri")
        if short_terms:
            params["cjk"] = " AND ".join(_fts_string(spaced(t).strip()) for t in short_terms)
            if long_terms:
                where.append(
                    "m.id IN (SELECT rowid FROM messages_fts_cjk WHERE messages_fts_cjk MATCH :cjk)"
                )
            else:
                source = "messages_fts_cjk f JOIN messages m ON m.id = f.rowid"
                where.append("messages_fts_cjk MATCH :cjk")
            for i, t in enumerate(short_terms):
                params[f"s{i}"] = t.lower()
                where.append(f"instr(lower(m.body_text), :s{i}) > 0")
        if odd_terms:
            if not long_terms and not short_terms:
                params["scan"] = SCAN_LIMIT
                source = "(SELECT * FROM messages ORDER BY id DESC LIMIT :scan) m"
            for i, t in enumerate(odd_terms):
                params[f"o{i}"] = t
                where.append(f"instr(m.body_text, :o{i}) > 0")
        order = "f.rowid DESC" if source.startswith("messages_fts") else "m.id DESC"
        where += self._filters(flt, params)
        sql = (
            "SELECT m.id, m.conversation_id, c.member_id, mb.display_name, m.direction, "
            f"m.sent_at, m.body_text FROM {source} "
            "JOIN conversations c ON c.id = m.conversation_id "
            "JOIN members mb ON mb.id = c.member_id "
            f"WHERE {' AND '.join(where) or '1'} ORDER BY {order} LIMIT :limit"
        )
        return sql, params

    @staticmethod
    def _filters(flt: SearchFilter, params: dict[str, Any]) -> list[str]:
        where = []
        dt = UTCDateTime()
        if flt.member_id is not None:
            params["member_id"] = flt.member_id
            where.append("c.member_id = :member_id")
        if flt.channel is not None:
            params["channel"] = str(flt.channel)
            where.append("c.channel = :channel")
        if flt.since is not None:
            params["since"] = dt.process_bind_param(flt.since, None)  # type: ignore[arg-type]
            where.append("m.sent_at >= :since")
        if flt.until is not None:
            params["until"] = dt.process_bind_param(flt.until, None)  # type: ignore[arg-type]
            where.append("m.sent_at < :until")
        return where

    # -- PostgreSQL -----------------------------------------------------------------------

    def _postgres(
        self, terms: list[str], flt: SearchFilter, limit: int
    ) -> tuple[str, dict[str, Any]]:
        params: dict[str, Any] = {"limit": limit}
        where = []
        for i, t in enumerate(terms):
            params[f"t{i}"] = like_pattern(t)
            where.append(f"m.body_text ILIKE :t{i} ESCAPE '\\'")
            word = _pg_word(t) if len(t) < 3 else None
            if word is not None:  # as on SQLite: a short Latin term is a whole word
                params[f"w{i}"] = word
                where.append(f"m.body_text ~* :w{i}")
        where += self._filters(flt, params)
        sql = (
            "SELECT m.id, m.conversation_id, c.member_id, mb.display_name, m.direction, "
            "m.sent_at, m.body_text FROM messages m "
            "JOIN conversations c ON c.id = m.conversation_id "
            "JOIN members mb ON mb.id = c.member_id "
            f"WHERE {' AND '.join(where)} ORDER BY m.id DESC LIMIT :limit"
        )
        return sql, params


# -- maintenance (bulk loads, repair) ------------------------------------------------------

_TRIGGERS = ("messages_fts_ai", "messages_fts_ad", "messages_fts_au")


def drop_triggers(db: Database) -> list[str]:
    """Remove the sync triggers (for a bulk load); returns their SQL to restore them."""
    with db.engine.begin() as conn:
        rows = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
            _TRIGGERS,
        ).all()
        for name in _TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    return [r[0] for r in rows]


def rebuild_index(db: Database, triggers: list[str] | None = None) -> None:
    """Rebuild both FTS indexes from ``messages`` (and restore triggers if given)."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')")
        conn.exec_driver_sql("INSERT INTO messages_fts_cjk(messages_fts_cjk) VALUES ('delete-all')")
        raw = conn.connection.driver_connection
        assert raw is not None
        cur = raw.execute("SELECT id, body_text FROM messages ORDER BY id")
        while True:
            batch = cur.fetchmany(20_000)
            if not batch:
                break
            raw.executemany(
                "INSERT INTO messages_fts_cjk(rowid, chars) VALUES (?, ?)",
                [(i, spaced(b or "")) for i, b in batch],
            )
        for sql in triggers or []:
            conn.exec_driver_sql(sql)
