"""Group naming rule (G3): brand keyword, at most 12 characters as users see them, few emoji.

"Characters as users see them" are extended grapheme clusters: 北, ☕, 👨‍👩‍👧 (a ZWJ
family) and 🇨🇳 (a flag) each count as one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import emoji
import regex

MAX_NAME_CHARS = 12
MAX_EMOJI = 2

_GRAPHEME = regex.compile(r"\X")


class NameProblem(StrEnum):
    EMPTY = "empty"
    MISSING_KEYWORD = "missing_keyword"
    TOO_LONG = "too_long"
    TOO_MANY_EMOJI = "too_many_emoji"


@dataclass(frozen=True)
class NameCheck:
    length: int
    emoji_count: int
    errors: tuple[NameProblem, ...]
    warnings: tuple[NameProblem, ...]

    @property
    def ok(self) -> bool:
        return not self.errors


def graphemes(text: str) -> list[str]:
    return _GRAPHEME.findall(text)


def visible_length(text: str) -> int:
    return len(graphemes(text))


def emoji_count(text: str) -> int:
    return sum(1 for g in graphemes(text) if emoji.purely_emoji(g))


def check_group_name(name: str, brand_keyword: str) -> NameCheck:
    text = name.strip()
    errors: list[NameProblem] = []
    warnings: list[NameProblem] = []
    length = visible_length(text)
    n_emoji = emoji_count(text)
    if not text:
        errors.append(NameProblem.EMPTY)
    else:
        keyword = brand_keyword.strip()
        if keyword and keyword.casefold() not in text.casefold():
            errors.append(NameProblem.MISSING_KEYWORD)
        if length > MAX_NAME_CHARS:
            errors.append(NameProblem.TOO_LONG)
        if n_emoji > MAX_EMOJI:
            warnings.append(NameProblem.TOO_MANY_EMOJI)
    return NameCheck(length, n_emoji, tuple(errors), tuple(warnings))
