"""Schedule week: planned posts become outbox deliveries per target group, at the right
moment in the workspace time zone; moving, editing, deleting and undo keep them in step."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from desktop.domain.calendar.rules import Recurrence
from desktop.domain.enums import ChannelKind, ContentType, DeliveryStatus, PostStatus
from desktop.services.calendar.schedule import delivery_key
from desktop.services.calendar.service import PostDraft
from desktop.services.container import Services
from desktop.store.models import Delivery
from desktop.ui.calendar.undo_commands import Planner
from tests.calendar.conftest import Workspace, make_workspace


def _deliveries(ws: Workspace, post_id: int) -> dict[str, tuple]:
    with ws.services.db.read() as s:
        rows = s.scalars(select(Delivery).where(Delivery.post_id == post_id)).all()
        return {d.idempotency_key: (d.group_id, d.due_at, d.status, d.channel) for d in rows}


def test_schedule_week_writes_one_delivery_per_group_in_the_workspace_zone(ws: Workspace):
    a = ws.post("周二营销", 1, 20, ("北京01群", "邮件订阅"), ContentType.MARKETING)
    lonely = ws.services.calendar.save(PostDraft(title="没有群", when=ws.at(2, 8)))
    ids = ws.services.schedule.planned_in_week(ws.monday)
    assert set(ids) == {a, lonely}
    result = ws.services.schedule.schedule(ids)
    assert result.scheduled == [a]
    assert result.no_targets == [(lonely, "没有群")]  # the UI names it; nothing written
    assert result.deliveries == 2
    rows = _deliveries(ws, a)
    due = datetime.combine(ws.monday + timedelta(days=1), time(20), ZoneInfo("Asia/Shanghai"))
    assert rows == {
        delivery_key(a, ws.groups["北京01群"], 0): (
            ws.groups["北京01群"],
            due.astimezone(UTC),
            DeliveryStatus.PENDING,
            ChannelKind.MANUAL,  # WeChat groups are posted by hand
        ),
        delivery_key(a, ws.groups["邮件订阅"], 0): (
            ws.groups["邮件订阅"],
            due.astimezone(UTC),
            DeliveryStatus.PENDING,
            ChannelKind.EMAIL,
        ),
    }
    assert due.astimezone(UTC).hour == 12  # 20:00 in Beijing
    assert ws.services.calendar.status(a) == PostStatus.SCHEDULED
    assert _deliveries(ws, lonely) == {}
    # Scheduling again is harmless: same keys, nothing new.
    again = ws.services.schedule.schedule([a])
    assert again.scheduled == [] and len(_deliveries(ws, a)) == 2


def test_week_across_dst_in_berlin(services: Services):
    ws = make_workspace(services, "Europe/Berlin")
    # The week holding the last Sunday of March 2030 (clocks go 02:00 → 03:00).
    ws.monday = date(2030, 3, 25)
    a = ws.post("Montag", 0, 8)
    b = ws.post("Sonntag", 6, 8)
    ws.services.schedule.schedule([a, b], now=datetime(2030, 3, 1, tzinfo=UTC))
    [(_, due_a, *_)] = _deliveries(ws, a).values()
    [(_, due_b, *_)] = _deliveries(ws, b).values()
    assert due_a == datetime(2030, 3, 25, 7, 0, tzinfo=UTC)  # CET, UTC+1
    assert due_b == datetime(2030, 3, 31, 6, 0, tzinfo=UTC)  # CEST, UTC+2
    assert due_a.astimezone(ZoneInfo("Europe/Berlin")).hour == 8
    assert due_b.astimezone(ZoneInfo("Europe/Berlin")).hour == 8


def test_move_edit_delete_follow_and_sent_stays(qapp, ws: Workspace):
    planner = Planner(ws.services.planning, ws.services.calendar, ws.services.schedule)
    a = ws.post("要移动的", 0, 8, ("北京01群", "北京02群"))
    planner.schedule([a], "Schedule")
    keys = set(_deliveries(ws, a))
    sent_key = delivery_key(a, ws.groups["北京02群"], 0)
    with ws.services.db.write() as s:
        d = s.scalar(select(Delivery).where(Delivery.idempotency_key == sent_key))
        d.status = DeliveryStatus.SENT
    planner.move([(a, ws.at(3, 12))], "Move")
    rows = _deliveries(ws, a)
    assert set(rows) == keys  # updated in place, not duplicated
    pending = rows[delivery_key(a, ws.groups["北京01群"], 0)]
    assert pending[1] == ws.at(3, 12).astimezone(UTC) and pending[2] == DeliveryStatus.PENDING
    assert rows[sent_key][1] == ws.at(0, 8).astimezone(UTC)  # history is not rewritten
    # Editing the targets: the dropped group's pending row is cancelled, a new one added.
    draft = ws.services.calendar.get(a)
    draft.target_ids = [ws.groups["北京02群"], ws.groups["上海01群"]]
    ws.services.calendar.save(draft)
    rows = _deliveries(ws, a)
    assert rows[delivery_key(a, ws.groups["北京01群"], 0)][2] == DeliveryStatus.CANCELLED
    assert rows[delivery_key(a, ws.groups["上海01群"], 0)][2] == DeliveryStatus.PENDING
    # Deleting cancels what is pending; undo brings it back.
    planner.delete([a], "Delete")
    rows = _deliveries(ws, a)
    assert rows[delivery_key(a, ws.groups["上海01群"], 0)][2] == DeliveryStatus.CANCELLED
    assert rows[sent_key][2] == DeliveryStatus.SENT
    planner.stack.undo()
    rows = _deliveries(ws, a)
    assert rows[delivery_key(a, ws.groups["上海01群"], 0)][2] == DeliveryStatus.PENDING


def test_undo_schedule_cancels_and_redo_revives(qapp, ws: Workspace):
    planner = Planner(ws.services.planning, ws.services.calendar, ws.services.schedule)
    a = ws.post("撤销排程", 2, 12)
    planner.schedule([a], "Schedule")
    planner.stack.undo()
    assert ws.services.calendar.status(a) == PostStatus.PLANNED
    assert {r[2] for r in _deliveries(ws, a).values()} == {DeliveryStatus.CANCELLED}
    planner.stack.redo()
    assert {r[2] for r in _deliveries(ws, a).values()} == {DeliveryStatus.PENDING}


def test_recurring_post_gets_one_delivery_per_occurrence(ws: Workspace):
    until = ws.monday + timedelta(days=13)
    pid = ws.services.calendar.save(
        PostDraft(
            title="每周一三打卡",
            when=ws.at(0, 8),
            target_ids=[ws.groups["北京01群"]],
            recurrence=Recurrence(frozenset({0, 2}), until),
        )
    )
    ws.services.schedule.schedule([pid])
    dues = sorted(r[1] for r in _deliveries(ws, pid).values())
    days = [ws.monday + timedelta(days=d) for d in (0, 2, 7, 9)]
    assert dues == [datetime.combine(d, time(8), ws.tz).astimezone(UTC) for d in days]
    week = ws.services.calendar.week(ws.monday, ws.services.workspace.settings().slots)
    assert sorted(c.day_index for c in week.cards if c.id == pid) == [0, 2]


def test_past_posts_are_not_scheduled(ws: Workspace):
    a = ws.post("过去的", 0, 8)
    result = ws.services.schedule.schedule([a], now=ws.at(1, 8).astimezone(UTC))
    assert result.in_past == [(a, "过去的")] and result.scheduled == []


@pytest.mark.parametrize("status", [DeliveryStatus.FAILED, DeliveryStatus.MANUAL_TODO])
def test_card_state_is_derived_from_deliveries(ws: Workspace, status: DeliveryStatus):
    a = ws.post("状态", 1, 8, ("北京01群", "北京02群"))
    ws.services.schedule.schedule([a])
    with ws.services.db.write() as s:
        first = s.scalars(select(Delivery).where(Delivery.post_id == a)).first()
        first.status = status
    week = ws.services.calendar.week(ws.monday, ws.services.workspace.settings().slots)
    [card] = [c for c in week.cards if c.id == a]
    expected = {
        DeliveryStatus.FAILED: PostStatus.PARTLY_FAILED,
        DeliveryStatus.MANUAL_TODO: PostStatus.MANUAL_TODO,
    }[status]
    assert card.status == expected
