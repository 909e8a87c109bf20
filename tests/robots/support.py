"""Building robot workspaces for the tests: robots, linked groups, scheduled posts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from desktop.domain.enums import DeliveryStatus, Platform, PostStatus
from desktop.secrets import SecretStore
from desktop.services.calendar.schedule import ScheduleResult, ScheduleService
from desktop.services.robots import RobotAccounts, RobotDraft, RobotKind, RobotLinks
from desktop.services.sending.outbox import OutboxService
from desktop.store.db import Database
from desktop.store.models import Delivery, Group, Post

LOCAL = frozenset({"127.0.0.1"})


def robots(db: Database) -> RobotAccounts:
    return RobotAccounts(db, SecretStore(), extra_hosts=LOCAL)


def add_robot(
    db: Database, kind: RobotKind, url: str, *, rate: float = 200.0, burst: int = 20, **kw: str
) -> int:
    accounts = robots(db)
    robot_id = accounts.save(RobotDraft(name=f"{kind.value} 机器人", platform=kind, url=url, **kw))
    accounts.set_pacing(robot_id, rate, burst)
    return robot_id


def add_group(db: Database, name: str = "咖啡研习社 1 群", robot_id: int | None = None) -> int:
    with db.write() as s:
        g = Group(name=name, platform=Platform.WECOM)
        s.add(g)
        s.flush()
        gid = g.id
    if robot_id is not None:
        RobotLinks(db, robots(db)).link(gid, robot_id)
    return gid


def schedule_posts(
    db: Database, group_id: int, texts: list[tuple[str, str]], *, at: datetime | None = None
) -> ScheduleResult:
    """Plan one post per (title, body) an hour ahead, schedule them, then make them due now."""
    when = at or datetime.now(UTC) + timedelta(hours=1)
    with db.write() as s:
        group = s.get(Group, group_id)
        ids = []
        for title, body in texts:
            p = Post(title=title, body=body, status=PostStatus.PLANNED, scheduled_at=when)
            p.targets = [group]
            s.add(p)
            s.flush()
            ids.append(p.id)
    result = ScheduleService(db, OutboxService(db)).schedule(ids)
    make_due(db)
    return result


def make_due(db: Database) -> None:
    now = datetime.now(UTC) - timedelta(seconds=1)
    with db.write() as s:
        s.execute(
            update(Delivery)
            .where(Delivery.status == DeliveryStatus.PENDING)
            .values(due_at=now, next_attempt_at=now)
        )


def delivery_states(db: Database) -> list[tuple[str, str | None, str | None]]:
    with db.read() as s:
        return [
            (str(st), err, why)
            for st, err, why in s.execute(
                select(Delivery.status, Delivery.last_error, Delivery.status_reason).order_by(
                    Delivery.id
                )
            )
        ]
