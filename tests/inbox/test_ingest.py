"""Receiving over IMAP from a real Dovecot: threading, members, restarts, faults, unsubscribe."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from desktop.channels.imap import ImapMailbox
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    DeliveryStatus,
    MessageDirection,
)
from desktop.domain.sending.backoff import RetryPolicy
from desktop.secrets import SecretStore
from desktop.services.mail.accounts import AccountService
from desktop.services.mail.imap_settings import ImapAccount, ImapStatus
from desktop.services.mail.ingest import FROM_INBOX, InboxIngest
from desktop.services.mail.poller import InboxPoller
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Conversation,
    Delivery,
    Member,
    MemberContact,
    Message,
    MessageAttachment,
)
from tests.inbox.conftest import PASSWORD, Dovecot, imap_config, mail
from tests.sending.helpers import email_config


def setup_account(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot, smtp_port: int = 25
) -> tuple[str, ImapAccount]:
    user = dovecot.add_user()
    cfg = email_config(smtp_port)
    cfg = type(cfg)(**{**cfg.__dict__, "from_addr": user})
    account_id = AccountService(db, secrets).save_email("客服邮箱", cfg, None).account_id
    ingest.save_imap(account_id, imap_config(dovecot, user), PASSWORD)
    (account,) = [a for a in ingest.imap_accounts() if a.account_id == account_id]
    return user, account


async def sync(ingest: InboxIngest, account: ImapAccount, limit: int | None = None) -> int:
    box = ImapMailbox(account.config, ingest.password_for(account))
    await box.open()
    try:
        return await ingest.sync_mailbox(box, account, limit=limit)
    finally:
        await box.close()


def add_member(db: Database, name: str, address: str) -> int:
    with db.write() as s:
        m = Member(display_name=name, quiet_start="00:00", quiet_end="00:00", dm_frequency="daily")
        m.contacts = [MemberContact(channel=ContactChannel.EMAIL, address=address)]
        s.add(m)
        s.flush()
        return m.id


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        msgs = s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))
        ids = s.scalar(select(func.count(func.distinct(Message.external_id))))
        return int(msgs or 0), int(ids or 0)


def test_new_mail_lands_in_the_members_conversation_and_threads(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    known = add_member(db, "王小明", "ming@example.net")
    first = mail("Ming@Example.net", user, "订单退款", "你好，我想申请退款。", name="小明")
    dovecot.deliver(user, first)
    dovecot.deliver(user, mail("new@example.net", user, "Hello", "First time here", name="Lina"))
    assert asyncio.run(sync(ingest, account)) == 2
    with db.read() as s:
        conv = s.scalar(select(Conversation).where(Conversation.member_id == known))
        assert conv is not None and conv.unread == 1 and conv.waiting_since is not None
        assert conv.last_preview.startswith("你好，我想申请退款")
        stranger = s.scalar(
            select(Member).join(MemberContact).where(MemberContact.address == "new@example.net")
        )
        assert stranger is not None and stranger.source == FROM_INBOX
        assert stranger.display_name == "Lina"
    # The member answers in the same thread → same conversation, even from another address
    # of theirs it would follow In-Reply-To; here the same address.
    dovecot.deliver(
        user,
        mail(
            "ming@example.net",
            user,
            "Re: 订单退款",
            "补充：订单号 A123",
            in_reply_to=first["Message-ID"],
            references=first["Message-ID"],
        ),
    )
    assert asyncio.run(sync(ingest, account)) == 1
    with db.read() as s:
        convs = list(s.scalars(select(Conversation).where(Conversation.member_id == known)))
        assert len(convs) == 1
        texts = [m.body_text for m in convs[0].messages]
        assert texts == ["你好，我想申请退款。\n", "补充：订单号 A123\n"]
        assert convs[0].messages[1].in_reply_to == first["Message-ID"]


def test_restart_mid_way_and_after_a_server_restart_no_duplicates_no_gaps(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    for i in range(8):
        dovecot.deliver(user, mail(f"p{i % 3}@example.net", user, f"问题 {i}", f"内容 {i}"))
    assert asyncio.run(sync(ingest, account, limit=3)) == 3  # "crash" after three
    # A fresh service (as after an app restart) continues where the mark is.
    fresh = InboxIngest(db, secrets, OutboxService(db))
    assert asyncio.run(sync(fresh, account)) == 5
    assert counts(db) == (8, 8)
    dovecot.stop()
    later = [mail("p9@example.net", user, "离线时", f"离线 {i}") for i in range(2)]
    dovecot.start()
    for m in later:
        dovecot.deliver(user, m)
    assert asyncio.run(sync(fresh, account)) == 2
    assert asyncio.run(sync(fresh, account)) == 0
    assert counts(db) == (10, 10)
    # A lost mark (or a new UIDVALIDITY) re-reads everything without creating copies.
    with db.write() as s:
        from desktop.store.models import ImapFolderState

        st = s.scalar(
            select(ImapFolderState).where(ImapFolderState.account_id == account.account_id)
        )
        assert st is not None
        st.uidvalidity, st.last_uid = 1, 0
    assert asyncio.run(sync(fresh, account)) == 0
    assert counts(db) == (10, 10)
    mark = fresh.mark(account.account_id)
    assert mark is not None and mark.last_uid == 10


def test_malformed_html_and_attachments(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    gbk_subject = "会员积分".encode("gbk")
    raw = (
        b"From: gbk@example.net\r\nTo: "
        + user.encode()
        + b"\r\nSubject: "
        + gbk_subject
        + b"\r\nMessage-ID: <gbk-1@example.net>\r\nContent-Type: text/plain; charset=x-unknown"
        + b"\r\n\r\n"
        + "积分什么时候到账".encode("gbk")
        + b"\r\n"
    )
    dovecot.deliver(user, raw)
    html = mail("html@example.net", user, "图片", "plain part")
    html.add_alternative(
        '<p onclick="x()">看图<script>alert(1)</script><img src="https://track.example/p.gif"></p>',
        subtype="html",
    )
    html.add_attachment(
        b"%PDF-1.4 fake", maintype="application", subtype="pdf", filename="发票.pdf"
    )
    dovecot.deliver(user, html)
    dovecot.deliver(user, b"this is not a mail at all\r\n\r\n\xff\xfe")
    assert asyncio.run(sync(ingest, account)) >= 2
    with db.read() as s:
        gbk = s.scalar(select(Message).where(Message.external_id == "<gbk-1@example.net>"))
        assert gbk is not None and gbk.subject == "会员积分" and "积分什么时候到账" in gbk.body_text
        h = s.scalar(select(Message).where(Message.sender == "html@example.net"))
        assert h is not None and h.body_html is not None and h.has_remote_images
        assert "<script" not in h.body_html and "onclick" not in h.body_html
        atts = list(
            s.scalars(select(MessageAttachment).where(MessageAttachment.message_id == h.id))
        )
        assert [(a.filename, a.size) for a in atts] == [("发票.pdf", 13)]


def _pending_marketing(db: Database, outbox: OutboxService, member_id: int) -> int:
    return outbox.enqueue(
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=datetime.now(UTC) + timedelta(days=1),
            idempotency_key=f"promo-{member_id}",
            body="双十一优惠",
            purpose=ConsentPurpose.MARKETING,
            member_id=member_id,
        )
    )


def test_unsubscribe_by_reply_and_by_mailto(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot, outbox: OutboxService
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    a = add_member(db, "甲", "a@example.net")
    b = add_member(db, "乙", "b@example.net")
    c = add_member(db, "丙", "c@example.net")
    da, db_, dc = (_pending_marketing(db, outbox, m) for m in (a, b, c))
    dovecot.deliver(
        user, mail("a@example.net", user, "Re: 双十一", "退订\n\n> 原邮件内容 unsubscribe")
    )
    dovecot.deliver(user, mail("b@example.net", user, "unsubscribe 3f2a9c", ""))
    dovecot.deliver(user, mail("c@example.net", user, "Re: 活动", "请问怎么报名？"))
    assert asyncio.run(sync(ingest, account)) == 3
    with db.read() as s:
        status = {d.id: d.status for d in s.scalars(select(Delivery))}
        assert status[da] == status[db_] == DeliveryStatus.CANCELLED
        assert status[dc] == DeliveryStatus.PENDING
        records = list(s.scalars(select(ConsentRecord).where(ConsentRecord.granted.is_(False))))
        assert sorted(r.member_id for r in records) == [a, b]
        assert all(r.channel == ChannelKind.EMAIL for r in records)
        events = list(s.scalars(select(Message).where(Message.event == "unsubscribe")))
        assert len(events) == 2 and {e.direction for e in events} == {MessageDirection.NOTE}
        assert {"unsubscribed (reply)", "unsubscribed (mailto)"} == {e.body_text for e in events}


def test_poller_receives_with_idle_and_shows_a_refused_login(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot
) -> None:
    user, account = setup_account(db, secrets, ingest, dovecot)
    arrived: list[int] = []

    async def scenario() -> None:
        poller = InboxPoller(ingest, on_new=arrived.append)
        await poller.start()
        await asyncio.sleep(0.3)
        dovecot.deliver(user, mail("idle@example.net", user, "实时", "IDLE 推送"))
        for _ in range(100):
            if arrived:
                break
            await asyncio.sleep(0.05)
        await poller.stop()

    asyncio.run(scenario())
    assert arrived == [1]
    mark = ingest.mark(account.account_id)
    assert mark is not None and mark.status == ImapStatus.OK

    ingest.save_imap(account.account_id, imap_config(dovecot, user), "wrong password")

    async def refused() -> None:
        poller = InboxPoller(ingest, retry=RetryPolicy(base=timedelta(seconds=1)))
        await poller.start()
        for _ in range(100):
            m = ingest.mark(account.account_id)
            if m is not None and m.status == ImapStatus.AUTH_ERROR:
                break
            await asyncio.sleep(0.05)
        await poller.stop()

    asyncio.run(refused())
    mark = ingest.mark(account.account_id)
    assert mark is not None and mark.status == ImapStatus.AUTH_ERROR and mark.last_error
