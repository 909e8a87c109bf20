""" "Download my data" from the personal center, through the running pages: the member's
own data and what was done to them, none of the team's notes, labels or names."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from desktop.domain.enums import ChannelKind, ConsentPurpose, Role
from desktop.domain.groups.moderation import ModAction
from desktop.services.member_pages import Purpose
from desktop.store.models import ConsentRecord, Member, Membership, Operator
from tests.member_pages.conftest import Pages
from tests.member_pages.http import call

TEAM_ONLY = {
    "notes": "爱抱怨，回复前先问组长",
    "tag": "高价值-流失风险",
    "source": "地推-朝阳大悦城",
    "saved_by": "陈可乐",
    "strike_note": "第二次发外链，盯紧",
    "strike_operator": "林小满",
    "consent_note": "电话确认（赵运营）",
    "journey": "新人欢迎",
}


def test_my_data_holds_what_the_member_gave_and_none_of_the_teams_notes(pages: Pages) -> None:
    services = pages.services
    member, group = pages.world.members["zh"], pages.world.group
    draft = services.members.profile(member).draft
    services.members.save(
        replace(
            draft,
            phone="13800138000",
            wechat="xiaolin_coffee",
            tags=[TEAM_ONLY["tag"]],
            source=TEAM_ONLY["source"],
            notes=TEAM_ONLY["notes"],
        ),
        base=draft,
    )
    with services.db.write() as s:
        operator = Operator(name=TEAM_ONLY["strike_operator"])
        s.add(operator)
        s.flush()
        operator_id = operator.id
        s.execute(update(Member).where(Member.id == member).values(saved_by=TEAM_ONLY["saved_by"]))
        s.execute(
            update(Membership).where(Membership.member_id == member).values(role=Role.ATMOSPHERE)
        )
        s.add(
            ConsentRecord(
                member_id=member,
                channel=ChannelKind.EMAIL,
                purpose=ConsentPurpose.SERVICE,
                granted=True,
                source=TEAM_ONLY["consent_note"],
                recorded_at=datetime.now(UTC) - timedelta(minutes=5),
            )
        )
    services.moderation.record(
        group,
        member,
        "禁止广告",
        action=ModAction.WARN,
        note=TEAM_ONLY["strike_note"],
        operator_id=operator_id,
    )
    services.member_actions.unsubscribe(member, "page")

    token = services.member_links.sign(member, Purpose.CENTER)
    reply = call(f"{pages.base_url}/m/c/{token}/data")
    assert reply.status == 200
    assert "attachment" in reply.headers["Content-Disposition"]
    for what, value in TEAM_ONLY.items():
        assert value not in reply.text, what
    data = json.loads(reply.text)
    assert set(data) == {
        "profile",
        "activity_score",
        "preferences",
        "groups",
        "consent",
        "moderation",
        "timeline",
        "campaigns",
        "exported_at",
    }  # no lifecycle label, no version
    assert data["profile"] == {
        "name": "小林",
        "email": "zh@example.net",
        "phone": "+8613800138000",
        "wechat": "xiaolin_coffee",
        "birthday": None,
    }
    assert data["groups"] == [{"group": "拾光咖啡·北京1群", "role": "member"}]
    assert [(m["group"], m["action"], m["rule"]) for m in data["moderation"]] == [
        ("拾光咖啡·北京1群", "warn", "禁止广告")
    ]
    assert {(c["purpose"], c["granted"], c["how"]) for c in data["consent"]} == {
        ("marketing", True, "recorded by the team"),  # the signup form
        ("service", True, "recorded by the team"),
        ("marketing", False, "unsubscribe link"),
    }
    assert data["preferences"]["frequency"] == "daily"
    kinds = {e["kind"] for e in data["timeline"]}
    assert {"joined", "moderation", "consent", "welcome"} <= kinds
