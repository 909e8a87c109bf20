"""The inbox bench's workspace: 100,000 conversations and 1,000,000 messages of mixed
Chinese and English text, written straight through sqlite3 (building it through the ORM
would take an hour), with the search index rebuilt once at the end."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop.config import resolve_paths
from desktop.services.inbox.search import drop_triggers, rebuild_index
from desktop.services.workspace.service import open_workspace

# The head of the vocabulary, most frequent first: what most messages are made of.
CN_HEAD = [
    "可以",
    "什么",
    "请问",
    "谢谢",
    "已经",
    "收到",
    "时候",
    "还没",
    "希望",
    "订单",
    "会员",
    "咖啡",
    "活动",
    "优惠",
    "客服",
    "快递",
    "退款",
    "积分",
    "物流",
    "发票",
    "门店",
    "价格",
    "口味",
    "新品",
    "质量",
    "售后",
    "包装",
    "报名",
    "拿铁",
    "周末",
    "豆子",
    "烘焙",
    "满意",
    "建议",
    "投诉",
    "试喝",
    "礼品",
    "抽奖",
    "生日",
    "问候",
    "社群",
    "群主",
    "欢迎",
    "规则",
    "公告",
    "退订",
    "北京",
    "上海",
]
EN_HEAD = [
    "please",
    "thanks",
    "order",
    "when",
    "already",
    "received",
    "hope",
    "coffee",
    "member",
    "refund",
    "points",
    "latte",
    "discount",
    "event",
    "shipping",
    "package",
    "support",
    "quality",
    "roast",
    "beans",
    "flavor",
    "price",
    "store",
    "weekend",
    "tasting",
    "gift",
    "birthday",
    "invoice",
    "broken",
    "late",
    "great",
]
CN_TAIL = 4_000
EN_TAIL = 2_000
# Word frequencies in real text fall off as 1/rank (Zipf). An inbox made only of the ~80
# head words would have every word in one message out of ten, which no real inbox has:
# there, most words an operator looks up (a product, a place, a person, a complaint in
# their own words) are in a few hundred messages out of a million.
ZIPF_S = 1.0


class Vocabulary:
    """Head words plus a generated long tail, each with Zipf weights; the same for the
    same seed, so a kept workspace and a later run agree on which words are rare."""

    def __init__(self, seed: int = 11) -> None:
        rng = random.Random(seed)
        pool = [chr(0x4E00 + i) for i in rng.sample(range(0x5000), 2_500)]
        cn_tail: list[str] = []
        seen = set(CN_HEAD)
        while len(cn_tail) < CN_TAIL:
            word = "".join(rng.choices(pool, k=rng.choice((2, 2, 3, 4))))
            if word not in seen:
                seen.add(word)
                cn_tail.append(word)
        syllables = [a + b for a in "bdfgklmnprstvz" for b in ("a", "e", "i", "o", "u", "ar")]
        en_tail: list[str] = []
        seen = set(EN_HEAD)
        while len(en_tail) < EN_TAIL:
            word = "".join(rng.choices(syllables, k=rng.choice((2, 3, 3, 4))))
            if word not in seen:
                seen.add(word)
                en_tail.append(word)
        self.cn = CN_HEAD + cn_tail
        self.en = EN_HEAD + en_tail
        self.cn_weights = _zipf_cumulative(len(self.cn))
        self.en_weights = _zipf_cumulative(len(self.en))

    def cn_at(self, rank: int, length: int) -> str:
        """The first word of ``length`` characters at or after ``rank`` (1 = most frequent)."""
        return next(w for w in self.cn[rank - 1 :] if len(w) == length)

    def en_at(self, rank: int) -> str:
        return self.en[rank - 1]

    def sentence(self, rng: random.Random) -> str:
        count = rng.randint(4, 12)
        cn = rng.choices(self.cn, cum_weights=self.cn_weights, k=count)
        en = rng.choices(self.en, cum_weights=self.en_weights, k=count)
        parts = [c if rng.random() < 0.7 else f" {e} " for c, e in zip(cn, en, strict=True)]
        if rng.random() < 0.1:  # an order number, as in real customer mail
            parts.append(f" SQ{rng.randrange(10**8):08d} ")
        if rng.random() < 0.3:
            parts.append("，")
        return "".join(parts).strip() + rng.choice(["。", "？", "!", ""])


def _zipf_cumulative(n: int) -> list[float]:
    total = 0.0
    out = []
    for rank in range(1, n + 1):
        total += 1 / rank**ZIPF_S
        out.append(total)
    return out


def build(
    db_path: Path,
    conversations: int,
    messages: int,
    rng: random.Random,
    wechat_share: float = 0.0,
) -> float:
    """``wechat_share``: the part of the conversations that are 微信客服 ones (issue 16)."""
    t0 = time.perf_counter()
    paths = resolve_paths(db_path.parent)
    opened = open_workspace(paths)
    db = opened.db
    triggers = drop_triggers(db)
    now = datetime.now(UTC).replace(tzinfo=None)
    raw = sqlite3.connect(paths.sqlite_path, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=OFF")
    raw.execute("BEGIN")
    raw.executemany(
        "INSERT INTO members (id, display_name, source, notes, lifecycle, activity_score,"
        " dm_frequency, created_at, updated_at) VALUES (?, ?, '', '', 'active', 0, 'weekly', ?, ?)",
        ((i, f"成员{i}", now, now) for i in range(1, conversations + 1)),
    )
    vocabulary = Vocabulary()
    per = messages // conversations
    conv_rows = []
    msg_rows = []
    mid = 0
    mix = random.Random(11)  # its own generator: the mail-only data stays what it was
    for c in range(1, conversations + 1):
        start = now - timedelta(minutes=rng.randint(0, 60 * 24 * 365))
        at = start
        last_text = ""
        for k in range(per):
            mid += 1
            last_text = vocabulary.sentence(rng)
            msg_rows.append((mid, c, "in" if k % 2 == 0 else "out", last_text, at))
            at = at + timedelta(minutes=rng.randint(1, 600))
        conv_rows.append(
            (
                c,
                c,
                "wechat_kf" if wechat_share and mix.random() < wechat_share else "email",
                f"会话{c}",
                rng.choice(["open", "pending", "resolved"]),
                rng.choice(["urgent", "important", "normal", "normal"]),
                at,
                last_text[:200],
                rng.randint(0, 2),
                start,
                start if rng.random() < 0.3 else None,
                now,
                now,
            )
        )
        if len(msg_rows) >= 200_000:
            raw.executemany(
                "INSERT INTO messages (id, conversation_id, direction, body_text, sent_at,"
                " is_feedback, has_remote_images) VALUES (?, ?, ?, ?, ?, 0, 0)",
                msg_rows,
            )
            msg_rows.clear()
    raw.executemany(
        "INSERT INTO conversations (id, member_id, channel, subject, status, priority,"
        " last_message_at, last_preview, unread, first_inbound_at, waiting_since, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        conv_rows,
    )
    if msg_rows:
        raw.executemany(
            "INSERT INTO messages (id, conversation_id, direction, body_text, sent_at,"
            " is_feedback, has_remote_images) VALUES (?, ?, ?, ?, ?, 0, 0)",
            msg_rows,
        )
    raw.execute("COMMIT")
    raw.close()
    rebuild_index(db, triggers)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    db.dispose()
    return time.perf_counter() - t0
