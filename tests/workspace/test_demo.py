"""The demo workspace is realistic and self-consistent."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select

from desktop.domain.enums import GroupType
from desktop.domain.groups.naming import check_group_name
from desktop.services.container import Services
from desktop.store.models import Conversation, Group, Message


def test_demo_groups_follow_the_naming_rule_and_cover_both_types(demo_services: Services) -> None:
    keyword = demo_services.workspace.settings().brand_keyword
    rows = demo_services.groups.list(include_archived=True)
    assert len(rows) == 8
    assert {r.group_type for r in rows} == {GroupType.LONG_TERM, GroupType.CAMPAIGN}
    for r in rows:
        assert check_group_name(r.name, keyword).ok, r.name


def test_demo_threads_are_in_the_past_and_summaries_match(demo_services: Services) -> None:
    now = datetime.now(UTC)
    with demo_services.db.read() as s:
        latest = dict(
            s.execute(
                select(Message.conversation_id, func.max(Message.sent_at)).group_by(
                    Message.conversation_id
                )
            ).all()
        )
        for conv in s.scalars(select(Conversation)):
            last = (
                latest[conv.id].replace(tzinfo=UTC)
                if latest[conv.id].tzinfo is None
                else latest[conv.id]
            )
            assert conv.last_message_at == last
            assert conv.last_message_at <= now
            assert (
                conv.first_inbound_at is not None and conv.first_inbound_at <= conv.last_message_at
            )
        assert s.scalar(select(func.count()).select_from(Group)) == 8


def test_demo_uses_reserved_example_addresses(demo_services: Services) -> None:
    page = demo_services.members.page(limit=500)
    assert page.rows and all(r.email.endswith("@example.com") for r in page.rows)


def test_demo_lifecycle_and_activity_agree(demo_services: Services) -> None:
    """Lifecycle and activity come from the same interactions, by the janitor's own rules:
    running the rules over the demo changes nobody."""
    from sqlalchemy import select

    from desktop.domain.enums import Lifecycle
    from desktop.domain.members.lifecycle import LifecycleRules
    from desktop.store.models import Member

    with demo_services.db.read() as s:
        before = {m.id: (m.lifecycle, m.activity_score) for m in s.scalars(select(Member))}
    silent = [v for v in before.values() if v[0] == Lifecycle.SILENT]
    active = [v for v in before.values() if v[0] == Lifecycle.ACTIVE]
    assert silent and active
    assert max(score for _, score in silent) < min(score for _, score in active)
    assert all(score >= 5 for _, score in active)  # an interaction in the last 30 days
    assert demo_services.member_center.apply_lifecycle(LifecycleRules()) == 0
    with demo_services.db.read() as s:
        after = {m.id: (m.lifecycle, m.activity_score) for m in s.scalars(select(Member))}
    assert after == before


def test_demo_has_canned_replies_to_try(demo_services: Services) -> None:
    rows = demo_services.replies.canned("")
    assert len(rows) >= 3
    assert any("拾光咖啡" in r.body and "{name}" in r.body for r in rows)
