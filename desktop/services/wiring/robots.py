"""Group robots (issue 17): robots, their links to groups, team alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.container import Services
    from desktop.services.robots import AlertLoop, RobotAccounts, RobotLinks, TeamAlerts


def accounts(s: Services) -> RobotAccounts:
    """A saved or repaired robot wakes the dispatcher: its waiting posts may go now."""
    import os

    from desktop.services.robots import RobotAccounts

    # A private relay (or a test receiver) besides the platforms' own hosts.
    extra = frozenset(h for h in os.environ.get("SHEQUN_ROBOT_HOSTS", "").split(",") if h)
    return RobotAccounts(
        s.db,
        s.secrets,
        extra_hosts=extra,
        on_change=s._if_built("dispatcher", "wake"),
    )


def links(s: Services) -> RobotLinks:
    """Linking a robot rewrites the scheduled posts of that group (they change channel)."""
    from desktop.services.robots import RobotLinks

    return RobotLinks(s.db, s.robots, on_posts_changed=s.schedule.resync)


def team_alerts(s: Services) -> TeamAlerts:
    from desktop.services.robots import TeamAlerts

    return TeamAlerts(s.db, s.secrets, s.outbox)


def alert_loop(s: Services) -> AlertLoop:
    from desktop.services.robots import AlertLoop

    return AlertLoop(s.team_alerts)
