"""A journey as the runner uses it: enabled steps in order, each with its versions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain import templates as tpl
from desktop.domain.enums import DelayAnchor, StepChannel, WelcomeStepKind
from desktop.domain.welcome.render import StepProblem, step_problems
from desktop.store.models import WelcomeJourney, WelcomeStep, WelcomeStepVariant

SAMPLE = {
    "name": "小林",
    "group": "社群",
    "brand": "品牌",
    "code": "123456",
    "rules": "友善交流",
    "recommendations": "1. 入门指南",
    "positioning": "交流",
    "announcement": "公告",
    "join_link": "https://example.org/join",
    "operator": "运营",
    "date": "2026-01-01",
    "unsubscribe": "回复退订",
    "center_link": "https://example.org/m/c/…",
    "preferences_link": "https://example.org/m/p/…",
}


@dataclass(frozen=True)
class Content:
    label: str  # "" or an A/B label
    channel: StepChannel
    subject: str
    template: str

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(tpl.variables(self.template)) | frozenset(tpl.variables(self.subject))

    def uses(self, name: str) -> bool:
        return name in self.names


@dataclass(frozen=True)
class StepPlan:
    index: int  # place among the journey's enabled steps
    step_id: int
    kind: WelcomeStepKind
    title: str
    delay_minutes: int
    delay_anchor: DelayAnchor
    contents: tuple[Content, ...]  # the step's own version first

    @property
    def has_ab(self) -> bool:
        return any(c.label for c in self.contents)

    def choose(self, ab: str, reachable: Iterable[StepChannel]) -> Content | None:
        """The version for this member: their A/B side first, then the unlabelled ones."""
        can = set(reachable)
        for wanted in (ab, "") if self.has_ab else ("",):
            for c in self.contents:
                if (c.label or "") == wanted and c.channel in can:
                    return c
        if self.has_ab and ab == "A":  # the step's own version is side A when B exists
            for c in self.contents:
                if c.channel in can:
                    return c
        return None

    def uses(self, name: str) -> bool:
        return any(c.uses(name) for c in self.contents)


@dataclass(frozen=True)
class JourneyPlan:
    id: int
    name: str
    active: bool
    steps: tuple[StepPlan, ...]
    problems: tuple[tuple[str, StepProblem], ...]  # (step title, problem)

    @property
    def gate(self) -> int | None:
        """Index of the verification step: later steps wait until the member verified."""
        for s in self.steps:
            if s.kind == WelcomeStepKind.VERIFICATION:
                return s.index
        for s in self.steps:
            if s.uses("code"):
                return s.index
        return None


def load_plan(s: Session, journey_id: int) -> JourneyPlan | None:
    j = s.get(WelcomeJourney, journey_id)
    if j is None:
        return None
    rows = list(
        s.scalars(
            select(WelcomeStep)
            .where(WelcomeStep.journey_id == journey_id, WelcomeStep.enabled.is_(True))
            .order_by(WelcomeStep.position, WelcomeStep.id)
        )
    )
    variants: dict[int, list[WelcomeStepVariant]] = {}
    if rows:
        for v in s.scalars(
            select(WelcomeStepVariant)
            .where(WelcomeStepVariant.step_id.in_([r.id for r in rows]))
            .order_by(WelcomeStepVariant.id)
        ):
            variants.setdefault(v.step_id, []).append(v)
    steps = []
    problems: list[tuple[str, StepProblem]] = []
    for index, r in enumerate(rows):
        contents = [Content(r.variant or "", StepChannel(r.channel), r.subject, r.template)]
        contents += [
            Content(v.label or "", StepChannel(v.channel), v.subject, v.template)
            for v in variants.get(r.id, [])
        ]
        for c in contents:
            problems += [(r.title, p) for p in step_problems(c.subject, c.template, SAMPLE)]
        steps.append(
            StepPlan(
                index,
                r.id,
                WelcomeStepKind(r.kind),
                r.title,
                r.delay_minutes,
                DelayAnchor(r.delay_anchor),
                tuple(contents),
            )
        )
    return JourneyPlan(j.id, j.name, j.active, tuple(steps), tuple(problems))
