"""Who saved first (issue 18): versioned rows remember the teammate who saved them last, so
a save refused for a newer version names them, on PostgreSQL with two teammates' runtimes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop.services.calendar import PostDraft
from desktop.services.groups import GroupDraft
from desktop.services.live import EditConflict
from desktop.services.members.service import MemberDraft
from desktop.services.welcome.templates import StepDraft
from desktop.store.models import Post
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_settings import UiSettings

TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def named(two):  # type: ignore[no-untyped-def]
    """A is 王芳 and B is 陈可乐, as the window sets them once each is signed in."""
    a, b = two
    a.services.live_identity.teammate = "王芳"
    b.services.live_identity.teammate = "陈可乐"
    return a, b


def test_a_post_conflict_names_the_teammate_who_saved_first(named) -> None:  # type: ignore[no-untyped-def]
    a, b = named
    post_id = b.services.calendar.save(PostDraft(title="周五读书会"))
    stale = b.services.calendar.get(post_id)
    assert stale.saved_by == "陈可乐"
    newer = a.services.calendar.get(post_id)
    newer.title = "周六读书会"
    a.services.calendar.save(newer)
    stale.body = "B 的正文"
    with pytest.raises(EditConflict) as caught:
        b.services.calendar.save(stale)
    assert caught.value.who == "王芳"
    assert a.services.calendar.get(post_id).title == "周六读书会"  # nothing overwritten


def test_a_drag_move_is_recorded_as_the_movers_save(named) -> None:  # type: ignore[no-untyped-def]
    a, b = named
    when = datetime(2031, 3, 3, 9, tzinfo=TZ)
    post_id = b.services.calendar.save(PostDraft(title="早安", when=when))
    stale = b.services.calendar.get(post_id)
    a.services.planning.move([(post_id, when + timedelta(days=1))])  # one UPDATE statement
    with a.services.db.read() as s:
        assert s.scalar(select(Post.saved_by).where(Post.id == post_id)) == "王芳"
    stale.title = "早安！"
    with pytest.raises(EditConflict) as caught:
        b.services.calendar.save(stale)
    assert caught.value.who == "王芳"


def test_group_member_and_step_conflicts_name_the_first_saver(named) -> None:  # type: ignore[no-untyped-def]
    a, b = named
    group_id = b.services.groups.save(GroupDraft(name="读书会一群"))
    stale_group = b.services.groups.get(group_id)
    mine = a.services.groups.get(group_id)
    mine.purpose = "A 的定位"
    a.services.groups.save(mine)
    stale_group.rules = "B 的群规"
    with pytest.raises(EditConflict) as group_conflict:
        b.services.groups.save(stale_group)

    member_id = b.services.members.save(MemberDraft(name="李雷"))
    stale_member = b.services.members.profile(member_id).draft
    member = a.services.members.profile(member_id).draft
    member.notes = "A 的备注"
    a.services.members.save(member)
    stale_member.source = "线下活动"
    with pytest.raises(EditConflict) as member_conflict:
        b.services.members.save(stale_member)

    journey_id = b.services.templates.create_journey("新人欢迎")
    step_id = b.services.templates.add_step(journey_id, StepDraft(title="第一天", template="你好"))
    [stale_step] = b.services.templates.steps(journey_id)
    [step] = a.services.templates.steps(journey_id)
    assert step.id == step_id
    step.template = "A 改的问候"
    a.services.templates.save_step(step)
    stale_step.title = "B 改的标题"
    with pytest.raises(EditConflict) as step_conflict:
        b.services.templates.save_step(stale_step)

    assert [c.value.who for c in (group_conflict, member_conflict, step_conflict)] == [
        "王芳",
        "王芳",
        "王芳",
    ]


def test_without_a_teammate_name_nobody_is_named(two) -> None:  # type: ignore[no-untyped-def]
    """Solo mode (and the worker) save with no name: the dialog then says "a teammate"."""
    a, b = two
    post_id = a.services.calendar.save(PostDraft(title="周五读书会"))
    stale = b.services.calendar.get(post_id)
    newer = a.services.calendar.get(post_id)
    newer.title = "周六读书会"
    a.services.calendar.save(newer)
    stale.title = "周日读书会"
    with pytest.raises(EditConflict) as caught:
        b.services.calendar.save(stale)
    assert caught.value.who == ""


def test_the_window_signs_its_saves_with_the_teammates_name(two, tmp_path, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """In team mode the window knows who is signed in (ui.ini's operator, else the first
    active one) and every versioned row it saves carries that name."""
    a, _b = two
    a.services.teammates.add("王芳")
    window = MainWindow(a.services, UiSettings(tmp_path / "a-ui.ini"))
    qtbot.addWidget(window)
    assert a.services.live_identity.teammate == "王芳"
    post_id = a.services.calendar.save(PostDraft(title="周五读书会"))
    assert a.services.calendar.get(post_id).saved_by == "王芳"
