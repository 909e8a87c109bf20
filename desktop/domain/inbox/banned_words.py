"""Banned and sensitive words (违禁词, D7): found before a message goes out, with positions.

Matching ignores case and full-width/half-width differences (NFKC), so "ＶＩＰ第一" is
caught by "vip第一". The default list covers the exaggerated claims advertising rules
forbid; the workspace edits its own list in the inbox settings.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

DEFAULT_BANNED_WORDS: tuple[str, ...] = (
    "第一",
    "最好",
    "最佳",
    "最低价",
    "国家级",
    "顶级",
    "绝对",
    "100%有效",
    "永久",
    "万能",
    "根治",
    "稳赚",
    "保本",
    "零风险",
)


@dataclass(frozen=True)
class Hit:
    word: str
    start: int
    end: int


def _fold(text: str) -> str:
    # NFKC keeps one character per character for CJK and ASCII, so positions line up
    # for the text operators type; casefold can lengthen a few letters (ß → ss).
    return unicodedata.normalize("NFKC", text).lower()


def clean_list(words: Iterable[str]) -> list[str]:
    """Trimmed, non-empty, without duplicates, in the order given."""
    seen: dict[str, None] = {}
    for w in words:
        w = w.strip()
        if w and _fold(w) not in {_fold(s) for s in seen}:
            seen[w] = None
    return list(seen)


def find_banned(text: str, words: Iterable[str]) -> list[Hit]:
    """Every occurrence of every word, ordered by position (overlaps kept)."""
    folded_text = _fold(text)
    aligned = len(folded_text) == len(text)
    hits: list[Hit] = []
    for word in clean_list(words):
        needle = _fold(word)
        start = folded_text.find(needle)
        while start != -1:
            end = start + len(needle)
            hits.append(Hit(word, start, end) if aligned else Hit(word, 0, 0))
            start = folded_text.find(needle, start + 1)
    return sorted(hits, key=lambda h: (h.start, h.word))
