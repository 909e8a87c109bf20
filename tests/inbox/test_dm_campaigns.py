"""Surveys, lotteries and collections through DMs (D8), end to end: members write to a
real Dovecot mailbox, the app reads it, answers over SMTP to aiosmtpd, and draws."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, CampaignStatus, EntryState
from desktop.domain.enums import ConsentPurpose, MessageDirection
from desktop.domain.members.segments import SegmentFilter
from desktop.secrets import SecretStore
from desktop.services.campaigns.entries import DmCampaignEntries, DrawRefused
from desktop.services.campaigns.invites import InviteRefused, SurveyInvites
from desktop.services.campaigns.service import CampaignDraft, CampaignInvalid, DmCampaignService
from desktop.services.groups.moderation import ModerationService
from desktop.services.inbox import InboxService
from desktop.services.inbox.reply import ReplyService
from desktop.services.mail.ingest import InboxIngest
from desktop.services.members.center import MemberCenterService
from desktop.services.members.privacy import PrivacyService
from desktop.services.members.segment_messages import SegmentMessageService
from desktop.services.members.segments import SegmentService
from desktop.services.members.service import MemberService
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
from desktop.services.sending.outbox import OutboxService
from desktop.services.workspace.policy import PolicyService
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Conversation,
    DmCampaignEntry,
    Member,
    Message,
    ModerationAction,
)
from tests.inbox.conftest import Dovecot, mail
from tests.inbox.test_ingest import add_member, setup_account, sync
from tests.sending.conftest import SmtpServer

LOTTERY = CampaignDraft(
    kind=CampaignKind.LOTTERY,
    name="双十二抽奖",
    keyword="抽奖",
    intro="{name}，已为你登记「{campaign}」，开奖后私信通知。",
    winners_wanted=2,
    winner_text="恭喜{name}！你在「{campaign}」中奖了。",
)
SURVEY = CampaignDraft(
    kind=CampaignKind.SURVEY,
    name="新品口味调查",
    keyword="问卷",
    intro="谢谢{name}！请回答下面的问题：",
    questions="你最常点哪款？|拿铁|美式|手冲\n多久来一次？|每天|每周|每月\n还想喝到什么？",
)


@pytest.fixture
def campaigns(db: Database) -> DmCampaignService:
    return DmCampaignService(db)


@pytest.fixture
def entries(db: Database, outbox: OutboxService, ingest: InboxIngest) -> DmCampaignEntries:
    service = DmCampaignEntries(db, ReplyService(db, outbox))
    ingest.inbound_hooks.append(service.on_mail)
    return service


def _send_all(db: Database, secrets: SecretStore) -> None:
    config = DispatcherConfig(poll_interval=0.1)
    asyncio.run(Dispatcher(db, secrets, config=config).run(until_idle=True))


def _conversation(db: Database, member_id: int) -> Conversation:
    with db.read() as s:
        conv = s.scalar(select(Conversation).where(Conversation.member_id == member_id))
        assert conv is not None
        s.expunge(conv)
        return conv


def test_lottery_entries_are_answered_in_thread_drawn_once_and_winners_told(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    smtp_server: Callable[..., SmtpServer],
    campaigns: DmCampaignService,
    entries: DmCampaignEntries,
) -> None:
    server = smtp_server()
    user, account = setup_account(db, secrets, ingest, dovecot, server.port)
    cid = campaigns.save(LOTTERY)
    people = {
        name: add_member(db, name, f"{addr}@example.net")
        for name, addr in [("李华", "hua"), ("王芳", "fang"), ("张伟", "wei"), ("赵敏", "min")]
    }
    # Before the campaign starts, the keyword is just a message for the team.
    dovecot.deliver(user, mail("min@example.net", user, "问一下", "抽奖什么时候开始？"))
    asyncio.run(sync(ingest, account))
    assert campaigns.campaign(cid).entries == 0
    campaigns.set_status(cid, CampaignStatus.OPEN)

    first = mail("hua@example.net", user, "参加", "我要抽奖！", name="李华")
    dovecot.deliver(user, first)
    dovecot.deliver(user, mail("fang@example.net", user, "抽奖", "抽奖"))
    dovecot.deliver(user, mail("wei@example.net", user, "Re: 活动", "参加抽奖，谢谢"))
    dovecot.deliver(user, mail("hua@example.net", user, "再来", "抽奖抽奖"))  # the same member
    dovecot.deliver(user, mail("wei@example.net", user, "问题", "退款什么时候到？"))
    asyncio.run(sync(ingest, account))
    # Reading the mailbox again from scratch (a restart) adds nothing.
    with db.write() as s:
        from desktop.store.models import ImapFolderState

        s.query(ImapFolderState).delete()
    asyncio.run(sync(ingest, account))

    rows = entries.entries(cid)
    assert sorted(r.member_name for r in rows) == ["张伟", "李华", "王芳"]
    assert all(r.state == EntryState.ENTERED for r in rows)
    assert campaigns.campaign(cid).entries == 3

    _send_all(db, secrets)
    acks = [m.parsed() for m in server.handler.received]
    assert len(acks) == 3  # one answer per member, none for the second entry or the question
    to_hua = next(a for a in acks if a["To"] == "hua@example.net")
    assert to_hua["In-Reply-To"] == first["Message-ID"]
    assert "李华，已为你登记「双十二抽奖」" in to_hua.get_content()
    # The answer is in the thread; entries (a repeated one too) no longer wait for the team...
    hua_conv = _conversation(db, people["李华"])
    thread = InboxService(db).thread.messages(hua_conv.id, mark_read=False)
    assert thread[-1].direction == MessageDirection.OUTBOUND
    assert "已为你登记" in thread[-1].body_text
    assert hua_conv.waiting_since is None
    assert hua_conv.first_response_at is None  # ...but the bot is not the team's response
    # ...while a real question still does.
    assert _conversation(db, people["张伟"]).waiting_since is not None

    # A member removed for breaking a group's rules cannot win.
    with db.write() as s:
        s.add(ModerationAction(group_id=_a_group(s), member_id=people["王芳"], action="remove"))
    drawn = entries.draw(cid, seed=2026)
    expected = rules.draw_winners([people["李华"], people["张伟"]], 2, 2026)
    assert sorted(e.member_id for e in drawn) == sorted(expected)
    row = campaigns.campaign(cid)
    assert (row.status, row.draw_seed, row.winners) == (CampaignStatus.CLOSED, 2026, 2)
    with pytest.raises(DrawRefused):
        entries.draw(cid)
    _send_all(db, secrets)
    told = [m.parsed() for m in server.handler.received[3:]]
    assert sorted(t["To"] for t in told) == ["hua@example.net", "wei@example.net"]
    assert all("中奖" in t.get_content() for t in told)
    # Closed: the keyword is a plain message again.
    dovecot.deliver(user, mail("min@example.net", user, "抽奖", "抽奖"))
    asyncio.run(sync(ingest, account))
    assert campaigns.campaign(cid).entries == 3


def _a_group(s: object) -> int:
    from desktop.store.models import Group

    group = Group(name="测试群", platform="wechat")
    s.add(group)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    return group.id


def test_survey_sends_its_questions_reads_answers_and_leaves_other_messages_alone(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    smtp_server: Callable[..., SmtpServer],
    campaigns: DmCampaignService,
    entries: DmCampaignEntries,
) -> None:
    server = smtp_server()
    user, account = setup_account(db, secrets, ingest, dovecot, server.port)
    cid = campaigns.save(SURVEY)
    campaigns.set_status(cid, CampaignStatus.OPEN)
    hua = add_member(db, "李华", "hua@example.net")
    fang = add_member(db, "王芳", "fang@example.net")

    dovecot.deliver(user, mail("hua@example.net", user, "问卷", "问卷"))
    # Answers in the message that carries the keyword count too.
    dovecot.deliver(user, mail("fang@example.net", user, "问卷", "问卷 1B 2A 3 燕麦拿铁"))
    asyncio.run(sync(ingest, account))
    _send_all(db, secrets)
    questions = server.handler.received[0].parsed().get_content()
    assert "1. 你最常点哪款？" in questions and "A. 拿铁" in questions

    # A question for the team is not an answer: it waits for a person.
    dovecot.deliver(user, mail("hua@example.net", user, "Re: 问卷", "我的积分怎么查？"))
    asyncio.run(sync(ingest, account))
    assert _conversation(db, hua).waiting_since is not None
    # Half an answer gets asked again; the rest completes it.
    dovecot.deliver(user, mail("hua@example.net", user, "Re: 问卷", "1. c\n2. 每周"))
    asyncio.run(sync(ingest, account))
    dovecot.deliver(user, mail("hua@example.net", user, "Re: 问卷", "3：桂花拿铁"))
    asyncio.run(sync(ingest, account))
    _send_all(db, secrets)
    bodies = [m.parsed().get_content() for m in server.handler.received]
    assert any("还没看懂第 3 题" in b for b in bodies)
    assert sum("谢谢参与「新品口味调查」" in b for b in bodies) == 2

    by_member = {e.member_id: e for e in entries.entries(cid)}
    assert by_member[hua].answers == ("手冲", "每周", "桂花拿铁")
    assert by_member[fang].answers == ("美式", "每天", "燕麦拿铁")
    assert {e.state for e in by_member.values()} == {EntryState.ANSWERED}
    assert campaigns.campaign(cid).answered == 2
    head, rows = entries.table(cid)
    assert head[-3:] == ["你最常点哪款？", "多久来一次？", "还想喝到什么？"]
    assert sorted(r[-3] for r in rows) == ["手冲", "美式"]
    tally = rules.tally(rules.parse_questions(SURVEY.questions)[0], [r[-3:] for r in rows])
    assert [(c.option, c.count) for c in tally[0]] == [("拿铁", 0), ("美式", 1), ("手冲", 1)]


def test_collection_keeps_every_submission_for_review_and_erasure_removes_them(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    campaigns: DmCampaignService,
    entries: DmCampaignEntries,
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    draft = CampaignDraft(
        kind=CampaignKind.COLLECT,
        name="晒单有礼",
        keyword="#晒单",
        intro="收到{name}的晒单，谢谢！",
    )
    cid = campaigns.save(draft)
    campaigns.set_status(cid, CampaignStatus.OPEN)
    hua = add_member(db, "李华", "hua@example.net")
    dovecot.deliver(user, mail("hua@example.net", user, "晒单", "#晒单 第一次冲的手冲，很香"))
    dovecot.deliver(user, mail("hua@example.net", user, "晒单2", "#晒单 拉花失败了哈哈"))
    asyncio.run(sync(ingest, account))
    items = entries.entries(cid)
    assert [i.text for i in items] == ["#晒单 第一次冲的手冲，很香", "#晒单 拉花失败了哈哈"]
    entries.review(items[0].id, True)
    entries.review(items[1].id, False)
    assert [i.approved for i in entries.entries(cid)] == [True, False]
    assert campaigns.campaign(cid).answered == 1
    # Only the first submission is answered: nobody wants a thank-you per photo.
    with db.read() as s:
        answered = s.scalar(
            select(func.count())
            .select_from(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.member_id == hua, Message.direction == MessageDirection.OUTBOUND)
        )
    assert answered == 1
    privacy = PrivacyService(
        db, MemberService(db), MemberCenterService(db), ModerationService(db, PolicyService(db))
    )
    # The member's data export carries what they sent...
    sent = privacy.member_data(hua)["campaigns"]
    assert [(e["campaign"], e["text"]) for e in sent] == [("晒单有礼", i.text) for i in items]
    privacy.erase(hua, "李华")  # ...and erasing them removes it.
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DmCampaignEntry)) == 0


def test_campaigns_are_checked_before_they_are_saved(campaigns: DmCampaignService) -> None:
    cid = campaigns.save(LOTTERY)
    campaigns.set_status(cid, CampaignStatus.OPEN)
    clash = CampaignDraft(kind=CampaignKind.COLLECT, name="x", keyword=" 抽奖 ", intro="好")
    with pytest.raises(CampaignInvalid) as err:
        campaigns.save(clash)
    assert any("双十二抽奖" in p for p in err.value.problems)
    bad = CampaignDraft(
        kind=CampaignKind.SURVEY,
        name="调查",
        keyword="调查",
        intro="你好{nmae}",
        questions="只有|一个",
    )
    problems = campaigns.problems(bad)
    assert any(p.startswith("answer:") and "nmae" in p for p in problems)
    assert any(p.startswith("questions:") for p in problems)
    assert campaigns.problems(CampaignDraft(CampaignKind.LOTTERY, "抽", "抽", "好")) == [
        "winner text: empty",
        "winners: at least one",
    ]
    # A survey's own wording is checked with the variables it may use.
    again = CampaignDraft(
        CampaignKind.SURVEY, "问", "问", "好", questions="几？|一|二", again_text="第{missin}题？"
    )
    assert campaigns.problems(again) == ["again: unknown_variable {missin}"]
    # A keyword members would use to opt out cannot also enter them in a draw.
    td = CampaignDraft(CampaignKind.LOTTERY, "x", "TD", "好", winners_wanted=1, winner_text="中")
    assert campaigns.problems(td) == ["keyword: reads as unsubscribe"]
    # A closed campaign frees its keyword.
    campaigns.set_status(cid, CampaignStatus.CLOSED)
    assert campaigns.problems(clash) == []


def test_a_survey_mailed_to_a_segment_reads_the_replies_as_answers(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    outbox: OutboxService,
    smtp_server: Callable[..., SmtpServer],
    campaigns: DmCampaignService,
    entries: DmCampaignEntries,
) -> None:
    server = smtp_server()
    user, account = setup_account(db, secrets, ingest, dovecot, server.port)
    hua = add_member(db, "李华", "hua@example.net")
    add_member(db, "王芳", "fang@example.net")
    with db.write() as s:
        s.add(Member(display_name="没有邮箱的人"))
        for member_id in (hua, hua + 1):
            s.add(
                ConsentRecord(
                    member_id=member_id,
                    channel="email",
                    purpose=ConsentPurpose.MARKETING,
                    granted=True,
                    source="test",
                )
            )
    segments = SegmentService(db)
    everyone = segments.save("全部", SegmentFilter())
    invites = SurveyInvites(db, segments, SegmentMessageService(db, segments, outbox))
    cid = campaigns.save(SURVEY)
    with pytest.raises(InviteRefused):  # a draft asks nobody
        invites.invite(cid, everyone, "口味调查")
    campaigns.set_status(cid, CampaignStatus.OPEN)

    result = invites.invite(cid, everyone, "邀请你参加口味调查")
    assert (result.members, result.invited, result.no_email) == (3, 2, 1)
    _send_all(db, secrets)
    sent = {m.parsed()["To"]: m.parsed() for m in server.handler.received}
    assert set(sent) == {"hua@example.net", "fang@example.net"}
    to_hua = sent["hua@example.net"]
    assert "谢谢李华！" in to_hua.get_content() and "1. 你最常点哪款？" in to_hua.get_content()
    # Asking again asks nobody twice.
    again = invites.invite(cid, everyone, "邀请你参加口味调查")
    assert (again.invited, again.already) == (0, 2)

    answer = mail(
        "hua@example.net",
        user,
        "Re: 邀请你参加口味调查",
        "1A 2B 3 桂花拿铁\n\n> 1. 你最常点哪款？\n>    A. 拿铁",
        in_reply_to=to_hua["Message-ID"],
    )
    dovecot.deliver(user, answer)
    asyncio.run(sync(ingest, account))
    by_member = {e.member_id: e for e in entries.entries(cid)}
    assert by_member[hua].state == EntryState.ANSWERED
    assert by_member[hua].answers == ("拿铁", "每周", "桂花拿铁")
    assert by_member[hua].text.startswith("1A 2B 3 桂花拿铁")  # what they sent, for the table
    assert by_member[hua].conversation_id == _conversation(db, hua).id
    assert by_member[hua + 1].state == EntryState.AWAITING_ANSWERS
    _send_all(db, secrets)
    assert len(server.handler.received) == 3  # the thank-you
    assert "谢谢参与" in server.handler.received[-1].parsed().get_content()
