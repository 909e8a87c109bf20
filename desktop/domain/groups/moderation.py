"""The moderation ladder (G5): warn → mute (until a time) → remove, configurable.

Each step taken is a strike recorded with who, when and which rule. The next step for a
member is the ladder's step after their strikes in that group; the last step repeats.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class ModAction(StrEnum):
    WARN = "warn"
    MUTE = "mute"
    REMOVE = "remove"


DEFAULT_LADDER: tuple[ModAction, ...] = (ModAction.WARN, ModAction.MUTE, ModAction.REMOVE)
DEFAULT_MUTE_HOURS = 24


class LadderError(ValueError):
    pass


@dataclass(frozen=True)
class Strike:
    action: ModAction
    at: datetime
    rule: str = ""
    until: datetime | None = None


def parse_ladder(values: Sequence[str]) -> tuple[ModAction, ...]:
    """A stored ladder; empty → the default. Must end in removal and never go back to warn
    after a mute (a ladder only climbs)."""
    if not values:
        return DEFAULT_LADDER
    try:
        ladder = tuple(ModAction(v) for v in values)
    except ValueError as exc:
        raise LadderError(str(exc)) from exc
    order = [list(ModAction).index(a) for a in ladder]
    if order != sorted(order):
        raise LadderError("the ladder must climb: warn before mute before remove")
    if ladder[-1] != ModAction.REMOVE:
        raise LadderError("the ladder must end with remove")
    return ladder


def next_action(
    strikes: Sequence[Strike], ladder: Sequence[ModAction] = DEFAULT_LADDER
) -> ModAction:
    steps = len(strikes)
    return ladder[min(steps, len(ladder) - 1)]


def mute_until(at: datetime, hours: int = DEFAULT_MUTE_HOURS) -> datetime:
    return at + timedelta(hours=max(hours, 1))


def muted_until(strikes: Sequence[Strike], now: datetime) -> datetime | None:
    """When the member's current mute ends; None when not muted now."""
    ends = [s.until for s in strikes if s.action == ModAction.MUTE and s.until and s.until > now]
    return max(ends) if ends else None


def is_removed(strikes: Sequence[Strike]) -> bool:
    return any(s.action == ModAction.REMOVE for s in strikes)
