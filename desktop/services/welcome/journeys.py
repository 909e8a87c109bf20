"""Editing journeys beyond one step (W9): the 8-step default, order, copies, variants."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import func, select

from desktop.domain.enums import DelayAnchor, StepChannel, WelcomeStepKind
from desktop.domain.welcome.render import StepProblem, step_problems
from desktop.resources import resource
from desktop.services.welcome.plan import SAMPLE
from desktop.store.db import Database
from desktop.store.models import WelcomeJourney, WelcomeStep, WelcomeStepVariant

DEFAULT_NAME = "标准欢迎流程（8 步）"


@dataclass(frozen=True)
class VariantRow:
    id: int
    step_id: int
    label: str
    channel: StepChannel
    subject: str
    template: str


class VariantRejected(ValueError):
    def __init__(self, problems: list[StepProblem]) -> None:
        self.problems = problems
        super().__init__(f"{problems[0].field}: {problems[0].reason} at {problems[0].start}")


def default_steps() -> list[tuple[str, str, str, int, str, str]]:
    """The eight seed steps (kind, title, channel, delay minutes, subject, body), in Chinese."""
    data = json.loads(resource("demo", "demo.json").read_text(encoding="utf-8"))
    return [tuple(step) for step in data["welcome_steps"]]


class JourneyEditor:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create_default(self, name: str = DEFAULT_NAME) -> int:
        """A new journey with the eight default steps, ready to edit."""
        with self.db.write() as s:
            j = WelcomeJourney(
                name=(name.strip() or DEFAULT_NAME)[:120],
                description="信息获取 → 邮件邀请 → 验证 → 个人中心 → 内容推荐 → 互动引导 → "
                "权益说明 → 反馈渠道",
            )
            for pos, (kind, title, channel, delay, subject, body) in enumerate(default_steps()):
                j.steps.append(
                    WelcomeStep(
                        position=pos,
                        kind=WelcomeStepKind(kind),
                        title=title,
                        channel=StepChannel(channel),
                        delay_minutes=int(delay),
                        delay_anchor=DelayAnchor.PREVIOUS,
                        subject=subject,
                        template=body,
                        enabled=True,
                    )
                )
            s.add(j)
            s.flush()
            return j.id

    def order(self, journey_id: int) -> list[int]:
        with self.db.read() as s:
            return list(
                s.scalars(
                    select(WelcomeStep.id)
                    .where(WelcomeStep.journey_id == journey_id)
                    .order_by(WelcomeStep.position, WelcomeStep.id)
                )
            )

    def reorder(self, journey_id: int, step_ids: list[int]) -> None:
        """Store a new order; ``step_ids`` must be exactly the journey's steps."""
        with self.db.write() as s:
            steps = {
                st.id: st
                for st in s.scalars(select(WelcomeStep).where(WelcomeStep.journey_id == journey_id))
            }
            if sorted(steps) != sorted(step_ids):
                raise ValueError("the new order must list every step of the journey once")
            for pos, sid in enumerate(step_ids):
                steps[sid].position = pos

    def move(self, journey_id: int, step_id: int, to_index: int) -> list[int]:
        ids = self.order(journey_id)
        ids.remove(step_id)
        ids.insert(max(0, min(to_index, len(ids))), step_id)
        self.reorder(journey_id, ids)
        return ids

    def set_enabled(self, step_id: int, enabled: bool) -> None:
        with self.db.write() as s:
            st = s.get(WelcomeStep, step_id)
            if st is None:
                raise KeyError(step_id)
            st.enabled = enabled

    def duplicate(self, step_id: int) -> int:
        """A copy right after the original, switched off, with its variants."""
        with self.db.write() as s:
            st = s.get(WelcomeStep, step_id)
            if st is None:
                raise KeyError(step_id)
            later = s.scalars(
                select(WelcomeStep).where(
                    WelcomeStep.journey_id == st.journey_id, WelcomeStep.position > st.position
                )
            )
            for other in later:
                other.position += 1
            copy = WelcomeStep(
                journey_id=st.journey_id,
                position=st.position + 1,
                kind=st.kind,
                title=f"{st.title}（副本）"[:120],
                channel=st.channel,
                delay_minutes=st.delay_minutes,
                delay_anchor=st.delay_anchor,
                subject=st.subject,
                template=st.template,
                enabled=False,
                variant=st.variant,
            )
            s.add(copy)
            s.flush()
            for v in s.scalars(
                select(WelcomeStepVariant).where(WelcomeStepVariant.step_id == st.id)
            ):
                s.add(
                    WelcomeStepVariant(
                        step_id=copy.id,
                        label=v.label,
                        channel=v.channel,
                        subject=v.subject,
                        template=v.template,
                    )
                )
            return copy.id

    def delete_step(self, step_id: int) -> None:
        with self.db.write() as s:
            st = s.get(WelcomeStep, step_id)
            if st is not None:
                s.delete(st)

    # -- variants ---------------------------------------------------------------------------------
    def variants(self, step_id: int) -> list[VariantRow]:
        with self.db.read() as s:
            return [
                VariantRow(v.id, v.step_id, v.label, StepChannel(v.channel), v.subject, v.template)
                for v in s.scalars(
                    select(WelcomeStepVariant)
                    .where(WelcomeStepVariant.step_id == step_id)
                    .order_by(WelcomeStepVariant.id)
                )
            ]

    def save_variant(
        self,
        step_id: int,
        *,
        label: str,
        channel: StepChannel,
        subject: str,
        template: str,
        variant_id: int | None = None,
    ) -> int:
        """Add or change a version of a step; refused (``VariantRejected``) on any problem."""
        label = label.strip().upper()[:10]
        if label not in ("", "A", "B"):
            raise ValueError("a variant label is empty, A or B")
        problems = step_problems(subject, template, SAMPLE)
        if problems:
            raise VariantRejected(problems)
        with self.db.write() as s:
            if variant_id is None:
                if s.get(WelcomeStep, step_id) is None:
                    raise KeyError(step_id)
                v = WelcomeStepVariant(step_id=step_id)
                s.add(v)
            else:
                found = s.get(WelcomeStepVariant, variant_id)
                if found is None:
                    raise KeyError(variant_id)
                v = found
            v.label, v.channel, v.subject, v.template = label, channel, subject, template
            s.flush()
            return v.id

    def delete_variant(self, variant_id: int) -> None:
        with self.db.write() as s:
            v = s.get(WelcomeStepVariant, variant_id)
            if v is not None:
                s.delete(v)

    def set_step_label(self, step_id: int, label: str) -> None:
        """The A/B label of the step's own version ("" when it has no B version)."""
        with self.db.write() as s:
            st = s.get(WelcomeStep, step_id)
            if st is None:
                raise KeyError(step_id)
            st.variant = label.strip().upper()[:10]

    def step_count(self, journey_id: int) -> int:
        with self.db.read() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(WelcomeStep)
                    .where(WelcomeStep.journey_id == journey_id)
                )
                or 0
            )
