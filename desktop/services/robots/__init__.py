"""Group robots (issue 17): robot accounts, one robot per group, previews, team alerts.

The public face: the UI and other features import from here.
"""

from desktop.domain.robots.kinds import MESSAGE_KINDS, MessageKind, RobotKind
from desktop.services.robots.accounts import RobotAccounts
from desktop.services.robots.alerts import AlertSettings, TeamAlerts
from desktop.services.robots.links import RobotLinks
from desktop.services.robots.loop import AlertLoop
from desktop.services.robots.planning import RobotPreview
from desktop.services.robots.planning import over_limit as too_long_for_robots
from desktop.services.robots.types import (
    GroupRobot,
    RobotDraft,
    RobotInputError,
    RobotRow,
    TestAnswer,
)


def task_waits_for_confirmation(alerts: TeamAlerts, task_key: str, what: str) -> bool:
    """For the WeCom 群发 feature: tell the team a task waits for a person's confirmation."""
    return alerts.task_waits_for_confirmation(task_key, what)


__all__ = [
    "MESSAGE_KINDS",
    "AlertLoop",
    "AlertSettings",
    "GroupRobot",
    "MessageKind",
    "RobotAccounts",
    "RobotDraft",
    "RobotInputError",
    "RobotKind",
    "RobotLinks",
    "RobotPreview",
    "RobotRow",
    "TeamAlerts",
    "TestAnswer",
    "task_waits_for_confirmation",
    "too_long_for_robots",
]
