"""The messages and hostile queries the search tests share: tests/inbox/test_search.py asks
them of SQLite, tests/team/test_pg_search.py of PostgreSQL, so both answer the same."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from hypothesis import strategies as st

from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.services.inbox.search import terms_of
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

# Query syntax of FTS5 and of SQL, quoting and control characters.
HOSTILE = [
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
HOSTILE_PIECES = ['"', "*", "(", ")", "-", "退", "款", "NEAR", "OR", ":", "^", "a"]


def hostile_queries(
    words: Sequence[str] = HOSTILE, pieces: Sequence[str] = HOSTILE_PIECES
) -> st.SearchStrategy[str]:
    """Any short text, a known troublemaker, or troublemakers run together."""
    return st.one_of(
        st.text(min_size=0, max_size=12),
        st.sampled_from(list(words)),
        st.lists(st.sampled_from(list(pieces)), max_size=6).map("".join),
    )


def add_messages(db: Database, texts: Sequence[str]) -> None:
    """One inbound message a day back from now per text, alternating between a member
    on email (even positions) and one on Matrix (odd)."""
    now = datetime.now(UTC)
    with db.write() as s:
        m1, m2 = Member(display_name="甲"), Member(display_name="乙")
        s.add_all([m1, m2])
        s.flush()
        c1 = Conversation(member_id=m1.id, channel=ChannelKind.EMAIL)
        c2 = Conversation(member_id=m2.id, channel=ChannelKind.MATRIX)
        s.add_all([c1, c2])
        s.flush()
        for i, body in enumerate(texts):
            s.add(
                Message(
                    conversation_id=(c1 if i % 2 == 0 else c2).id,
                    direction=MessageDirection.INBOUND,
                    body_text=body,
                    sent_at=now - timedelta(days=i),
                )
            )


def containing_every_term(query: str, texts: Sequence[str]) -> set[str]:
    terms = terms_of(query)
    return {t for t in texts if all(term.lower() in t.lower() for term in terms)}


def is_cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"
