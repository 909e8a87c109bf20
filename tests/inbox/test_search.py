"""Search over messages: Chinese 1-, 2- and 4-character words, English, hostile strings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.config import Paths
from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.services.inbox.search import SearchFilter, SearchService, terms_of
from desktop.services.workspace.service import open_workspace
from desktop.store.db import Database
from desktop.store.models import Conversation, Member, Message

TEXTS = [
    "我想申请退款，订单号 A-123",
    "退货流程是什么？",
    "请问会员积分什么时候到账",
    "Refund please, the coffee beans arrived broken",
    "TD",
    "退",
    "咖啡豆的烘焙日期是哪天",
    'He said "NEAR" (maybe) -- not * sure',
    "standard shipping, 100% 满意",
    "退，款 不是一个词",
    "Café au lait 拿铁",
    "积分 到账 了吗",
]


@pytest.fixture(scope="module")
def search_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    from desktop.config import resolve_paths

    paths: Paths = resolve_paths(tmp_path_factory.mktemp("search") / "data")
    opened = open_workspace(paths)
    now = datetime.now(UTC)
    with opened.db.write() as s:
        m1, m2 = Member(display_name="甲"), Member(display_name="乙")
        s.add_all([m1, m2])
        s.flush()
        c1 = Conversation(member_id=m1.id, channel=ChannelKind.EMAIL)
        c2 = Conversation(member_id=m2.id, channel=ChannelKind.MATRIX)
        s.add_all([c1, c2])
        s.flush()
        for i, body in enumerate(TEXTS):
            s.add(
                Message(
                    conversation_id=(c1 if i % 2 == 0 else c2).id,
                    direction=MessageDirection.INBOUND,
                    body_text=body,
                    sent_at=now - timedelta(days=i),
                )
            )
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


def _expected(query: str) -> set[str]:
    terms = terms_of(query)
    out = set()
    for t in TEXTS:
        low = t.lower()
        if all(term.lower() in low for term in terms):
            out.add(t)
    return out


hostile = st.one_of(
    st.text(min_size=0, max_size=12),
    st.sampled_from(
        [
            '"',
            '""',
            "*",
            "-",
            "NEAR",
            "NEAR(",
            "a OR b",
            "(",
            ")",
            "^",
            "退款*",
            '"退款',
            "AND",
            "NOT 退",
            "col:退",
            "{x}",
            "\\",
            "'",
            "%",
            "_",
            "\x00",
        ]
    ),
    st.lists(
        st.sampled_from(['"', "*", "(", ")", "-", "退", "款", "NEAR", "OR", ":", "^", "a"]),
        max_size=6,
    ).map("".join),
)


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
    expected = _expected(query)
    assert got <= expected  # every hit really contains every term
    if all((len(t) >= 3 and t.isascii()) or all(_is_cjk(c) for c in t) for t in terms):
        assert got == expected  # ASCII 3+ and CJK terms are exact substrings: nothing missed


def _is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
