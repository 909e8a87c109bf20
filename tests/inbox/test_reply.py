"""Replying: outbox → real SMTP sink; the member's answer threads back; checks before sending."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import select

from desktop.domain.enums import DeliveryStatus, MessageDirection
from desktop.domain.sending.consent import ConsentVerdict
from desktop.secrets import SecretStore
from desktop.services.inbox import InboxService
from desktop.services.inbox.reply import ReplyBlocked, ReplyService
from desktop.services.mail.ingest import InboxIngest
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
from desktop.services.sending.outbox import OutboxService
from desktop.store.db import Database
from desktop.store.models import Conversation, Message
from tests.inbox.conftest import Dovecot, mail
from tests.inbox.test_ingest import add_member, setup_account, sync
from tests.sending.conftest import SmtpServer


def _deliver_reply(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    outbox: OutboxService,
    smtp_server: Callable[..., SmtpServer],
) -> tuple[SmtpServer, str, int, str, str]:
    server = smtp_server()
    user, account = setup_account(db, secrets, ingest, dovecot, server.port)
    member = add_member(db, "李华", "hua@example.net")
    first = mail("hua@example.net", user, "发票问题", "发票还没收到", name="李华")
    dovecot.deliver(user, first)
    asyncio.run(sync(ingest, account))
    with db.read() as s:
        conv_id = s.scalar(select(Conversation.id).where(Conversation.member_id == member))
    assert conv_id is not None
    replies = ReplyService(db, outbox)
    sent = replies.send(conv_id, "您好，发票今天寄出。")
    asyncio.run(
        Dispatcher(db, secrets, config=DispatcherConfig(poll_interval=0.1)).run(until_idle=True)
    )
    assert server.handler.count() == 1
    return server, user, conv_id, first["Message-ID"], sent.rfc_message_id


def test_reply_goes_out_and_the_members_answer_threads_back(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    outbox: OutboxService,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    server, user, conv_id, first_id, reply_id = _deliver_reply(
        db, secrets, ingest, dovecot, outbox, smtp_server
    )
    out = server.handler.received[0].parsed()
    assert out["To"] == "hua@example.net"
    assert out["Message-ID"] == reply_id
    assert out["Subject"] == "Re: 发票问题"
    assert "发票今天寄出" in out.get_content()
    # The thread shows the delivery state of the reply.
    msgs = InboxService(db).thread.messages(conv_id, mark_read=False)
    assert msgs[-1].direction == MessageDirection.OUTBOUND
    assert msgs[-1].delivery_status == DeliveryStatus.SENT
    # The member answers our mail: In-Reply-To is our Message-ID → the same conversation.
    (account,) = ingest.imap_accounts()
    answer = mail(
        "hua@example.net",
        user,
        "Re: 发票问题",
        "收到，谢谢",
        in_reply_to=reply_id,
        references=f"{first_id} {reply_id}",
    )
    dovecot.deliver(user, answer)
    assert asyncio.run(sync(ingest, account)) == 1
    with db.read() as s:
        m = s.scalar(select(Message).where(Message.body_text.like("收到，谢谢%")))
        assert m is not None and m.conversation_id == conv_id
        conv = s.get(Conversation, conv_id)
        assert conv is not None and conv.first_response_at is not None and conv.waiting_since


def test_reply_carries_threading_headers(
    db: Database,
    secrets: SecretStore,
    ingest: InboxIngest,
    dovecot: Dovecot,
    outbox: OutboxService,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    server, _user, _conv, first_id, _reply = _deliver_reply(
        db, secrets, ingest, dovecot, outbox, smtp_server
    )
    out = server.handler.received[0].parsed()
    assert out["In-Reply-To"] == first_id
    assert first_id in (out["References"] or "")


def test_banned_words_need_confirmation_and_marketing_needs_consent(
    db: Database, outbox: OutboxService
) -> None:
    member = add_member(db, "周", "zhou@example.net")
    with db.write() as s:
        conv = Conversation(member_id=member, subject="咨询")
        s.add(conv)
        s.flush()
        conv_id = conv.id
    replies = ReplyService(db, outbox)
    replies.set_banned_words(["第一", "绝对", " 第一 ", ""])
    assert replies.banned_words() == ["第一", "绝对"]
    check = replies.check(conv_id, "我们的咖啡全国第一，绝对好喝")
    assert [(h.word, h.start) for h in check.banned] == [("第一", 7), ("绝对", 10)]
    with pytest.raises(ReplyBlocked) as info:
        replies.send(conv_id, "我们的咖啡全国第一")
    assert info.value.check.needs_confirmation
    replies.send(conv_id, "我们的咖啡全国第一", confirmed=True)  # the operator insisted
    marketing = replies.check(conv_id, "双十一全场五折", marketing=True)
    assert marketing.consent == ConsentVerdict.NO_CONSENT and marketing.blocking
    with pytest.raises(ReplyBlocked):
        replies.send(conv_id, "双十一全场五折", marketing=True, confirmed=True)
    outbox.resubscribe(member, source="表单同意")
    assert not replies.check(conv_id, "双十一全场五折", marketing=True).blocking


def test_canned_replies_fill_member_variables(db: Database, outbox: OutboxService) -> None:
    member = add_member(db, "陈静", "jing@example.net")
    with db.write() as s:
        conv = Conversation(member_id=member)
        s.add(conv)
        s.flush()
        conv_id = conv.id
    replies = ReplyService(db, outbox)
    replies.save_canned("tk", "退款流程", "{name}您好，退款将在3个工作日内原路退回。")
    replies.save_canned("fp", "发票", "{name}您好，发票已开具。")
    assert [c.shortcut for c in replies.canned("t")] == ["tk"]
    assert replies.fill(replies.canned("tk")[0].body, conv_id) == (
        "陈静您好，退款将在3个工作日内原路退回。"
    )
