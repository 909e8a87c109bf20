"""Topics (workspace tags) a member chose filter marketing at send time, and a segment
mail can name its topic."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from desktop.domain.enums import ConsentPurpose
from desktop.domain.members.segments import SegmentFilter
from desktop.domain.sending.consent import ConsentEvent
from desktop.domain.sending.rules import (
    MemberPrefs,
    Outgoing,
    Reason,
    Send,
    SendPolicy,
    Skip,
    decide,
)
from desktop.services.container import Services
from desktop.services.members.segment_messages import SegmentMessage
from desktop.store.models import Delivery, Member

NOW = datetime(2026, 3, 3, 12, 0, tzinfo=UTC)
GRANT = (ConsentEvent("email", ConsentPurpose.MARKETING, True, datetime(2026, 1, 1, tzinfo=UTC)),)
POLICY = SendPolicy(quiet_start="00:00", quiet_end="00:00", daily_cap=None)


def _decide(topics: frozenset[str] | None, topic: str | None, purpose: ConsentPurpose) -> object:
    prefs = MemberPrefs(topics=topics)
    return decide(NOW, Outgoing("email", purpose, topic=topic), prefs, GRANT, [], POLICY)


def test_only_chosen_topics_reach_a_member_who_chose() -> None:
    chosen = frozenset({"咖啡课"})
    assert _decide(chosen, "露营", ConsentPurpose.MARKETING) == Skip(Reason.TOPIC, "露营")
    assert _decide(chosen, "咖啡课", ConsentPurpose.MARKETING) == Send()
    assert _decide(chosen, None, ConsentPurpose.MARKETING) == Send()  # no topic named
    assert _decide(None, "露营", ConsentPurpose.MARKETING) == Send()  # never chose: all
    assert _decide(frozenset(), "露营", ConsentPurpose.MARKETING) == Skip(Reason.TOPIC, "露营")
    assert _decide(chosen, "露营", ConsentPurpose.SERVICE) == Send()  # service is not marketing


def test_a_segment_mail_carries_its_topic_into_the_outbox(services: Services) -> None:
    with services.db.write() as s:
        m = Member(display_name="小林")
        s.add(m)
        s.flush()
        member_id = m.id
    msg = SegmentMessage(
        flt=SegmentFilter(),
        subject="露营季",
        body="你好 {name}",
        purpose=ConsentPurpose.MARKETING,
        due_at=NOW,
        campaign_id="camp1",
        topic="露营",
    )
    services.segment_messages.send_to(msg, {member_id: "小林"})
    with services.db.read() as s:
        assert s.scalar(select(Delivery.topic)) == "露营"
