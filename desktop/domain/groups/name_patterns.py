"""Batch naming of a group series (G3): "拾光·北京 {n:02}" for 01…10, or "拾光·{loc}" over a
list of locations; every name is checked with the naming rule before anything is created.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.domain.groups.naming import NameCheck, check_group_name

MAX_SERIES = 100  # more groups at once is a typo, not a plan


class PatternError(ValueError):
    pass


@dataclass(frozen=True)
class SeriesName:
    name: str
    check: NameCheck


def pattern_fields(pattern: str) -> set[str]:
    try:
        return {f for _t, f, _s, _c in string.Formatter().parse(pattern) if f is not None}
    except ValueError as exc:  # an unclosed "{"
        raise PatternError(str(exc)) from exc


def expand(
    pattern: str,
    *,
    numbers: Iterable[int] = (),
    locations: Sequence[str] = (),
) -> list[str]:
    """The names of a series. ``{n}`` takes each number (``{n:02}`` pads), ``{loc}`` each
    location; with both, every location gets every number."""
    fields = pattern_fields(pattern)
    unknown = fields - {"n", "loc"}
    if unknown or not fields:
        raise PatternError("the pattern needs {n} and/or {loc} and nothing else")
    nums = list(numbers) if "n" in fields else [0]
    locs = [x.strip() for x in locations if x.strip()] if "loc" in fields else [""]
    if "n" in fields and not nums:
        raise PatternError("no numbers given for {n}")
    if "loc" in fields and not locs:
        raise PatternError("no locations given for {loc}")
    if len(nums) * len(locs) > MAX_SERIES:
        raise PatternError(f"at most {MAX_SERIES} groups at once")
    try:
        names = [pattern.format(n=n, loc=loc).strip() for loc in locs for n in nums]
    except (ValueError, IndexError, KeyError) as exc:
        raise PatternError(str(exc)) from exc
    return names


def check_series(
    names: Sequence[str], brand_keyword: str, taken: Iterable[str] = ()
) -> list[SeriesName]:
    return [SeriesName(n, check_group_name(n, brand_keyword)) for n in names]


def duplicates(names: Sequence[str], taken: Iterable[str] = ()) -> set[str]:
    """Names that occur twice in the series or already exist."""
    seen: set[str] = set(taken)
    dup: set[str] = set()
    for n in names:
        if n in seen:
            dup.add(n)
        seen.add(n)
    return dup


def next_in_series(pattern: str, existing: Iterable[str]) -> str | None:
    """The next free name of a numbered series ("拾光·北京 03" after 01 and 02)."""
    if "n" not in pattern_fields(pattern) or "loc" in pattern_fields(pattern):
        return None
    names = set(existing)
    for n in range(1, 1000):
        candidate = pattern.format(n=n).strip()
        if candidate not in names:
            return candidate
    return None


def sub_community_name(parent: str, suffix: str = "亚") -> str:
    """A default name for a sub-community (亚社群): the parent's name with a marker."""
    base = re.sub(r"\s+$", "", parent)
    return f"{base}·{suffix}"
