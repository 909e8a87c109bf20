"""WeCom's monthly 群发 cap per customer group, checked when a post is planned.

A group receives at most as many 群发 tasks a month as the month has days
(https://developer.work.weixin.qq.com/document/path/92135, updated 2025-11; admins may set a
lower cap, which the app cannot read). Over it WeCom drops the group from the task, so the
app refuses at planning time instead of letting the owner find out later.

A month's tasks are those already in the outbox (waiting, confirmed or sent) and the posts
planned for the group that are not scheduled yet: each becomes a task when the week is
scheduled, so a month planned full is full before anything is sent.
"""

from __future__ import annotations

import calendar
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.enums import ChannelKind, DeliveryStatus, PostStatus
from desktop.store.models import ChannelAccount, Delivery, Group, Post, post_targets

COUNTED = (
    DeliveryStatus.PENDING,
    DeliveryStatus.CLAIMED,
    DeliveryStatus.AWAITING,
    DeliveryStatus.SENT,
)


def month_bounds(when: datetime) -> tuple[datetime, datetime, int]:
    days = calendar.monthrange(when.year, when.month)[1]
    start = datetime(when.year, when.month, 1, tzinfo=when.tzinfo or UTC)
    end = datetime(
        when.year + (when.month == 12), when.month % 12 + 1, 1, tzinfo=when.tzinfo or UTC
    )
    return start.astimezone(UTC), end.astimezone(UTC), days


@dataclass(frozen=True)
class OverCap:
    """A WeCom group a change would take over its monthly 群发 cap."""

    group_id: int
    group_name: str
    month: str  # "2027-02", in the zone the post was planned in
    cap: int  # the month's days

    def __str__(self) -> str:
        return (
            f"monthly cap: WeCom group “{self.group_name}” already has {self.cap} 群发 tasks in "
            f"{self.month} (at most one per day of the month)"
        )


def over_cap(
    s: Session,
    landing: Sequence[tuple[Sequence[int], datetime]],
    leaving: Collection[int] = (),
) -> OverCap | None:
    """The first WeCom group that posts landing at these times (each with its groups) would
    take over its monthly cap. Several posts landing in one group's month count together, so
    a drag of many cards is checked as a whole. ``leaving``: the posts being moved, whose own
    tasks are not counted (they go with the posts)."""
    wanted = {g for groups, _when in landing for g in groups}
    if not wanted:
        return None
    wecom = dict(
        s.execute(
            select(Group.id, Group.name)
            .join(ChannelAccount, ChannelAccount.id == Group.channel_account_id)
            .where(Group.id.in_(list(wanted)), ChannelAccount.kind == ChannelKind.WECOM)
            .order_by(Group.id)
        ).all()
    )
    if not wecom:
        return None
    arriving: Counter[tuple[int, datetime]] = Counter()
    months: dict[tuple[int, datetime], tuple[datetime, int, str]] = {}
    for groups, when in landing:
        start, end, days = month_bounds(when)
        for g in groups:
            if g in wecom:
                arriving[(g, start)] += 1
                months[(g, start)] = (end, days, f"{when:%Y-%m}")
    for (group_id, start), count in arriving.items():
        end, days, month = months[(group_id, start)]
        tasks = (
            select(func.count())
            .select_from(Delivery)
            .where(
                Delivery.group_id == group_id,
                Delivery.channel == ChannelKind.WECOM,
                Delivery.status.in_(COUNTED),
                Delivery.due_at >= start,
                Delivery.due_at < end,
                Delivery.post_id.is_not(None),
            )
        )
        planned = (
            select(func.count(func.distinct(Post.id)))
            .select_from(Post)
            .join(post_targets, post_targets.c.post_id == Post.id)
            .where(
                post_targets.c.group_id == group_id,
                Post.status == PostStatus.PLANNED,  # scheduled ones are in the outbox
                Post.deleted_at.is_(None),
                Post.scheduled_at >= start,
                Post.scheduled_at < end,
            )
        )
        if leaving:
            tasks = tasks.where(Delivery.post_id.not_in(list(leaving)))
            planned = planned.where(Post.id.not_in(list(leaving)))
        if (s.scalar(tasks) or 0) + (s.scalar(planned) or 0) + count > days:
            return OverCap(group_id, wecom[group_id], month, days)
    return None


def monthly_cap_problem(
    s: Session, group_ids: Sequence[int], when: datetime, post_id: int | None = None
) -> str | None:
    """The first WeCom group the post would take over its monthly cap, as a message."""
    found = over_cap(s, [(group_ids, when)], () if post_id is None else (post_id,))
    return None if found is None else str(found)
