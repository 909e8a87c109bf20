"""The queue: filters, sorts with keyset paging, snooze, labels, feedback, team figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop.domain.enums import ConversationStatus, MessageDirection, Priority
from desktop.domain.inbox import sla
from desktop.services.container import Services
from desktop.services.inbox import QueueFilter, QueueSort, SlaSettings
from desktop.store.models import Conversation, Message


def _all(services: Services, flt: QueueFilter, limit: int = 7) -> list[int]:
    ids, cursor = [], None
    while True:
        page = services.inbox.queue.page(cursor, limit=limit, flt=flt)
        ids += [r.id for r in page.rows]
        cursor = page.cursor
        if cursor is None:
            return ids


def test_filters_and_sorts_page_without_gaps(demo_services: Services) -> None:
    inbox = demo_services.inbox
    everything = _all(demo_services, QueueFilter())
    assert len(everything) == len(set(everything)) == 60
    by_priority = _all(demo_services, QueueFilter(sort=QueueSort.PRIORITY))
    rows = [inbox.queue.row(i) for i in by_priority]
    ranks = [
        {Priority.URGENT: 0, Priority.IMPORTANT: 1, Priority.NORMAL: 2}[r.priority] for r in rows
    ]
    assert sorted(by_priority) == sorted(everything) and ranks == sorted(ranks)
    waiting = _all(demo_services, QueueFilter(sort=QueueSort.WAITING))
    assert sorted(waiting) == sorted(everything)
    ws = [inbox.queue.row(i).waiting_since for i in waiting]
    known = [w for w in ws if w is not None]
    assert known == sorted(known) and ws[: len(known)] == known  # waiting first, oldest first
    urgent = _all(demo_services, QueueFilter(urgent=True))
    assert urgent and all(inbox.queue.row(i).priority == Priority.URGENT for i in urgent)
    unassigned = _all(demo_services, QueueFilter(unassigned=True))
    assert all(inbox.queue.row(i).assignee_id is None for i in unassigned)
    op_id, _name = inbox.thread.operators()[0]
    inbox.thread.assign(everything[0], op_id)
    mine = _all(demo_services, QueueFilter(assignee_id=op_id))
    assert everything[0] in mine and all(inbox.queue.row(i).assignee_id == op_id for i in mine)
    inbox.thread.set_labels(everything[0], ["加急跟进", "VIP客户"])
    label_id = next(lb.id for lb in inbox.thread.labels() if lb.name == "加急跟进")
    assert _all(demo_services, QueueFilter(label_id=label_id)) == [everything[0]]
    assert set(inbox.queue.row(everything[0]).labels) == {"加急跟进", "VIP客户"}


def test_snooze_wakes_up_and_feedback_is_marked(demo_services: Services) -> None:
    inbox = demo_services.inbox
    conv = inbox.queue.page(limit=1).rows[0].id
    inbox.thread.snooze(conv, datetime.now(UTC) - timedelta(minutes=1))
    assert inbox.queue.row(conv).status == ConversationStatus.SNOOZED
    assert inbox.thread.wake_snoozed() >= 1
    assert inbox.queue.row(conv).status == ConversationStatus.OPEN
    first_in = next(
        m for m in inbox.thread.messages(conv) if m.direction == MessageDirection.INBOUND
    )
    inbox.thread.set_feedback(first_in.id)
    assert next(m for m in inbox.thread.messages(conv) if m.id == first_in.id).is_feedback


def test_sla_settings_summary_and_team_figures(demo_services: Services) -> None:
    inbox = demo_services.inbox
    inbox.figures.save_sla_settings(SlaSettings(30, 600, 10, "00:00", "00:00", tuple(range(7))))
    assert inbox.figures.sla_settings().first_response_minutes == 30
    now = datetime.now(UTC)
    op_id, name = inbox.thread.operators()[0]
    with demo_services.db.write() as s:
        c = Conversation(
            member_id=1,
            status=ConversationStatus.OPEN,
            waiting_since=now - timedelta(hours=2),
            first_inbound_at=now - timedelta(hours=3),
            first_response_at=now - timedelta(hours=2, minutes=30),
            resolved_at=now - timedelta(hours=1),
            assignee_id=op_id,
        )
        s.add(c)
        s.flush()
        s.add(
            Message(
                conversation_id=c.id,
                direction="out",
                author_operator_id=op_id,
                body_text="好的",
                sent_at=now - timedelta(minutes=5),
            )
        )
    summary = inbox.figures.sla_summary()
    assert summary.breached >= 1
    stats = {st.operator_id: st for st in inbox.figures.team_stats(now - timedelta(hours=4), now)}
    mine = stats[op_id]
    assert mine.name == name and mine.conversations == 1 and mine.replies >= 1
    assert mine.first_response_median == timedelta(minutes=30)
    assert mine.resolution_median == timedelta(hours=2)
    row = inbox.queue.row(c.id)
    assert row.badge.state == sla.SlaState.BREACHED


def test_row_badges_match_the_domain_rule(demo_services: Services) -> None:
    """The queue's cached deadlines give exactly ``sla.first_response_badge``'s answer."""
    inbox = demo_services.inbox
    settings = inbox.figures.sla_settings()
    now = inbox.figures.now()
    first = inbox.queue.page(limit=3).rows
    with demo_services.db.write() as s:  # one waiting a while, one just now
        for conv_id, ago in ((first[0].id, 300), (first[1].id, 1)):
            conv = s.get(Conversation, conv_id)
            assert conv is not None
            conv.status, conv.waiting_since = ConversationStatus.OPEN, now - timedelta(minutes=ago)
    rows = (
        inbox.queue.page(limit=100).rows + inbox.queue.page(limit=100).rows
    )  # the second hits the cache
    active = (ConversationStatus.OPEN, ConversationStatus.PENDING)
    assert any(r.badge.state != sla.SlaState.NONE for r in rows)
    for r in rows:
        expected = (
            sla.first_response_badge(r.waiting_since, now, settings.standard(), settings.hours())
            if r.status in active
            else sla.Badge(sla.SlaState.NONE)
        )
        assert (r.badge.state, r.badge.deadline) == (expected.state, expected.deadline)
