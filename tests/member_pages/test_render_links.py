"""The member's links in a message as sent: every placeholder filled, HTML escaped, and
the marketing footer and List-Unsubscribe pointing at the one-click link."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.channels.mail_message import EmailConfig, TlsMode, build_email
from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind
from desktop.domain.sending.rules import MemberPrefs, SendPolicy
from desktop.services.container import Services
from desktop.services.member_pages import MemberLinks, Purpose
from desktop.services.sending.batch_types import Batch, ClaimedItem, MemberContext, WorkspaceInfo
from desktop.services.sending.dispatcher import Dispatcher
from desktop.services.sending.render import (
    UnsubscribeTargets,
    member_links_for,
    render_message,
)
from desktop.store.models import Member
from tests.sending.conftest import memory_keyring  # noqa: F401

LINKS = MemberLinks(
    center="https://club.example.org/m/c/abc",
    preferences="https://club.example.org/m/p/def",
    unsubscribe="https://club.example.org/m/u/g&h",
)
WS = WorkspaceInfo("拾光", "拾光", SendPolicy(), None)
MEMBER = MemberContext("小林", MemberPrefs(), ())
TARGETS = UnsubscribeTargets("club@example.org", None)


def _item(body: str, html: str | None, values: dict[str, str] | None) -> ClaimedItem:
    return ClaimedItem(
        id=1,
        key="k1",
        kind=DeliveryKind.DM,
        channel=ChannelKind.EMAIL,
        account_id=None,
        purpose=ConsentPurpose.MARKETING,
        member_id=7,
        recipient="m7@example.net",
        subject="新品",
        body=body,
        body_html=html,
        template_values=values,
        attempts=0,
        last_error=None,
    )


def test_templates_and_passed_through_placeholders_get_the_members_links() -> None:
    item = _item(
        "{name}：{center_link} {preferences_link}",
        "<p>{center_link}</p><a href='{unsubscribe}'>x</a>",
        {},
    )
    msg = render_message(item, MEMBER, WS, TARGETS, LINKS)
    assert msg.text.startswith("小林：https://club.example.org/m/c/abc https://club.example")
    assert "https://club.example.org/m/u/g&amp;h" in (msg.html or "")
    # Text rendered earlier by a producer keeps the placeholders for this moment.
    early = render_message(_item("中心：{center_link}", None, None), MEMBER, WS, TARGETS, LINKS)
    assert early.text.startswith("中心：https://club.example.org/m/c/abc")
    mail = build_email(
        msg,
        EmailConfig(host="h", port=25, tls=TlsMode.NONE, from_addr="club@example.org"),
    )
    assert "<https://club.example.org/m/u/g&h>" in mail["List-Unsubscribe"]
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_without_links_no_placeholder_is_left_in_a_post() -> None:
    msg = render_message(_item("活动：{center_link}", None, None), None, WS, TARGETS, None)
    assert "{center_link}" not in msg.text


@pytest.mark.usefixtures("memory_keyring")
def test_chat_deliveries_get_short_links_and_mail_the_signed_ones(services: Services) -> None:
    with services.db.write() as s:
        m = Member(display_name="小林")
        s.add(m)
        s.flush()
        member = m.id
    mail = replace(_item("x", None, {}), member_id=member)
    chat = replace(mail, id=2, key="k2", channel=ChannelKind.MATRIX)
    ws = replace(WS, pages_base_url="https://club.example.org")
    batch = Batch([mail, chat], {}, {}, {}, ws)
    out = Dispatcher(services.db, services.secrets)._with_links(batch)
    assert out.links[member].center.startswith("https://club.example.org/m/c/")
    token = out.links[member].center.rsplit("/", 1)[1]
    assert services.member_links.check(token, Purpose.CENTER) == member
    short = out.short_links[member].center
    assert short.startswith("https://club.example.org/s/") and len(short) < 40


def test_campaign_texts_may_carry_the_members_links(services: Services) -> None:
    from desktop.domain.campaigns import CampaignKind
    from desktop.services.campaigns.service import CampaignDraft

    draft = CampaignDraft(
        CampaignKind.SURVEY,
        "口味调查",
        "口味",
        "也可以在这里回答：{center_link}",
        questions="几？|一|二",
        thanks_text="谢谢！偏好：{preferences_link}",
    )
    assert services.campaigns.problems(draft) == []


@pytest.mark.usefixtures("memory_keyring")
@pytest.mark.parametrize(
    "chat",
    [
        ChannelKind.WECHAT_KF,
        ChannelKind.WECOM,
        ChannelKind.WEBHOOK,
        ChannelKind.MANUAL,
        ChannelKind.TELEGRAM,
    ],
)
def test_wechat_and_other_chat_messages_carry_short_links(
    services: Services, chat: ChannelKind
) -> None:
    with services.db.write() as s:
        m = Member(display_name="小林")
        s.add(m)
        s.flush()
        member = m.id
    mail = replace(_item("中心：{center_link}", None, {}), member_id=member)
    line = replace(mail, id=2, key="k2", channel=chat)
    ws = replace(WS, pages_base_url="https://club.example.org")
    batch = Dispatcher(services.db, services.secrets)._with_links(
        Batch([mail, line], {}, {}, {}, ws)
    )
    sent = render_message(line, MEMBER, ws, TARGETS, member_links_for(line, batch))
    short = sent.text.split("中心：", 1)[1].split()[0]
    assert short.startswith("https://club.example.org/s/") and len(short) < 40
    assert sent.html is None  # only Matrix shows a formatted body
    as_mail = render_message(mail, MEMBER, ws, TARGETS, member_links_for(mail, batch))
    assert "https://club.example.org/m/c/" in as_mail.text
