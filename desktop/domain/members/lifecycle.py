"""Member lifecycle (M3): invited → verified → onboarded → active → silent → churned.

The first three steps are moved by the welcome flow; time moves the rest: a member with
no interaction for ``silent_after`` days is silent, for ``churned_after`` days churned,
and any new interaction makes them active again. The activity score (0–100) weighs
recent interactions more than old ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.domain.enums import Lifecycle

DEFAULT_SILENT_AFTER_DAYS = 30
DEFAULT_CHURNED_AFTER_DAYS = 90

_TIME_MOVED = (Lifecycle.ONBOARDED, Lifecycle.ACTIVE, Lifecycle.SILENT, Lifecycle.CHURNED)


@dataclass(frozen=True)
class LifecycleRules:
    silent_after_days: int = DEFAULT_SILENT_AFTER_DAYS
    churned_after_days: int = DEFAULT_CHURNED_AFTER_DAYS

    def problems(self) -> list[str]:
        out = []
        if self.silent_after_days < 1:
            out.append("silent_after_days")
        if self.churned_after_days <= self.silent_after_days:
            out.append("churned_after_days")  # churn must come after silence
        return out


def next_lifecycle(
    current: Lifecycle,
    last_interaction: datetime | None,
    now: datetime,
    rules: LifecycleRules = LifecycleRules(),  # frozen: a safe default
) -> Lifecycle:
    if current not in _TIME_MOVED:
        return current  # invited/verified wait for the welcome flow, not the clock
    if last_interaction is None:
        return current
    idle = now - last_interaction
    if idle >= timedelta(days=rules.churned_after_days):
        return Lifecycle.CHURNED
    if idle >= timedelta(days=rules.silent_after_days):
        return Lifecycle.SILENT
    # A recent interaction: onboarded members become active, silent ones come back.
    return Lifecycle.ACTIVE


@dataclass(frozen=True)
class Standing:
    lifecycle: Lifecycle
    activity_score: int
    last_interaction: datetime | None


def standing(
    current: Lifecycle,
    messages: list[datetime],
    last_interaction: datetime | None,
    now: datetime,
    rules: LifecycleRules = LifecycleRules(),  # frozen: a safe default
) -> Standing:
    """Where a member stands by the hourly rules, from their inbound messages and the last
    interaction recorded on them (a join or a reply recorded without a message). The score
    is recomputed every time, so it decays with the lifecycle."""
    times = messages
    if last_interaction is not None and last_interaction not in times:
        times = [*times, last_interaction]
    latest = max(times, default=None)
    return Standing(next_lifecycle(current, latest, now, rules), activity_score(times, now), latest)


def activity_score(interactions: list[datetime], now: datetime) -> int:
    """0–100: each interaction counts 10 in the last week, 5 in the month, 2 in 90 days."""
    score = 0
    for at in interactions:
        age = now - at
        if age < timedelta(0):
            continue
        if age <= timedelta(days=7):
            score += 10
        elif age <= timedelta(days=30):
            score += 5
        elif age <= timedelta(days=90):
            score += 2
    return min(score, 100)
