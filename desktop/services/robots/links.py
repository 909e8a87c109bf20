"""``RobotLinks``: one robot per group, and what the group dialog shows about it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.channels.robots.config import RobotConfig
from desktop.domain.calendar.post_message import AttachmentRef
from desktop.domain.enums import ChannelKind, DeliveryStatus, PostStatus
from desktop.services.robots.accounts import RobotAccounts
from desktop.services.robots.planning import RobotPreview, robot_previews, size_problem
from desktop.services.robots.types import GroupRobot, RobotInputError
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery, Group, Post, post_targets


class RobotLinks:
    def __init__(
        self,
        db: Database,
        accounts: RobotAccounts,
        *,
        on_posts_changed: Callable[[Sequence[int]], object] | None = None,
    ) -> None:
        self.db = db
        self.accounts = accounts
        # Scheduled posts to a group whose robot changed get their deliveries rewritten
        # (the calendar's ScheduleService.resync).
        self._on_posts_changed = on_posts_changed

    def link(self, group_id: int, robot_id: int | None) -> None:
        with self.db.write() as s:
            group = s.get(Group, group_id)
            if group is None:
                raise RobotInputError("this group no longer exists")
            if robot_id is not None:
                robot = s.get(ChannelAccount, robot_id)
                if robot is None or robot.kind != ChannelKind.WEBHOOK:
                    raise RobotInputError("this robot no longer exists")
                self._refuse_too_long(s, group_id, RobotConfig.from_json(robot.config))
            group.robot_account_id = robot_id
            posts = list(
                s.scalars(
                    select(Post.id)
                    .join(post_targets, post_targets.c.post_id == Post.id)
                    .where(
                        post_targets.c.group_id == group_id,
                        Post.status == PostStatus.SCHEDULED,
                        Post.deleted_at.is_(None),
                    )
                )
            )
        if posts and self._on_posts_changed is not None:
            self._on_posts_changed(posts)

    @staticmethod
    def _refuse_too_long(s: Session, group_id: int, config: RobotConfig) -> None:
        """Refuse the link while scheduled posts of the group are too long for the robot.

        Linked anyway, their deliveries would move to a robot that refuses them and they
        would fail at send time; refused, the group keeps its route and the operator is
        told which posts to shorten (or take off the schedule) first.
        """
        posts = s.execute(
            select(Post.title, Post.body)
            .join(post_targets, post_targets.c.post_id == Post.id)
            .where(
                post_targets.c.group_id == group_id,
                Post.status == PostStatus.SCHEDULED,
                Post.deleted_at.is_(None),
            )
            .order_by(Post.scheduled_at, Post.id)
        ).all()
        too_long = [
            f"“{title}” ({problem})"
            for title, body in posts
            if (problem := size_problem(config, title, body)) is not None
        ]
        if too_long:
            raise RobotInputError(
                "scheduled posts are too long for this robot: "
                + "; ".join(too_long)
                + ". Shorten them or take them off the schedule, then link the robot."
            )

    def for_group(self, group_id: int) -> GroupRobot:
        with self.db.read() as s:
            robot_id = s.scalar(select(Group.robot_account_id).where(Group.id == group_id))
            waiting = 0
            if robot_id is not None:
                waiting = int(
                    s.scalar(
                        select(func.count())
                        .select_from(Delivery)
                        .where(
                            Delivery.group_id == group_id,
                            Delivery.channel_account_id == robot_id,
                            Delivery.status == DeliveryStatus.PENDING,
                        )
                    )
                    or 0
                )
        robot = self.accounts.get(robot_id) if robot_id is not None else None
        return GroupRobot(group_id, robot, waiting)

    def previews(
        self,
        group_ids: Sequence[int],
        title: str,
        body: str,
        *,
        attachments: Sequence[AttachmentRef] = (),
    ) -> list[RobotPreview]:
        """How a post will look on each target group's robot (the post editor's preview),
        with its attachments: local pictures only some robots can post."""
        with self.db.read() as s:
            return robot_previews(s, group_ids, title, body, attachments=attachments)
