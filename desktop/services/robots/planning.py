"""What a post becomes on a group's robot: the preview and the size check at planning time."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.channels.robots.channel import request_body
from desktop.channels.robots.config import RobotConfig
from desktop.domain.calendar.post_message import AttachmentRef
from desktop.domain.enums import AttachmentKind, ChannelKind
from desktop.domain.robots.kinds import RobotKind, size_limit
from desktop.domain.robots.post import (
    LimitProblem,
    Mentions,
    check_size,
    make_post,
    notified,
    preview,
)
from desktop.services.sending.file_uris import local_path
from desktop.store.models import ChannelAccount, Group


@dataclass(frozen=True)
class RobotPreview:
    group: str
    robot: str
    platform: RobotKind
    message: str
    text: str  # what the group will see
    over_limit: str | None  # "4,200 bytes > 4,096 bytes" when the platform would refuse it
    images_dropped: bool  # the post has local pictures and this robot cannot post them
    notifies: Mentions = field(default_factory=Mentions)  # whom the message really notifies
    mentions_lost: bool = False  # an @ in the text that notifies nobody on this robot


# Robots that can post a local picture file (WeCom as base64, Discord as an upload).
POSTS_LOCAL_IMAGES = frozenset({RobotKind.WECOM, RobotKind.DISCORD})


def size_problem(config: RobotConfig, title: str, body: str) -> LimitProblem | None:
    """Why ``config``'s robot would refuse this post for its size, or None."""
    post = make_post(config.platform, title, body, message=config.message, keyword=config.keyword)
    limit = size_limit(config.platform, post.message)
    sent = request_body(config, post, time.time()) if limit and limit.whole_body else None
    return check_size(config.platform, post, request_body=sent)


def has_local_pictures(attachments: Sequence[AttachmentRef]) -> bool:
    """Pictures that are files on this machine (a picture on the web is a link to any robot)."""
    return any(
        a.kind in (AttachmentKind.IMAGE, AttachmentKind.POSTER) and local_path(a.uri) is not None
        for a in attachments
    )


def robot_previews(
    s: Session,
    group_ids: Iterable[int],
    title: str,
    body: str,
    *,
    attachments: Sequence[AttachmentRef] = (),
) -> list[RobotPreview]:
    """One preview per target group that has a robot (in group id order)."""
    images = has_local_pictures(attachments)
    ids = sorted(set(group_ids))
    if not ids:
        return []
    rows = s.execute(
        select(Group.name, ChannelAccount.name, ChannelAccount.config)
        .join(ChannelAccount, ChannelAccount.id == Group.robot_account_id)
        .where(Group.id.in_(ids), ChannelAccount.kind == ChannelKind.WEBHOOK)
        .order_by(Group.id)
    ).all()
    out: list[RobotPreview] = []
    for group_name, robot_name, raw in rows:
        config = RobotConfig.from_json(raw)
        post = make_post(
            config.platform, title, body, message=config.message, keyword=config.keyword
        )
        problem = size_problem(config, title, body)
        reached = notified(config.platform, post)
        out.append(
            RobotPreview(
                group=group_name,
                robot=robot_name,
                platform=config.platform,
                message=post.message.value,
                text=preview(config.platform, post),
                over_limit=str(problem) if problem else None,
                images_dropped=images and config.platform not in POSTS_LOCAL_IMAGES,
                notifies=reached,
                mentions_lost=reached != post.mentions,
            )
        )
    return out


def over_limit(s: Session, group_ids: Iterable[int], title: str, body: str) -> list[str]:
    """ "group (robot): 4,200 bytes > 4,096 bytes" for each robot that would refuse the post."""
    return [
        f"{p.group} ({p.robot}): {p.over_limit}"
        for p in robot_previews(s, group_ids, title, body)
        if p.over_limit
    ]
