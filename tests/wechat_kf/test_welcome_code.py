"""A verification code typed in WeChat verifies (W3), as one typed in a mail or Matrix DM."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from desktop.domain.enums import ContactChannel, Lifecycle, Platform
from desktop.services.welcome.journeys import JourneyEditor
from desktop.store.models import Delivery, Group, KfSession, Member, MemberContact

from .conftest import KfEnv


def test_a_code_typed_in_wechat_verifies_the_member(kf_env: KfEnv) -> None:
    services = kf_env.services
    kf_env.user_says("wmNia", "你好，我刚进群")
    kf_env.sync()
    with services.db.read() as s:
        member_id = s.scalar(select(KfSession.member_id))
    assert member_id is not None
    # Journeys reach people by mail (or Matrix); the code comes back through WeChat.
    with services.db.write() as s:
        s.add(
            MemberContact(
                member_id=member_id, channel=ContactChannel.EMAIL, address="nia@example.net"
            )
        )
    journey = JourneyEditor(services.db).create_default()
    with services.db.write() as s:
        group = Group(name="咖啡研习社 2 群", platform=Platform.WECOM, journey_id=journey)
        s.add(group)
        s.flush()
        group_id = group.id
    services.welcome.join(member_id, group_id)
    services.welcome_runner.run_once(datetime.now(UTC) + timedelta(minutes=11))
    with services.db.read() as s:
        values = [
            v
            for v in s.scalars(
                select(Delivery.template_values).where(Delivery.member_id == member_id)
            )
            if v and "code" in v
        ]
    assert values, "the journey's invitation carries a code"
    with services.db.read() as s:
        before = s.get(Member, member_id)
        assert before is not None and before.lifecycle == Lifecycle.INVITED
    kf_env.user_says("wmNia", f"验证码 {values[0]['code']}")
    kf_env.sync()
    with services.db.read() as s:
        member = s.get(Member, member_id)
        assert member is not None and member.lifecycle != Lifecycle.INVITED
