"""A WeCom customer group whose month is already full of 群发 tasks (one per day, WeCom's
cap), written straight into the tables: the cap checks read only the app's own rows."""

from __future__ import annotations

import calendar
from datetime import UTC, datetime, timedelta

from desktop.domain.enums import ChannelKind, DeliveryStatus, Platform
from desktop.services.calendar import PostDraft
from desktop.services.container import Services
from desktop.store.models import ChannelAccount, Delivery, Group


def wecom_group(services: Services, name: str = "拾光01群") -> int:
    with services.db.write() as s:
        account = ChannelAccount(kind=ChannelKind.WECOM, name="拾光企业微信")
        s.add(account)
        s.flush()
        group = Group(name=name, platform=Platform.WECOM, channel_account_id=account.id)
        s.add(group)
        s.flush()
        return group.id


def fill_month(services: Services, group_id: int, first_day: datetime) -> int:
    """One waiting 群发 task for each day of ``first_day``'s month, all from one post (so
    they count as planned posts); returns that post."""
    days = calendar.monthrange(first_day.year, first_day.month)[1]
    post_id = services.calendar.save(PostDraft(title="本月已排满的帖子"))
    with services.db.write() as s:
        for day in range(days):
            due = (first_day + timedelta(days=day, hours=10)).astimezone(UTC)
            s.add(
                Delivery(
                    kind="post",
                    channel=ChannelKind.WECOM,
                    group_id=group_id,
                    due_at=due,
                    idempotency_key=f"full:{group_id}:{due:%Y%m%d}",
                    post_id=post_id,
                    status=DeliveryStatus.AWAITING,
                )
            )
    return post_id
