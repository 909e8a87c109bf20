"""Search over messages: Chinese 1-, 2- and 4-character words, English, hostile strings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings

from desktop.config import Paths
from desktop.domain.enums import ChannelKind
from desktop.services.inbox.search import SearchFilter, SearchService, terms_of
from desktop.services.workspace.service import open_workspace
from desktop.store.db import Database
from desktop.store.models import Message
from tests.inbox.search_data import (
    TEXTS,
    add_messages,
    containing_every_term,
    hostile_queries,
    is_cjk,
)


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from desktop.config import resolve_paths

    paths: Paths = resolve_paths(tmp_path_factory.mktemp("search") / "data")
    opened = open_workspace(paths)
    add_messages(opened.db, TEXTS)
    yield opened.db
    opened.db.dispose()


def found(db: Database, query: str, **flt: object) -> list[str]:
    hits = SearchService(db).search(query, SearchFilter(**flt))  # type: ignore[arg-type]
    with db.read() as s:
        return sorted(s.get(Message, h.message_id).body_text for h in hits)  # type: ignore[union-attr]


def test_chinese_one_two_and_four_characters(search_db: Database) -> None:
    assert found(search_db, "退") == sorted(t for t in TEXTS if "退" in t)
    assert found(search_db, "退款") == ["我想申请退款，订单号 A-123"]  # not "退，款"
    assert found(search_db, "积分") == sorted(t for t in TEXTS if "积分" in t)
    assert found(search_db, "会员积分") == ["请问会员积分什么时候到账"]
    assert found(search_db, "烘焙日期") == ["咖啡豆的烘焙日期是哪天"]
    assert found(search_db, "积分 到账") == sorted(t for t in TEXTS if "积分" in t and "到账" in t)


def test_english_words_and_filters(search_db: Database) -> None:
    assert found(search_db, "refund") == ["Refund please, the coffee beans arrived broken"]
    assert found(search_db, "COFFEE broken") == ["Refund please, the coffee beans arrived broken"]
    assert found(search_db, "td") == ["TD"]  # a word, not part of "standard"
    assert found(search_db, "café") == ["Café au lait 拿铁"]
    assert found(search_db, "NEAR") == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, '"NEAR"') == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, "--") == ['He said "NEAR" (maybe) -- not * sure']
    assert found(search_db, "100%") == ["standard shipping, 100% 满意"]
    matrix = found(search_db, "退", channel=ChannelKind.MATRIX)
    assert matrix == sorted(t for i, t in enumerate(TEXTS) if "退" in t and i % 2 == 1)
    week = found(search_db, "退", since=datetime.now(UTC) - timedelta(days=2, hours=1))
    assert week == sorted(t for t in TEXTS[:3] if "退" in t)
    assert found(search_db, "   ") == []


hostile = hostile_queries()


@settings(
    max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=hostile)
def test_hostile_strings_never_crash_and_never_over_match(search_db: Database, query: str) -> None:
    got = set(found(search_db, query))
    terms = terms_of(query)
    if not terms:
        assert got == set()
        return
    expected = containing_every_term(query, TEXTS)
    assert got <= expected  # every hit really contains every term
    if all((len(t) >= 3 and t.isascii()) or all(is_cjk(c) for c in t) for t in terms):
        assert got == expected  # ASCII 3+ and CJK terms are exact substrings: nothing missed
