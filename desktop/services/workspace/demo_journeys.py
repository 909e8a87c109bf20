"""The demo workspace's welcome journeys, their steps from the seed, and the groups that
use each."""

from __future__ import annotations

from typing import Any

from desktop.domain.enums import StepChannel, WelcomeStepKind
from desktop.store.models import Group, WelcomeJourney, WelcomeStep


def demo_journeys(s: Any, data: dict[str, Any], groups: list[Group]) -> None:
    by_name = {g.name: g for g in groups}
    steps = data["welcome_steps"]
    for spec in data["journeys"]:
        journey = WelcomeJourney(name=spec["name"], description=spec["description"])
        count = spec.get("steps", len(steps))
        chosen = steps if count >= len(steps) else [steps[0], *steps[-(count - 1) :]]
        for pos, (kind, title, channel, delay, subject, body) in enumerate(chosen):
            journey.steps.append(
                WelcomeStep(
                    position=pos,
                    kind=WelcomeStepKind(kind),
                    title=title,
                    channel=StepChannel(channel),
                    delay_minutes=delay,
                    subject=subject,
                    template=body,
                )
            )
        s.add(journey)
        s.flush()
        for name in spec["groups"]:
            by_name[name].journey_id = journey.id
