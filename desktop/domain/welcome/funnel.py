"""Welcome funnel maths (W10): per step and variant — reached, completed, dropped, timing.

Input is one record per (enrolment, step) the member reached; ``completed_at`` is when
the step's goal was met (the message went out; for verification, the code was right);
``stopped`` marks enrolments that ended early (left, unsubscribed, locked, expired);
a stopped enrolment counts as dropped at the last step it reached.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class StepRecord:
    enrolment_id: int
    position: int
    step_id: int
    variant: str
    reached_at: datetime
    completed_at: datetime | None
    stopped: bool  # the enrolment ended early and never went past this step


@dataclass(frozen=True)
class FunnelRow:
    position: int
    step_id: int
    variant: str
    reached: int
    completed: int
    dropped: int
    median_minutes: float | None  # from reaching the previous step to reaching this one

    @property
    def completion_rate(self) -> float:
        return self.completed / self.reached if self.reached else 0.0


def funnel(
    records: Iterable[StepRecord],
    steps: Sequence[tuple[int, int]] = (),
    *,
    by_variant: bool = True,
) -> list[FunnelRow]:
    """Rows in step order (``steps``: (position, step_id) to list even unreached steps)."""
    recs = list(records)
    by_enrolment: dict[int, dict[int, StepRecord]] = defaultdict(dict)
    for r in recs:
        by_enrolment[r.enrolment_id][r.position] = r
    last_position = {e: max(p) for e, p in by_enrolment.items()}
    groups: dict[tuple[int, int, str], list[StepRecord]] = defaultdict(list)
    for r in recs:
        groups[(r.position, r.step_id, r.variant if by_variant else "")].append(r)
    for position, step_id in steps:
        if not any(k[0] == position and k[1] == step_id for k in groups):
            groups[(position, step_id, "")] = []
    rows = []
    for (position, step_id, variant), members in sorted(groups.items()):
        gaps = []
        for r in members:
            earlier = [p for p in by_enrolment[r.enrolment_id] if p < position]
            if earlier:
                prev = by_enrolment[r.enrolment_id][max(earlier)]
                gaps.append((r.reached_at - prev.reached_at).total_seconds() / 60)
        dropped = sum(1 for r in members if r.stopped and last_position[r.enrolment_id] == position)
        rows.append(
            FunnelRow(
                position,
                step_id,
                variant,
                reached=len(members),
                completed=sum(1 for r in members if r.completed_at is not None),
                dropped=dropped,
                median_minutes=statistics.median(gaps) if gaps else None,
            )
        )
    return rows
