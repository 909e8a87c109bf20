"""A workspace with what member pages show: a mail account, members with consent, a group
with rules, topics (tags), an open survey and a verification code waiting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from desktop.domain.campaigns import CampaignKind, CampaignStatus
from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind
from desktop.domain.welcome import codes as code_rules
from desktop.services.container import Services
from desktop.services.sending.outbox import NewDelivery
from desktop.services.welcome.codes import apply_state
from desktop.store.models import (
    ConsentRecord,
    DmCampaign,
    Enrolment,
    Group,
    Member,
    MemberContact,
    Membership,
    Tag,
    WelcomeJourney,
    WelcomeTask,
    WelcomeVerification,
    WorkspaceSettings,
)
from tests.sending.helpers import add_account

CODE = "135790"
HOSTILE = "<script>alert(1)</script>\"'&{{7*7}}${x}"


@dataclass(frozen=True)
class World:
    members: dict[str, int]  # "zh" / "en" / "other" → member id
    survey: int
    group: int


def build_world(services: Services, smtp_port: int) -> World:
    db = services.db
    add_account(db, services.secrets, smtp_port)
    now = datetime.now(UTC) - timedelta(hours=1)
    with db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.brand_keyword = "拾光咖啡"
        ws.quiet_start = ws.quiet_end = "00:00"  # never in quiet hours during the test
        ws.daily_cap_per_member = 0
        s.add_all([Tag(name="咖啡课"), Tag(name="新品"), Tag(name="露营")])
        group = Group(name="拾光咖啡·北京1群", rules="友善交流\n禁止广告", red_lines="不发二维码")
        s.add(group)
        journey = WelcomeJourney(name="新人欢迎")
        s.add(journey)
        s.flush()
        members: dict[str, int] = {}
        for key, name in (("zh", "小林"), ("en", "Alex"), ("other", HOSTILE)):
            m = Member(display_name=name, dm_frequency="daily", activity_score=42)
            m.contacts = [MemberContact(channel="email", address=f"{key}@example.net")]
            s.add(m)
            s.flush()
            members[key] = m.id
            s.add(Membership(group_id=group.id, member_id=m.id))
            s.add(
                ConsentRecord(
                    member_id=m.id,
                    channel=ChannelKind.EMAIL,
                    purpose=ConsentPurpose.MARKETING,
                    granted=True,
                    source="signup form",
                    recorded_at=now,
                )
            )
            e = Enrolment(journey_id=journey.id, member_id=m.id, group_id=group.id, status="active")
            s.add(e)
            s.flush()
            s.add(WelcomeTask(enrolment_id=e.id, member_id=m.id, key="intro", title="做个自我介绍"))
            _, st = code_rules.issue(datetime.now(UTC), code=CODE)
            v = WelcomeVerification(enrolment_id=e.id, member_id=m.id)
            apply_state(v, st)
            s.add(v)
        survey = DmCampaign(
            kind=CampaignKind.SURVEY,
            name="咖啡口味调查",
            keyword="问卷",
            status=CampaignStatus.OPEN,
            intro="花一分钟告诉我们你的口味",
            questions="你最常点哪款？|拿铁|美式|手冲\n还想喝到什么？",
        )
        s.add(survey)
        s.flush()
        return World(members, survey.id, group.id)


def marketing_mail(
    services: Services, member_id: int, key: str, body: str, topic: str | None = None
) -> None:
    services.outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=datetime.now(UTC) - timedelta(seconds=1),
            idempotency_key=key,
            subject=f"本周活动 {key}",
            body=body,
            purpose=ConsentPurpose.MARKETING,
            member_id=member_id,
            template_values={},
            topic=topic,
        )
    )
