"""Inbox search on PostgreSQL (pg_trgm + ILIKE): the same questions as on SQLite.

The messages and queries are those of tests/inbox/test_search.py. Where the answer is a
plain substring match (Chinese of any length, English of 3+ characters, punctuation) both
databases must agree exactly; hostile strings must never raise or over-match.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from sqlalchemy import text

from desktop.domain.enums import ChannelKind
from desktop.services.inbox.search import SearchFilter, SearchService, terms_of
from desktop.store.db import Database
from tests.inbox.search_data import (
    HOSTILE,
    HOSTILE_PIECES,
    add_messages,
    containing_every_term,
    hostile_queries,
    is_cjk,
)
from tests.inbox.search_data import TEXTS as BASE_TEXTS

from .pg_server import PgServer

TEXTS = [*BASE_TEXTS, "路径 C:\\temp\\new_file 50%_off", "加我QQ号"]
# LIKE's wildcards and escapes, placeholders of SQL drivers, injection, case folding.
PG_HOSTILE = [
    "\\\\",
    "''",
    "%%",
    "\\%",
    "\\_",
    "$1",
    ":t0",
    "%(t0)s",
    "退\x00款",
    "'; DROP TABLE messages; --",
    "İ",
    "\u212a",  # KELVIN SIGN, lower case "k"
]


@pytest.fixture(scope="module")
def search_db(pg_server: PgServer, pg_template: str) -> Iterator[Database]:
    name = pg_server.create_database(template=pg_template)
    db = Database(pg_server.url(name))
    add_messages(db, TEXTS)
    yield db
    db.dispose()
    pg_server.drop_database(name)


def found(db: Database, query: str, **flt: object) -> list[str]:
    hits = SearchService(db).search(query, SearchFilter(**flt))  # type: ignore[arg-type]
    by_id = dict(_bodies(db))
    return sorted(by_id[h.message_id] for h in hits)


def _bodies(db: Database) -> list[tuple[int, str]]:
    with db.engine.connect() as conn:
        return [
            (int(i), str(b)) for i, b in conn.execute(text("SELECT id, body_text FROM messages"))
        ]


def with_(word: str) -> list[str]:
    return sorted(t for t in TEXTS if word.lower() in t.lower())


def test_the_trigram_index_is_there_and_usable(search_db: Database) -> None:
    with search_db.engine.connect() as conn:
        conn.execute(text("SET enable_seqscan = off"))
        plan = "\n".join(
            conn.execute(
                text("EXPLAIN SELECT id FROM messages WHERE body_text ILIKE '%coffee%'")
            ).scalars()
        )
    assert "ix_messages_body_trgm" in plan


def test_chinese_one_two_and_four_characters(search_db: Database) -> None:
    assert found(search_db, "退") == with_("退")
    assert found(search_db, "退款") == ["我想申请退款，订单号 A-123"]  # not "退，款"
    assert found(search_db, "积分") == with_("积分")
    assert found(search_db, "会员积分") == ["请问会员积分什么时候到账"]
    assert found(search_db, "烘焙日期") == ["咖啡豆的烘焙日期是哪天"]
    assert found(search_db, "积分 到账") == sorted(t for t in TEXTS if "积分" in t and "到账" in t)
    assert found(search_db, "拿铁") == ["Café au lait 拿铁"]


def test_english_words_punctuation_and_filters(search_db: Database) -> None:
    assert found(search_db, "refund") == ["Refund please, the coffee beans arrived broken"]
    assert found(search_db, "COFFEE broken") == ["Refund please, the coffee beans arrived broken"]
    assert found(search_db, "café") == ["Café au lait 拿铁"]
    assert found(search_db, "CAFÉ") == ["Café au lait 拿铁"]
    assert found(search_db, "NEAR") == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, '"NEAR"') == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, "--") == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, "*") == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, "100%") == ["standard shipping, 100% 满意"]
    # LIKE's own wildcards and escape character are searched for literally.
    assert found(search_db, "%") == with_("%")
    assert found(search_db, "_") == with_("_")
    assert found(search_db, "%_") == ["路径 C:\\temp\\new_file 50%_off"]
    assert found(search_db, "\\") == ["路径 C:\\temp\\new_file 50%_off"]
    assert found(search_db, "C:\\temp\\new_file") == ["路径 C:\\temp\\new_file 50%_off"]
    assert found(search_db, "'") == []
    assert found(search_db, "a'b") == []
    matrix = found(search_db, "退", channel=ChannelKind.MATRIX)
    assert matrix == sorted(t for i, t in enumerate(TEXTS) if "退" in t and i % 2 == 1)
    week = found(search_db, "退", since=datetime.now(UTC) - timedelta(days=2, hours=1))
    assert week == sorted(t for t in TEXTS[:3] if "退" in t)
    assert found(search_db, "   ") == []


def test_short_latin_terms_match_whole_words_as_on_sqlite(search_db: Database) -> None:
    assert found(search_db, "he") == ['He said "NEAR" (maybe) -- not * sure']  # not "the"
    assert found(search_db, "in") == []  # not "shipping"
    assert found(search_db, "a") == ["我想申请退款，订单号 A-123"]
    assert found(search_db, "-1") == []  # "1" is not a word of "A-123"
    assert found(search_db, "C") == ["路径 C:\\temp\\new_file 50%_off"]
    # Unchanged by the fix: words beside Chinese characters, and Chinese itself.
    assert found(search_db, "qq") == ["加我QQ号"]
    assert found(search_db, "td") == ["TD"]
    assert found(search_db, "退款") == ["我想申请退款，订单号 A-123"]


def _expected(query: str) -> set[str]:
    return containing_every_term(query, TEXTS)


def _fold(s: str) -> str:
    """Lower case one character at a time, as PostgreSQL's ILIKE does ("İ" → "i", where
    Python's full mapping gives "i̇")."""
    return "".join(ch.lower()[:1] for ch in s)


def _allowed(query: str) -> set[str]:
    terms = terms_of(query)
    return _expected(query) | {t for t in TEXTS if all(_fold(term) in _fold(t) for term in terms)}


hostile = hostile_queries([*HOSTILE, *PG_HOSTILE], [*HOSTILE_PIECES, "%", "_", "\\", "'"])


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=hostile)
def test_hostile_strings_never_crash_and_never_over_match(search_db: Database, query: str) -> None:
    got = set(found(search_db, query))
    terms = terms_of(query)
    if not terms:
        assert got == set()
        return
    expected = _expected(query)
    assert got <= _allowed(query)  # every hit really contains every term
    if all((len(t) >= 3 and t.isascii()) or all(is_cjk(c) for c in t) for t in terms):
        assert got == expected  # ASCII 3+ and CJK terms are exact substrings: nothing missed
    if all(not any(c.isalnum() for c in t) for t in terms):
        assert got == expected  # punctuation only: a substring match on PostgreSQL


def test_messages_table_survives(search_db: Database) -> None:
    assert len(_bodies(search_db)) == len(TEXTS)
