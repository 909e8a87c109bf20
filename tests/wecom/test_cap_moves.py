"""WeCom's monthly 群发 cap on the calendar's drag-planning (issue 15): moving or copying a
post into a month where a WeCom group already has one task a day is refused with the
editor's message, and nothing changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import delete, func, select

from desktop.services.calendar import OverMonthlyCap, PostDraft
from desktop.services.container import Services
from desktop.store.models import Delivery, Post
from tests.wecom.full_month import fill_month, wecom_group

TZ = ZoneInfo("Asia/Shanghai")
FEBRUARY = datetime(2031, 2, 1, tzinfo=TZ)  # 28 days
MARCH_3 = datetime(2031, 3, 3, 9, tzinfo=TZ)


def _posts(services: Services) -> int:
    with services.db.read() as s:
        return (
            s.scalar(select(func.count()).select_from(Post).where(Post.deleted_at.is_(None))) or 0
        )


def test_moving_into_a_full_month_is_refused_and_nothing_moves(services: Services) -> None:
    group = wecom_group(services)
    fill_month(services, group, FEBRUARY)
    post_id = services.calendar.save(
        PostDraft(title="三月的帖子", when=MARCH_3, target_ids=[group])
    )
    before = services.calendar.get(post_id)

    with pytest.raises(OverMonthlyCap) as caught:
        services.planning.move([(post_id, FEBRUARY + timedelta(days=9, hours=20))])
    assert caught.value.problem.group_name == "拾光01群"
    assert (caught.value.problem.month, caught.value.problem.cap) == ("2031-02", 28)
    after = services.calendar.get(post_id)
    assert (after.when, after.version) == (before.when, before.version)

    # The editor refuses the same save with the same words.
    before.when = FEBRUARY + timedelta(days=9, hours=20)
    with pytest.raises(ValueError, match="monthly cap") as editor:
        services.calendar.save(before)
    assert str(caught.value) in str(editor.value)

    # Another day in March, or a group with room, moves as before.
    services.planning.move([(post_id, MARCH_3 + timedelta(days=20))])
    assert services.calendar.get(post_id).when == MARCH_3 + timedelta(days=20)


def test_copying_into_a_full_month_is_refused_and_nothing_is_created(services: Services) -> None:
    group = wecom_group(services)
    fill_month(services, group, FEBRUARY)
    post_id = services.calendar.save(
        PostDraft(title="三月的帖子", when=MARCH_3, target_ids=[group])
    )
    count = _posts(services)
    with pytest.raises(OverMonthlyCap):
        services.planning.copy([(post_id, FEBRUARY + timedelta(days=2, hours=8))])
    assert _posts(services) == count
    [copy_id] = services.planning.copy([(post_id, MARCH_3 + timedelta(days=1))])
    assert services.calendar.get(copy_id).target_ids == [group]


def test_several_cards_count_together(services: Services) -> None:
    """Two cards dropped into a month with room for one: the drag as a whole is refused."""
    group = wecom_group(services)
    filler = fill_month(services, group, FEBRUARY)
    with services.db.write() as s:  # one day of February freed: room for one more task
        first = s.scalar(select(func.min(Delivery.id)).where(Delivery.post_id == filler))
        s.execute(delete(Delivery).where(Delivery.id == first))
    one = services.calendar.save(PostDraft(title="一", when=MARCH_3, target_ids=[group]))
    two = services.calendar.save(PostDraft(title="二", when=MARCH_3, target_ids=[group]))
    feb_10 = FEBRUARY + timedelta(days=9, hours=9)
    with pytest.raises(OverMonthlyCap):
        services.planning.move([(one, feb_10), (two, feb_10 + timedelta(days=1))])
    assert services.calendar.get(one).when == MARCH_3
    services.planning.move([(one, feb_10)])  # one alone fits
    assert services.calendar.get(one).when == feb_10


def test_a_move_within_the_month_is_not_counted_twice(services: Services) -> None:
    group = wecom_group(services)
    filler = fill_month(services, group, FEBRUARY)
    # The month's own tasks belong to this post: moving it inside February adds nothing.
    with services.db.write() as s:
        post = s.get(Post, filler)
        assert post is not None
        post.scheduled_at = FEBRUARY + timedelta(days=1, hours=10)
        post.targets = []
    services.planning.move([(filler, FEBRUARY + timedelta(days=5, hours=10))])
    assert services.calendar.get(filler).when == FEBRUARY + timedelta(days=5, hours=10)
