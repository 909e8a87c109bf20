"""Reply-time standards (D2) and team figures (D9)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import func, select

from desktop.domain.enums import ConversationStatus, MessageDirection
from desktop.domain.inbox import sla
from desktop.services.inbox.types import OperatorStats, SlaSettings
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import (
    Conversation,
    InboxSettings,
    Message,
    Operator,
    WorkspaceSettings,
)


class TeamFigures:
    def __init__(self, db: Database, *, clock: Callable[[], datetime] = utcnow) -> None:
        self.db = db
        self._clock = clock

    # -- reply-time standards ------------------------------------------------------------------

    def sla_settings(self) -> SlaSettings:
        with self.db.read() as s:
            row = s.get(InboxSettings, 1)
            ws = s.get(WorkspaceSettings, 1)
        tz = ws.timezone if ws is not None else "Asia/Shanghai"
        if row is None:
            return SlaSettings(timezone=tz)
        return SlaSettings(
            row.first_response_minutes,
            row.resolution_minutes,
            row.warn_before_minutes,
            row.work_start,
            row.work_end,
            tuple(row.work_days),
            tz,
        )

    def save_sla_settings(self, settings: SlaSettings) -> None:
        problems = settings.hours().problems()
        if settings.first_response_minutes <= 0 or settings.resolution_minutes <= 0:
            problems.append("minutes")
        if problems:
            raise ValueError("invalid reply-time settings: " + ", ".join(problems))
        with self.db.write() as s:
            row = s.get(InboxSettings, 1)
            if row is None:
                row = InboxSettings(id=1)
                s.add(row)
            row.first_response_minutes = settings.first_response_minutes
            row.resolution_minutes = settings.resolution_minutes
            row.warn_before_minutes = settings.warn_before_minutes
            row.work_start, row.work_end = settings.work_start, settings.work_end
            row.work_days = list(settings.work_days)

    def sla_summary(self, operator_id: int | None = None) -> sla.Summary:
        """For the status bar: breached and due-soon conversations still waiting."""
        settings = self.sla_settings()
        standard, hours, now = settings.standard(), settings.hours(), self._clock()
        stmt = select(Conversation.waiting_since).where(
            Conversation.waiting_since.is_not(None),
            Conversation.status.in_([ConversationStatus.OPEN, ConversationStatus.PENDING]),
        )
        if operator_id is not None:
            stmt = stmt.where(Conversation.assignee_id == operator_id)
        with self.db.read() as s:
            since = list(s.scalars(stmt))
        return sla.summarize(sla.first_response_badge(w, now, standard, hours) for w in since)

    # -- D9 team figures ------------------------------------------------------------------------

    def now(self) -> datetime:
        """The service's clock (tests pass a fixed one), for choosing a period."""
        return self._clock()

    def team_stats(self, since: datetime, until: datetime) -> list[OperatorStats]:
        hours = self.sla_settings().hours()
        with self.db.read() as s:
            convs = s.execute(
                select(
                    Conversation.assignee_id,
                    Conversation.first_inbound_at,
                    Conversation.first_response_at,
                    Conversation.resolved_at,
                ).where(
                    Conversation.first_inbound_at >= since, Conversation.first_inbound_at < until
                )
            ).all()
            replies = dict(
                s.execute(
                    select(Message.author_operator_id, func.count())
                    .where(
                        Message.direction == MessageDirection.OUTBOUND,
                        Message.sent_at >= since,
                        Message.sent_at < until,
                    )
                    .group_by(Message.author_operator_id)
                ).all()
            )
            names = dict(s.execute(select(Operator.id, Operator.name)).all())
        by: dict[int | None, list[tuple[datetime, datetime | None, datetime | None]]] = {}
        for op, first_in, first_out, resolved in convs:
            if first_in is None:  # never true: the WHERE above bounds first_inbound_at
                continue
            by.setdefault(op, []).append((first_in, first_out, resolved))
        out = []
        for op in sorted(
            set(by) | set(replies),
            key=lambda o: (o is None, names.get(o, "") if o is not None else ""),
        ):
            items = by.get(op, [])
            fr = [sla.working_time_between(a, b, hours) for a, b, _ in items if b]
            rs = [sla.working_time_between(a, r, hours) for a, _, r in items if r]
            out.append(
                OperatorStats(
                    op,
                    names.get(op, "") if op is not None else "",
                    len(items),
                    int(replies.get(op, 0)),
                    _median(fr) if fr else None,
                    len(rs),
                    _median(rs) if rs else None,
                )
            )
        return out


def _median(spans: list[timedelta]) -> timedelta:
    # statistics.median only sorts, adds and halves, which timedelta supports; its stub
    # admits numbers only.
    return cast(timedelta, statistics.median(cast(list[Any], spans)))
