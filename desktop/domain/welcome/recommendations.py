"""Personal recommendations for a new member (W5): three items, each with its reason.

Pure and deterministic: the same interests, history and catalogue always give the same
three items in the same order. An item scores for every interest it shares with the
member (strongest), then for tags of items the member interacted with; items the member
already saw are left out. Ties break on the item's own order (newest first) and id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

INTEREST_WEIGHT = 10
HISTORY_WEIGHT = 3
ACTIVITY_BONUS = 1  # an activity is a stronger hook for a newcomer than an article


class ItemKind(StrEnum):
    CONTENT = "content"
    ACTIVITY = "activity"


class ReasonKind(StrEnum):
    INTEREST = "interest"  # 因为你关注 …
    HISTORY = "history"  # 因为你看过 … 相关内容
    POPULAR = "popular"  # 新人必看


@dataclass(frozen=True)
class Item:
    id: int
    title: str
    kind: ItemKind
    tags: tuple[str, ...]
    rank: int = 0  # lower first among equals (e.g. newest first)


@dataclass(frozen=True)
class Recommendation:
    item: Item
    score: int
    reason: ReasonKind
    reason_tag: str

    def reason_text(self) -> str:
        if self.reason == ReasonKind.INTEREST:
            return f"因为你关注 {self.reason_tag}"
        if self.reason == ReasonKind.HISTORY:
            return f"因为你看过 {self.reason_tag} 相关内容"
        return "新人必看"


def recommend(
    interests: Sequence[str],
    history_tags: Iterable[str],
    catalogue: Iterable[Item],
    *,
    seen: Iterable[int] = (),
    count: int = 3,
) -> list[Recommendation]:
    wanted = [i.strip() for i in interests if i.strip()]
    history = Counter(t for t in history_tags if t)
    seen_ids = set(seen)
    scored: list[tuple[tuple[int, int, int], Recommendation]] = []
    for item in catalogue:
        if item.id in seen_ids:
            continue
        tags = list(dict.fromkeys(item.tags))
        matches = [t for t in wanted if t in tags]
        past = sorted((t for t in tags if history[t]), key=lambda t: (-history[t], t))
        score = INTEREST_WEIGHT * len(matches) + HISTORY_WEIGHT * sum(
            min(history[t], 3) for t in past
        )
        if item.kind == ItemKind.ACTIVITY and (matches or past):
            score += ACTIVITY_BONUS
        if matches:
            rec = Recommendation(item, score, ReasonKind.INTEREST, matches[0])
        elif past:
            rec = Recommendation(item, score, ReasonKind.HISTORY, past[0])
        else:
            rec = Recommendation(item, 0, ReasonKind.POPULAR, "")
        scored.append(((-rec.score, item.rank, item.id), rec))
    scored.sort(key=lambda pair: pair[0])
    return [rec for _, rec in scored[:count]]


def as_text(recs: Sequence[Recommendation]) -> str:
    """The ``{recommendations}`` variable: one numbered line per item with its reason."""
    return "\n".join(f"{n}. {r.item.title}（{r.reason_text()}）" for n, r in enumerate(recs, 1))
