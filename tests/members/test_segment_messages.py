"""A DM to every member of a segment, through the outbox, once per campaign."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind
from desktop.domain.members.segments import SegmentFilter
from desktop.services.container import Services
from desktop.services.members.segment_messages import (
    SegmentMessage,
    SegmentMessageError,
    delivery_key,
    new_campaign_id,
)
from desktop.services.members.service import MemberDraft
from desktop.store.models import Delivery

WHEN = datetime(2026, 11, 24, 2, tzinfo=UTC)


def _msg(flt: SegmentFilter, campaign: str, **kw: object) -> SegmentMessage:
    base: dict[str, object] = {
        "flt": flt,
        "subject": "{name}，新品到了",
        "body": "{name} 你好，本周新品上架。",
        "purpose": ConsentPurpose.MARKETING,
        "due_at": WHEN,
        "campaign_id": campaign,
    }
    return SegmentMessage(**(base | kw))  # type: ignore[arg-type]


def test_one_dm_per_member_with_email_and_no_duplicates(services: Services) -> None:
    a = services.members.save(MemberDraft(name="甲", email="a@example.com", tags=["咖啡"]))
    b = services.members.save(MemberDraft(name="乙", email="b@example.com", tags=["咖啡"]))
    services.members.save(MemberDraft(name="丙", phone="13800000000", tags=["咖啡"]))
    services.members.save(MemberDraft(name="丁", email="d@example.com", tags=["茶"]))
    flt = SegmentFilter(tags=("咖啡",))
    assert services.segment_messages.reach(flt) == (3, 1)
    campaign = new_campaign_id()
    result = services.segment_messages.send(_msg(flt, campaign))
    assert (result.members, result.queued, result.no_email) == (3, 2, 1)
    with services.db.read() as s:
        rows = list(s.scalars(select(Delivery).order_by(Delivery.member_id)))
    assert [r.member_id for r in rows] == [a, b]
    d = rows[0]
    assert d.kind == DeliveryKind.DM and d.channel == ChannelKind.EMAIL
    assert d.purpose == ConsentPurpose.MARKETING
    assert d.template_values == {"name": "甲"}
    assert d.idempotency_key == delivery_key(campaign, a)
    again = services.segment_messages.send(_msg(flt, campaign))  # a retry: nothing new
    assert (again.queued, again.already_queued) == (0, 2)
    other = services.segment_messages.send(
        _msg(flt, new_campaign_id(), purpose=ConsentPurpose.SERVICE)
    )
    assert other.queued == 2
    with services.db.read() as s:
        assert len(list(s.scalars(select(Delivery.id)))) == 4


def test_bad_templates_and_naive_times_are_refused(services: Services) -> None:
    services.members.save(MemberDraft(name="甲", email="a@example.com"))
    flt = SegmentFilter()
    with pytest.raises(SegmentMessageError) as err:
        services.segment_messages.send(_msg(flt, "c1", body="你好 {nmae"))
    assert set(err.value.problems) == {"body"}
    with pytest.raises(SegmentMessageError) as err:
        services.segment_messages.send(_msg(flt, "c1", subject="{group}", body=""))
    assert set(err.value.problems) == {"subject", "body"}
    with pytest.raises(SegmentMessageError) as err:
        services.segment_messages.send(_msg(flt, "c1", due_at=datetime(2026, 11, 24, 9)))
    assert set(err.value.problems) == {"due_at"}
    with services.db.read() as s:
        assert list(s.scalars(select(Delivery.id))) == []
