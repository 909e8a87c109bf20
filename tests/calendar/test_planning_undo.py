"""Move, copy, multi-move, plan from the backlog, delete — each saved at once, undone and
redone through the QUndoStack, checked by reading the database again."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import select

from desktop.domain.enums import ContentType, PostStatus
from desktop.services.calendar.planning import MoveRefused
from desktop.services.calendar.service import PostDraft
from desktop.store.models import Post
from desktop.ui.calendar.undo_commands import Planner
from tests.calendar.conftest import Workspace


@pytest.fixture
def planner(qapp, ws: Workspace) -> Planner:
    return Planner(ws.services.planning, ws.services.calendar, ws.services.schedule)


def _db_state(ws: Workspace) -> dict[int, tuple]:
    """Everything about the posts that an undo must bring back, straight from the table."""
    out = {}
    with ws.services.db.read() as s:
        for p in s.scalars(select(Post).order_by(Post.id)):
            out[p.id] = (
                p.title,
                p.status,
                p.scheduled_at,
                p.deleted_at is None,
                tuple(sorted(g.id for g in p.targets)),
            )
    return out


def _local(ws: Workspace, post_id: int):
    with ws.services.db.read() as s:
        at = s.scalar(select(Post.scheduled_at).where(Post.id == post_id))
    return None if at is None else at.astimezone(ws.tz)


def test_move_is_saved_and_undo_redo_restore_the_database(ws: Workspace, planner: Planner):
    a = ws.post("早安打卡", 0, 8)
    before = _db_state(ws)
    planner.move([(a, ws.at(2, 12))], "Move")
    assert _local(ws, a) == ws.at(2, 12)
    after = _db_state(ws)
    planner.stack.undo()
    assert _db_state(ws) == before
    planner.stack.redo()
    assert _db_state(ws) == after


def test_multi_move_and_copy(ws: Workspace, planner: Planner):
    a = ws.post("周一早", 0, 8)
    b = ws.post("周一晚", 0, 20, ("北京02群",))
    start = _db_state(ws)
    planner.move([(a, ws.at(1, 8)), (b, ws.at(1, 20))], "Move 2")
    assert (_local(ws, a), _local(ws, b)) == (ws.at(1, 8), ws.at(1, 20))
    copies = planner.copy([(a, ws.at(3, 12))], "Copy")
    [c] = copies
    draft = ws.services.calendar.get(c)
    assert draft.title == "周一早" and draft.when == ws.at(3, 12)
    assert draft.target_ids == [ws.groups["北京01群"]] and draft.body.endswith("🎉")
    planner.stack.undo()  # the copy goes
    with pytest.raises(KeyError):
        ws.services.calendar.get(c)
    planner.stack.undo()  # the move goes
    state = _db_state(ws)
    assert {k: v for k, v in state.items() if k != c} == start
    planner.stack.redo()
    planner.stack.redo()
    assert ws.services.calendar.get(c).when == ws.at(3, 12)
    assert _local(ws, b) == ws.at(1, 20)


def test_backlog_draft_planned_then_undone_goes_back_to_the_backlog(ws, planner):
    d = ws.services.calendar.save(PostDraft(title="待排期的干货"))
    assert [i.id for i in ws.services.materials.drafts()] == [d]
    planner.move([(d, ws.at(4, 12))], "Plan")
    assert ws.services.calendar.status(d) == PostStatus.PLANNED
    assert ws.services.materials.drafts() == []
    planner.stack.undo()
    assert ws.services.calendar.status(d) == PostStatus.DRAFT and _local(ws, d) is None
    assert [i.id for i in ws.services.materials.drafts(search="干货")] == [d]


def test_material_dropped_becomes_a_linked_post(ws, planner):
    mid = ws.services.materials.add_material("script", "新人欢迎话术", "欢迎～先看群公告")
    [pid] = planner.plan_material(mid, ws.at(0, 20), [ws.groups["上海01群"]], "Plan material")
    draft = ws.services.calendar.get(pid)
    assert (draft.title, draft.material_id, draft.when) == ("新人欢迎话术", mid, ws.at(0, 20))
    assert draft.content_type == ContentType.VALUE
    planner.stack.undo()
    assert pid not in {c.id for c in ws.services.calendar.week(ws.monday, _slots(ws)).cards}


def test_delete_and_edit_undo(ws, planner):
    a = ws.post("要删的", 1, 8)
    before = _db_state(ws)
    planner.delete([a], "Delete")
    with pytest.raises(KeyError):
        ws.services.calendar.get(a)
    planner.stack.undo()
    assert _db_state(ws) == before
    snap = ws.services.planning.snapshots([a])
    draft = ws.services.calendar.get(a)
    draft.title = "改过的"
    draft.target_ids = [ws.groups["上海01群"]]
    ws.services.calendar.save(draft)
    planner.edited(snap, "Edit")
    planner.stack.undo()
    assert _db_state(ws) == before
    planner.stack.redo()
    assert ws.services.calendar.get(a).title == "改过的"


def test_sent_posts_do_not_move(ws, planner):
    a = ws.post("已发", 0, 8)
    with ws.services.db.write() as s:
        s.get(Post, a).status = PostStatus.SENT
    with pytest.raises(MoveRefused):
        planner.move([(a, ws.at(1, 8))], "Move")
    assert planner.stack.count() == 0
    assert _local(ws, a).astimezone(UTC) == ws.at(0, 8).astimezone(UTC)


def _slots(ws):
    return ws.services.workspace.settings().slots
