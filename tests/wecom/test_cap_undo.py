"""WeCom's monthly 群发 cap beyond a first drag (issue 15): posts planned but not yet
scheduled count towards a month, an undo or redo that would bring posts back into a month
now full is refused (the database and the undo stack stay where they were), and backlog
drafts given a WeCom group are checked before anything moves."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop.domain.enums import PostStatus
from desktop.services.calendar import OverMonthlyCap, PostDraft, PostValidationError
from desktop.services.container import Services
from desktop.store.models import Delivery, Post
from desktop.ui.calendar.undo_commands import Planner
from tests.wecom.full_month import fill_month, wecom_group

TZ = ZoneInfo("Asia/Shanghai")
FEBRUARY = datetime(2031, 2, 1, tzinfo=TZ)  # 28 days
FEB_10 = FEBRUARY + timedelta(days=9, hours=9)
MARCH_3 = datetime(2031, 3, 3, 9, tzinfo=TZ)


@pytest.fixture
def planner(qtbot: QtBot, services: Services) -> Planner:
    return Planner(services.planning, services.calendar, services.schedule)


def refusals(planner: Planner) -> list[BaseException]:
    seen: list[BaseException] = []
    planner.failed.connect(seen.append)
    return seen


def test_planned_posts_fill_a_month_before_anything_is_scheduled(services: Services) -> None:
    group = wecom_group(services)
    ids = [
        services.calendar.save(
            PostDraft(
                title=f"二月第{day + 1}天",
                when=FEBRUARY + timedelta(days=day, hours=9),
                target_ids=[group],
            )
        )
        for day in range(28)
    ]
    with services.db.read() as s:  # planned, not scheduled: no task in the outbox yet
        assert set(s.scalars(select(Post.status).where(Post.id.in_(ids)))) == {PostStatus.PLANNED}
        assert s.scalar(select(func.count()).select_from(Delivery)) == 0
    with pytest.raises(PostValidationError) as refused:
        services.calendar.save(PostDraft(title="第29条", when=FEB_10, target_ids=[group]))
    assert refused.value.over_cap is not None and refused.value.over_cap.cap == 28
    # Editing one of the 28 within February adds nothing; deleting one frees its day.
    draft = services.calendar.get(ids[3])
    draft.when = FEB_10 + timedelta(hours=3)
    services.calendar.save(draft)
    services.calendar.delete_many([ids[5]])
    services.calendar.save(PostDraft(title="第29条", when=FEB_10, target_ids=[group]))


def test_undo_of_a_move_into_a_month_now_full_is_refused(
    qtbot: QtBot, services: Services, planner: Planner
) -> None:
    group = wecom_group(services)
    post = services.calendar.save(PostDraft(title="二月的帖子", when=FEB_10, target_ids=[group]))
    planner.move([(post, MARCH_3)], "Move")
    fill_month(services, group, FEBRUARY)
    seen = refusals(planner)

    planner.stack.undo()
    qtbot.waitUntil(lambda: planner.stack.index() == 1)
    assert isinstance(seen[0], OverMonthlyCap) and seen[0].problem.month == "2031-02"
    assert services.calendar.get(post).when == MARCH_3
    # The stack is where the database is: undo is offered again, redo is not.
    assert planner.stack.canUndo() and not planner.stack.canRedo()


def test_undo_of_a_delete_into_a_month_now_full_is_refused(
    qtbot: QtBot, services: Services, planner: Planner
) -> None:
    group = wecom_group(services)
    post = services.calendar.save(PostDraft(title="二月的帖子", when=FEB_10, target_ids=[group]))
    planner.delete([post], "Delete")
    fill_month(services, group, FEBRUARY)
    seen = refusals(planner)

    planner.stack.undo()
    qtbot.waitUntil(lambda: planner.stack.index() == 1)
    assert isinstance(seen[0], OverMonthlyCap)
    with pytest.raises(LookupError):
        services.calendar.get(post)


def test_redo_of_a_copy_into_a_month_now_full_is_refused(
    qtbot: QtBot, services: Services, planner: Planner
) -> None:
    group = wecom_group(services)
    post = services.calendar.save(PostDraft(title="三月的帖子", when=MARCH_3, target_ids=[group]))
    [copy] = planner.copy([(post, FEB_10)], "Copy") or []
    planner.stack.undo()  # the copy is deleted
    fill_month(services, group, FEBRUARY)
    seen = refusals(planner)

    planner.stack.redo()
    qtbot.waitUntil(lambda: planner.stack.index() == 0)
    assert isinstance(seen[0], OverMonthlyCap)
    with pytest.raises(LookupError):
        services.calendar.get(copy)
    assert planner.stack.canRedo()


def test_backlog_drafts_given_a_full_group_stay_in_the_backlog(
    qtbot: QtBot, services: Services, planner: Planner
) -> None:
    group = wecom_group(services)
    fill_month(services, group, FEBRUARY)
    draft = services.calendar.save(PostDraft(title="待排的草稿"))
    seen: list[BaseException] = []
    planner.plan_drafts([(draft, FEB_10)], [group], "Plan", seen.append)
    assert isinstance(seen[0], OverMonthlyCap)
    kept = services.calendar.get(draft)
    assert (kept.when, kept.target_ids) == (None, [])
    assert planner.stack.count() == 0
    # Into March, where the group has room, the same drop plans it.
    planner.plan_drafts([(draft, MARCH_3)], [group], "Plan")
    assert services.calendar.get(draft).target_ids == [group]
