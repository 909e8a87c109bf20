"""When a welcome step is due, and which A/B variant a member gets (W9) — pure rules."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from desktop.domain.enums import DelayAnchor

VARIANTS = ("A", "B")


def ab_variant(journey_id: int, member_id: int, share_b: float = 0.5) -> str:
    """A stable random split: the same member and journey always land on the same side."""
    digest = hashlib.sha256(f"welcome-ab:{journey_id}:{member_id}".encode()).digest()
    bucket = int.from_bytes(digest[:8], "big") / 2**64
    return "B" if bucket < share_b else "A"


def step_due(
    anchor: DelayAnchor,
    delay_minutes: int,
    *,
    joined_at: datetime,
    previous_at: datetime | None,
    gate_passed_at: datetime | None = None,
) -> datetime:
    """The moment a step is due.

    ``previous_at`` is when the previous step went out (None for the first step: the join);
    ``gate_passed_at`` is when the member verified, for steps behind the verification step —
    such a step is never due before it, and "after the previous step" then counts from it.
    """
    delay = timedelta(minutes=max(0, delay_minutes))
    if anchor == DelayAnchor.JOIN:
        due = joined_at + delay
        return max(due, gate_passed_at) if gate_passed_at is not None else due
    base = previous_at or joined_at
    if gate_passed_at is not None:
        base = max(base, gate_passed_at)
    return base + delay
