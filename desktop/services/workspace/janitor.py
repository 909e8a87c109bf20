"""The janitor: the workspace's hourly housekeeping (M3, M7, G2).

At start and then every hour it moves members by the lifecycle rules (silent, churned),
queues today's greetings through the outbox (idempotent: a second pass the same day
queues nothing new) and, when the workspace policy says so, archives campaign groups
whose end plus the policy's days has passed. Like the welcome runner it lives on the
app's asyncio loop with its database work on one executor thread; ``run_once(now)`` is
one full pass, which the tests call with an injected time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from desktop.services.background.passes import BackgroundPass
from desktop.services.groups.ops import GroupOps
from desktop.services.members.center import MemberCenterService
from desktop.services.members.greetings import GreetingService
from desktop.services.workspace.policy import PolicyService
from desktop.services.workspace.zone import DEFAULT_TIMEZONE
from desktop.store.base import utcnow
from desktop.store.db import Database
from desktop.store.models import WorkspaceSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class JanitorReport:
    lifecycle_changed: int = 0
    greetings: int = 0  # queued or already queued today
    archived: tuple[int, ...] = field(default_factory=tuple)


class Janitor(BackgroundPass):
    name = "janitor"

    def __init__(
        self,
        db: Database,
        policy: PolicyService,
        member_center: MemberCenterService,
        greetings: GreetingService,
        group_ops: GroupOps,
        *,
        clock: Callable[[], datetime] = utcnow,
        interval: float = 3600.0,
    ) -> None:
        super().__init__(interval)
        self.db = db
        self.policy = policy
        self.member_center = member_center
        self.greetings = greetings
        self.group_ops = group_ops
        self._clock = clock
        self.passes = 0
        self.last_report = JanitorReport()

    # -- one pass ---------------------------------------------------------------------------
    def local_today(self, now: datetime) -> date:
        """``now`` as a date in the workspace's time zone (greetings and campaigns are days
        there, not in UTC)."""
        with self.db.read() as s:
            settings = s.get(WorkspaceSettings, 1)
            name = settings.timezone if settings and settings.timezone else DEFAULT_TIMEZONE
        try:
            tz = ZoneInfo(name)
        except (KeyError, ValueError):
            tz = ZoneInfo(DEFAULT_TIMEZONE)
        return now.astimezone(tz).date()

    def run_once(self, now: datetime | None = None) -> JanitorReport:
        now = now or self._clock()
        today = self.local_today(now)
        policy = self.policy.get()
        changed = self.member_center.apply_lifecycle(policy.lifecycle, now)
        greetings = self.greetings.queue_due(today)
        archived = self.group_ops.apply_archive_policy(
            today,
            auto_archive=policy.auto_archive,
            archive_after_days=policy.archive_after_days,
        )
        self.passes += 1
        self.last_report = JanitorReport(changed, greetings, tuple(archived))
        return self.last_report


__all__ = ["Janitor", "JanitorReport"]
