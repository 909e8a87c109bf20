"""Welcome journeys and their step templates: listing, editing, live preview (W9)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.exc import StaleDataError

from desktop.domain import templates as tpl
from desktop.domain.enums import DelayAnchor, StepChannel, WelcomeStepKind
from desktop.services.live import drafts
from desktop.store.db import Database
from desktop.store.models import Group, Member, WelcomeJourney, WelcomeStep, WorkspaceSettings


@dataclass(frozen=True)
class JourneyRow:
    id: int
    name: str
    description: str
    active: bool
    step_count: int
    group_names: tuple[str, ...]


@dataclass
class StepDraft:
    title: str
    template: str
    subject: str = ""
    channel: StepChannel = StepChannel.EMAIL
    delay_minutes: int = 0
    delay_anchor: DelayAnchor = DelayAnchor.PREVIOUS
    kind: WelcomeStepKind = WelcomeStepKind.CUSTOM
    enabled: bool = True
    position: int = 0
    id: int | None = None
    journey_id: int | None = None
    version: int | None = None  # as read; saving over a newer version raises EditConflict
    # Who saved this copy (the teammate's name, team mode only): the compare dialog names them
    saved_by: str | None = field(default=None, compare=False)


class TemplateRejected(ValueError):
    def __init__(self, field_name: str, problems: list[tpl.TemplateProblem]) -> None:
        self.field_name = field_name
        self.problems = problems
        super().__init__(f"{field_name}: {problems[0].kind} at {problems[0].start}")


class TemplateService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def journeys(self) -> list[JourneyRow]:
        with self.db.read() as s:
            journeys = s.scalars(
                select(WelcomeJourney)
                .order_by(WelcomeJourney.id)
                .options(selectinload(WelcomeJourney.steps))
            ).all()
            groups = s.execute(
                select(Group.journey_id, Group.name).where(Group.journey_id.is_not(None))
            ).all()
            by_journey: dict[int, list[str]] = {}
            for jid, name in groups:
                if jid is not None:  # the query leaves out NULLs; this narrows the type
                    by_journey.setdefault(jid, []).append(name)
            return [
                JourneyRow(
                    j.id,
                    j.name,
                    j.description,
                    j.active,
                    len(j.steps),
                    tuple(sorted(by_journey.get(j.id, []))),
                )
                for j in journeys
            ]

    def steps(self, journey_id: int) -> list[StepDraft]:
        with self.db.read() as s:
            rows = s.scalars(
                select(WelcomeStep)
                .where(WelcomeStep.journey_id == journey_id)
                .order_by(WelcomeStep.position, WelcomeStep.id)
            ).all()
            return [
                StepDraft(
                    id=r.id,
                    journey_id=r.journey_id,
                    title=r.title,
                    template=r.template,
                    subject=r.subject,
                    channel=StepChannel(r.channel),
                    delay_minutes=r.delay_minutes,
                    delay_anchor=DelayAnchor(r.delay_anchor),
                    kind=WelcomeStepKind(r.kind),
                    enabled=r.enabled,
                    position=r.position,
                    version=r.version,
                    saved_by=r.saved_by,
                )
                for r in rows
            ]

    def create_journey(self, name: str, description: str = "") -> int:
        if not name.strip():
            raise ValueError("empty journey name")
        with self.db.write() as s:
            j = WelcomeJourney(name=name.strip(), description=description)
            s.add(j)
            s.flush()
            return j.id

    def save_step(self, draft: StepDraft, base: StepDraft | None = None) -> int:
        """Refuses (TemplateRejected) a subject or body with any template problem; a save
        over a newer version raises EditConflict (``base``: the copy the editor read)."""
        for field_name, source in (("template", draft.template), ("subject", draft.subject)):
            problems = tpl.check(source)
            if field_name == "subject":
                problems = [p for p in problems if p.kind != tpl.TemplateProblemKind.EMPTY]
            if problems:
                raise TemplateRejected(field_name, problems)
        if not draft.title.strip():
            raise ValueError("empty step title")
        try:
            return self._write_step(draft)
        except StaleDataError:  # a teammate saved the step since this copy was read
            if draft.id is None or draft.journey_id is None:
                raise
            theirs = next(d for d in self.steps(draft.journey_id) if d.id == draft.id)
            raise drafts.conflict("welcome_steps", theirs, draft, base) from None

    def _write_step(self, draft: StepDraft) -> int:
        with self.db.write() as s:
            if draft.id is None:
                if draft.journey_id is None:
                    raise ValueError("a new step needs its journey")
                step = WelcomeStep(journey_id=draft.journey_id, position=draft.position)
            else:
                found = s.get(WelcomeStep, draft.id)
                if found is None:
                    raise KeyError(draft.id)
                if draft.version is not None and found.version != draft.version:
                    raise StaleDataError(f"step {found.id} is at version {found.version}")
                step = found
            step.title = draft.title.strip()
            step.template = draft.template
            step.subject = draft.subject
            step.channel = draft.channel
            step.delay_minutes = max(0, draft.delay_minutes)
            step.delay_anchor = draft.delay_anchor
            step.kind = draft.kind
            step.enabled = draft.enabled
            s.add(step)
            s.flush()
            return step.id

    def add_step(self, journey_id: int, draft: StepDraft) -> int:
        """Append ``draft`` as the journey's last step; same checks as save_step."""
        with self.db.read() as s:
            last = s.scalar(
                select(func.max(WelcomeStep.position)).where(WelcomeStep.journey_id == journey_id)
            )
        draft.id = None
        draft.journey_id = journey_id
        draft.position = 0 if last is None else last + 1
        return self.save_step(draft)

    def sample_values(self, member_id: int | None = None) -> dict[str, str]:
        """Variable values from a real member and group, for the editor's live preview."""
        with self.db.read() as s:
            settings = s.get(WorkspaceSettings, 1)
            member = (
                s.get(Member, member_id)
                if member_id is not None
                else s.scalar(select(Member).where(Member.erased_at.is_(None)).limit(1))
            )
            group = s.scalar(select(Group).where(Group.archived_at.is_(None)).limit(1))
            brand = settings.brand_keyword if settings else ""
            return {
                "name": member.display_name if member else "小林",
                "group": group.name if group else f"{brand}交流群",
                "brand": brand,
                "code": "246810",
                "rules": (group.rules if group and group.rules else "友善交流，禁止广告"),
                "recommendations": "1. 新手入门指南\n2. 本周话题\n3. 线下活动报名",
                "positioning": group.purpose if group else "",
                "announcement": group.announcement if group else "",
                "join_link": "https://example.com/join",
                "operator": "运营小助手",
                "date": "",
                "unsubscribe": "回复 TD 退订",
                "center_link": "https://example.com/m/c/…",
                "preferences_link": "https://example.com/m/p/…",
            }

    def member_choices(self, limit: int = 50) -> list[tuple[int, str]]:
        with self.db.read() as s:
            rows = s.execute(
                select(Member.id, Member.display_name)
                .where(Member.erased_at.is_(None))
                .order_by(Member.id)
                .limit(limit)
            )
            return [(member_id, name) for member_id, name in rows]
