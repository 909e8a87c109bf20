"""A whole welcome journey against real servers: aiosmtpd out, Dovecot (LMTP + IMAP) back in."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select

from desktop.channels.imap import ImapMailbox
from desktop.domain.enums import Lifecycle
from desktop.secrets import SecretStore
from desktop.services.mail.accounts import AccountService
from desktop.services.mail.imap_settings import ImapAccount
from desktop.services.mail.ingest import InboxIngest
from desktop.services.sending.dispatcher import Dispatcher
from desktop.services.welcome.funnel import FunnelService
from desktop.services.welcome.progress import VerificationState, progress
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.store.db import Database
from desktop.store.models import Delivery, Member, Message
from tests.inbox.conftest import PASSWORD, Dovecot, imap_config, mail
from tests.sending.conftest import SmtpServer
from tests.sending.helpers import email_config, fast_config

from .conftest import Clock, add_member

DAY = timedelta(days=1)


def _account(
    db: Database, secrets: SecretStore, ingest: InboxIngest, dovecot: Dovecot, port: int
) -> ImapAccount:
    user = dovecot.add_user()
    cfg = email_config(port)
    cfg = type(cfg)(**{**cfg.__dict__, "from_addr": user})
    account_id = AccountService(db, secrets).save_email("客服邮箱", cfg, None).account_id
    ingest.save_imap(account_id, imap_config(dovecot, user), PASSWORD)
    (account,) = [a for a in ingest.imap_accounts() if a.account_id == account_id]
    return account


def _dispatch(db: Database, secrets: SecretStore, clock: Clock) -> None:
    d = Dispatcher(db, secrets, config=fast_config(poll_interval=0.2), clock=clock)
    asyncio.run(asyncio.wait_for(d.run(until_idle=True), 30))


async def _sync(ingest: InboxIngest, account: ImapAccount) -> int:
    box = ImapMailbox(account.config, ingest.password_for(account))
    await box.open()
    try:
        return await ingest.sync_mailbox(box, account)
    finally:
        await box.close()


def test_full_journey_with_real_servers(
    db: Database,
    secrets: SecretStore,
    hooked_ingest: InboxIngest,
    dovecot: Dovecot,
    smtp_server: Callable[..., SmtpServer],
    world: dict[str, int],
    welcome: WelcomeService,
    runner: WelcomeRunner,
    clock: Clock,
) -> None:
    server = smtp_server()
    account = _account(db, secrets, hooked_ingest, dovecot, server.port)
    welcome.attach(world["journey"], [world["group"]])
    member = add_member(db, "小林", "lin@example.net")
    t0 = clock.now

    def step(at: timedelta) -> None:
        clock.now = t0 + at
        runner.run_once()
        _dispatch(db, secrets, clock)

    # Added to the group → enrolled once; W1 goes out at once.
    assert welcome.join(member, world["group"]) is not None
    step(timedelta(0))
    assert [r.parsed()["Subject"] for r in server.handler.received] == ["欢迎加入拾光"]

    # Ten minutes later: the invitation (with the code) and the verification step.
    step(timedelta(minutes=10))
    subjects = [r.parsed()["Subject"] for r in server.handler.received]
    assert subjects[1:] == ["拾光·北京01 入群邀请", "请完成验证"]
    invite = server.handler.received[1].parsed()
    text = invite.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    code = re.search(r"验证码：(\d{6})", text).group(1)  # type: ignore[union-attr]
    assert "咖啡爱好者交流" in text  # the group's positioning (G6)
    assert progress(db, member).verification == VerificationState.PENDING  # type: ignore[union-attr]

    # Nothing past the verification step goes out while the code is unanswered.
    step(timedelta(hours=20))
    assert len(server.handler.received) == 3

    # The member replies with the code; it arrives over LMTP and is read over IMAP.
    clock.now = t0 + timedelta(hours=20, minutes=5)
    verified_at = clock.now
    dovecot.deliver(
        account.config.username,
        mail(
            "lin@example.net",
            account.config.username,
            "Re: 拾光·北京01 入群邀请",
            f"我的验证码是 {code}\n我叫林小雨，喜欢咖啡拉花和露营",
            in_reply_to=invite["Message-ID"],
        ),
    )
    assert asyncio.run(_sync(hooked_ingest, account)) == 1
    p = progress(db, member)
    assert p is not None and p.verification == VerificationState.VERIFIED
    with db.read() as s:
        assert s.get(Member, member).lifecycle == Lifecycle.VERIFIED  # type: ignore[union-attr]
    step(timedelta(hours=20, minutes=5))
    confirm = server.handler.received[3].parsed()
    assert confirm["In-Reply-To"] and "验证成功" in confirm.get_body(("plain",)).get_content()  # type: ignore[union-attr]

    # The following steps at their times: +1 d (group), +1 d email, +2 d group, +2 d, +3 d.
    expected = [
        (DAY, None),
        (2 * DAY, "为你推荐"),
        (4 * DAY, None),
        (6 * DAY, "拾光·北京01 的权益与规则"),
        (9 * DAY, "有问题随时找我们"),
    ]
    for offset, subject in expected:
        clock.now = verified_at + offset - timedelta(minutes=1)
        before = len(server.handler.received)
        runner.run_once()
        _dispatch(db, secrets, clock)
        assert len(server.handler.received) == before, "nothing before its time"
        clock.now = verified_at + offset
        runner.run_once()
        _dispatch(db, secrets, clock)
        if subject is not None:
            assert server.handler.received[-1].parsed()["Subject"] == subject
            assert len(server.handler.received) == before + 1
    recs = server.handler.received[4].parsed().get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "拉花挑战：郁金香（因为你关注 咖啡拉花）" in recs  # the W1 answer became interests

    with db.read() as s:
        sent = {
            d.subject: d.sent_at
            for d in s.scalars(select(Delivery).where(Delivery.enrolment_id.is_not(None)))
        }
        m = s.get(Member, member)
        assert m is not None and m.display_name == "林小雨"
        assert m.lifecycle == Lifecycle.ONBOARDED
    assert sent["有问题随时找我们"] == verified_at + 9 * DAY

    # Feedback after the W8 step lands in the inbox marked as feedback.
    dovecot.deliver(
        account.config.username,
        mail("lin@example.net", account.config.username, "建议", "希望多办几次线下活动"),
    )
    assert asyncio.run(_sync(hooked_ingest, account)) == 1
    with db.read() as s:
        fb = s.scalar(select(Message).where(Message.body_text.contains("线下活动")))
        assert fb is not None and fb.is_feedback

    # Funnel: 8 steps reached once; the group steps wait as to-dos, the rest completed.
    runner.run_once()  # each pass marks the steps whose message went out as completed
    lines = FunnelService(db).funnel(world["journey"])
    assert [line.row.reached for line in lines] == [1] * 8
    assert [line.row.completed for line in lines] == [1, 1, 1, 0, 1, 0, 1, 1]
    assert sum(line.row.dropped for line in lines) == 0
    assert lines[3].row.median_minutes == 20 * 60 + 5 - 10 + 24 * 60
    p = progress(db, member)
    assert p is not None and p.status == "finished" and len(p.tasks) == 3
