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
from desktop.services.inbox_search import drop_triggers, rebuild_index
from desktop.services.workspace import open_workspace

CN_WORDS = [
    "退款",
    "发票",
    "订单",
    "会员",
    "积分",
    "咖啡",
    "拿铁",
    "优惠",
    "活动",
    "报名",
    "快递",
    "物流",
    "包装",
    "客服",
    "售后",
    "质量",
    "烘焙",
    "豆子",
    "口味",
    "价格",
    "门店",
    "北京",
    "上海",
    "周末",
    "新品",
    "试喝",
    "抽奖",
    "礼品",
    "生日",
    "问候",
    "社群",
    "群主",
    "欢迎",
    "规则",
    "公告",
    "退订",
    "投诉",
    "建议",
    "满意",
    "谢谢",
    "请问",
    "什么",
    "时候",
    "可以",
    "已经",
    "还没",
    "收到",
    "希望",
]
EN_WORDS = [
    "refund",
    "invoice",
    "order",
    "member",
    "points",
    "coffee",
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
    "thanks",
    "please",
    "when",
    "already",
    "received",
    "hope",
    "broken",
    "late",
    "great",
]


def sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(4, 12)):
        parts.append(
            rng.choice(CN_WORDS) if rng.random() < 0.7 else " " + rng.choice(EN_WORDS) + " "
        )
    if rng.random() < 0.3:
        parts.append("，")
    return "".join(parts).strip() + rng.choice(["。", "？", "!", ""])


def build(db_path: Path, conversations: int, messages: int, rng: random.Random) -> float:
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
    per = messages // conversations
    conv_rows = []
    msg_rows = []
    mid = 0
    for c in range(1, conversations + 1):
        start = now - timedelta(minutes=rng.randint(0, 60 * 24 * 365))
        at = start
        last_text = ""
        for k in range(per):
            mid += 1
            last_text = sentence(rng)
            msg_rows.append((mid, c, "in" if k % 2 == 0 else "out", last_text, at))
            at = at + timedelta(minutes=rng.randint(1, 600))
        conv_rows.append(
            (
                c,
                c,
                "email",
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
