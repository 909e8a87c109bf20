"""The welcome funnel (W10) from the recorded step events, for a journey and a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from desktop.domain.welcome.funnel import FunnelRow, StepRecord, funnel
from desktop.services.welcome.enrol import EnrolStatus
from desktop.store.db import Database
from desktop.store.models import Enrolment, WelcomeStep, WelcomeStepEvent

STOPPED = (EnrolStatus.STOPPED, EnrolStatus.LOCKED, EnrolStatus.UNVERIFIED, EnrolStatus.REFUSED)


@dataclass(frozen=True)
class FunnelLine:
    title: str
    row: FunnelRow


class FunnelService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def funnel(
        self,
        journey_id: int,
        start: datetime | None = None,
        end: datetime | None = None,
        *,
        by_variant: bool = True,
    ) -> list[FunnelLine]:
        """Enrolments that started in [start, end): per step (and A/B variant)."""
        stmt = (
            select(WelcomeStepEvent, Enrolment.status)
            .join(Enrolment, Enrolment.id == WelcomeStepEvent.enrolment_id)
            .where(WelcomeStepEvent.journey_id == journey_id)
        )
        if start is not None:
            stmt = stmt.where(Enrolment.started_at >= start)
        if end is not None:
            stmt = stmt.where(Enrolment.started_at < end)
        with self.db.read() as s:
            records = [
                StepRecord(
                    ev.enrolment_id,
                    ev.position,
                    ev.step_id or 0,
                    ev.variant,
                    ev.reached_at,
                    ev.completed_at,
                    status in STOPPED,
                )
                for ev, status in s.execute(stmt)
            ]
            titles = dict(
                s.execute(
                    select(WelcomeStep.id, WelcomeStep.title).where(
                        WelcomeStep.journey_id == journey_id
                    )
                ).all()
            )
        return [
            FunnelLine(titles.get(r.step_id, "—"), r)
            for r in funnel(records, by_variant=by_variant)
        ]
