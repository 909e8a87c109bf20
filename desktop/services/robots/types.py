"""Plain data the robot services hand to the UI."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain.robots.kinds import RobotKind
from desktop.domain.sending.accounts import BLOCKING_STATUSES, AccountStatus


class RobotInputError(ValueError):
    """Bad input at save time; the message is for the operator as is."""


@dataclass(frozen=True)
class RobotDraft:
    name: str
    platform: RobotKind
    url: str  # "" on edit keeps the stored address
    signing_secret: str = ""  # "" keeps the stored one on edit
    keyword: str = ""
    message: str = ""  # message kind ("" = the platform's default)
    account_id: int | None = None


@dataclass(frozen=True)
class RobotRow:
    id: int
    name: str
    platform: RobotKind
    address: str  # the URL with its key masked
    message: str
    keyword: str
    signed: bool
    status: AccountStatus
    problem: str | None  # the platform's words when it is broken
    groups: tuple[str, ...] = ()

    @property
    def broken(self) -> bool:
        return self.status in BLOCKING_STATUSES


@dataclass(frozen=True)
class TestAnswer:
    ok: bool
    answer: str  # "OK" or the platform's answer verbatim


@dataclass(frozen=True)
class GroupRobot:
    """A group's robot as the group dialog shows it."""

    group_id: int
    robot: RobotRow | None
    waiting: int  # posts waiting for this group's robot (e.g. while it is broken)
