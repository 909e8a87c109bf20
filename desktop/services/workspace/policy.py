"""The workspace's community policy: auto-archiving, lifecycle days, moderation ladder."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.domain.groups.archiving import DEFAULT_ARCHIVE_AFTER_DAYS
from desktop.domain.groups.moderation import (
    DEFAULT_LADDER,
    DEFAULT_MUTE_HOURS,
    ModAction,
    parse_ladder,
)
from desktop.domain.members.lifecycle import LifecycleRules
from desktop.store.db import Database
from desktop.store.models import CommunityPolicy


class PolicyError(ValueError):
    pass


@dataclass(frozen=True)
class Policy:
    auto_archive: bool = False
    archive_after_days: int = DEFAULT_ARCHIVE_AFTER_DAYS
    lifecycle: LifecycleRules = field(default_factory=LifecycleRules)
    ladder: tuple[ModAction, ...] = DEFAULT_LADDER
    mute_hours: int = DEFAULT_MUTE_HOURS


class PolicyService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self) -> Policy:
        with self.db.read() as s:
            row = s.get(CommunityPolicy, 1)
            if row is None:
                return Policy()
            return Policy(
                auto_archive=row.auto_archive,
                archive_after_days=row.archive_after_days,
                lifecycle=LifecycleRules(row.silent_after_days, row.churned_after_days),
                ladder=parse_ladder(row.ladder),
                mute_hours=row.mute_hours,
            )

    def save(self, policy: Policy) -> None:
        problems = policy.lifecycle.problems()
        if policy.archive_after_days < 0 or policy.mute_hours < 1:
            problems.append("days")
        parse_ladder([str(a) for a in policy.ladder])  # raises LadderError
        if problems:
            raise PolicyError(", ".join(problems))
        with self.db.write() as s:
            row = s.get(CommunityPolicy, 1) or CommunityPolicy(id=1)
            row.auto_archive = policy.auto_archive
            row.archive_after_days = policy.archive_after_days
            row.silent_after_days = policy.lifecycle.silent_after_days
            row.churned_after_days = policy.lifecycle.churned_after_days
            row.ladder = [str(a) for a in policy.ladder]
            row.mute_hours = policy.mute_hours
            s.add(row)
