"""The dispatcher against a real SMTP server: exactly once, headers, retries, failures."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

from sqlalchemy import select

from desktop.domain.enums import ConsentPurpose, DeliveryStatus
from desktop.domain.sending.accounts import AccountStatus
from desktop.secrets import SecretStore
from desktop.services.mail.accounts import AccountService
from desktop.services.sending.outbox import OutboxService
from desktop.store.db import Database
from desktop.store.models import ChannelAccount, Delivery, WorkspaceSettings

from .conftest import MemoryKeyring, SmtpServer
from .helpers import (
    SUBJECT,
    add_account,
    add_members,
    email_config,
    enqueue_to_members,
    run_dispatcher,
    statuses,
)


def test_500_due_deliveries_arrive_exactly_once_with_headers(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server()
    with db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.unsubscribe_url = "https://club.example.org/unsubscribe"
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    members = add_members(db, 500)
    enqueue_to_members(db, members)
    started = time.monotonic()
    dispatcher = run_dispatcher(db, secrets)
    elapsed = time.monotonic() - started

    assert statuses(db) == {"sent": 500}
    assert dispatcher.state.sent == 500
    ids = server.handler.message_ids()
    assert len(ids) == 500 and len(set(ids)) == 500, "each message exactly once"
    with db.read() as s:
        external = {d.external_id for d in s.scalars(select(Delivery))}
    assert external == set(ids), "the recorded external id is the Message-ID that arrived"
    rcpts = Counter(r for m in server.handler.received for r in m.rcpt_tos)
    assert set(rcpts.values()) == {1} and len(rcpts) == 500
    sample = server.handler.received[0].parsed()
    assert sample["Subject"] == SUBJECT
    unsub = sample["List-Unsubscribe"]
    assert "<mailto:club@example.org?subject=unsubscribe" in unsub
    assert "<https://club.example.org/unsubscribe?token=" in unsub
    assert sample["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    text = sample.get_body(("plain",))
    html = sample.get_body(("html",))
    assert text is not None and html is not None
    name = f"成员{int(sample['To'].split('@')[0][1:])}"
    assert f"你好 {name}，欢迎参加本周的咖啡品鉴会！地点：北京朝阳。" in text.get_content()
    assert "退订 / Unsubscribe: https://club.example.org/unsubscribe?token=" in text.get_content()
    assert f"<b>{name}</b>" in html.get_content()
    assert elapsed < 60


def test_service_mail_has_no_list_unsubscribe(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server()
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    enqueue_to_members(db, add_members(db, 3, marketing=False), purpose=ConsentPurpose.SERVICE)
    run_dispatcher(db, secrets)
    assert statuses(db) == {"sent": 3}
    msg = server.handler.received[0].parsed()
    assert msg["List-Unsubscribe"] is None and msg["List-Unsubscribe-Post"] is None


def test_4xx_is_retried_then_delivered_and_5xx_fails_with_the_reply(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server()
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    a, b, c = add_members(db, 3)
    server.handler.rcpt_script[f"m{a}@example.net"] = ["451 4.3.0 Mailbox busy, try later"] * 2
    server.handler.reject[f"m{b}@example.net"] = "550 5.1.1 <m@example.net>: no such user"
    ids = enqueue_to_members(db, [a, b, c])
    run_dispatcher(db, secrets)

    with db.read() as s:
        rows = {d.id: d for d in s.scalars(select(Delivery))}
    retried, rejected, plain = (rows[i] for i in ids)
    assert retried.status == DeliveryStatus.SENT and retried.attempts == 3
    assert rejected.status == DeliveryStatus.FAILED
    assert rejected.last_error == "550 5.1.1 <m@example.net>: no such user"
    assert plain.status == DeliveryStatus.SENT and plain.attempts == 1
    assert sorted(r for m in server.handler.received for r in m.rcpt_tos) == sorted(
        [f"m{a}@example.net", f"m{c}@example.net"]
    )


def test_server_down_then_back_delivers_after_restart(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server(start=False)
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    ids = enqueue_to_members(db, add_members(db, 20))
    seen_error: list[str] = []

    def until() -> bool:
        with db.read() as s:
            rows = list(s.scalars(select(Delivery)))
        errors = [d.last_error for d in rows if d.last_error]
        if errors and server.controller is None:
            seen_error.extend(errors)
            assert all(d.status == DeliveryStatus.PENDING for d in rows)
            server.start()  # the server comes back
        return all(d.status == DeliveryStatus.SENT for d in rows)

    run_dispatcher(db, secrets, until=until, timeout=60)
    assert seen_error and any(w in seen_error[0].lower() for w in ("refused", "connect"))
    assert statuses(db) == {"sent": len(ids)}
    assert len(set(server.handler.message_ids())) == len(ids) == server.handler.count()


def test_bad_credentials_mark_the_account_and_deliveries_wait(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server(auth=("club", "right-password"))
    secrets = SecretStore()
    account_id = add_account(db, secrets, server.port, "club", "wrong-password")
    ids = enqueue_to_members(db, add_members(db, 30))
    dispatcher = run_dispatcher(db, secrets)

    with db.read() as s:
        account = s.get(ChannelAccount, account_id)
        rows = list(s.scalars(select(Delivery)))
    assert account is not None and account.status == AccountStatus.AUTH_ERROR
    assert account.last_error is not None and account.last_error.startswith("535")
    assert all(d.status == DeliveryStatus.PENDING and d.attempts == 0 for d in rows)
    assert all(d.status_reason and d.status_reason.startswith("waiting") for d in rows)
    assert dispatcher.state.last_error is not None and "535" in dispatcher.state.last_error
    assert server.handler.count() == 0

    # The operator fixes the password: the held deliveries go out.
    AccountService(db, secrets).save_email(
        "测试邮箱", email_config(server.port, "club"), "right-password", account_id=account_id
    )
    run_dispatcher(db, secrets)
    assert statuses(db) == {"sent": len(ids)}
    assert server.handler.count() == len(ids)


def test_template_that_no_longer_renders_fails_alone(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server()
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    ids = enqueue_to_members(db, add_members(db, 5))
    with db.write() as s:  # a variable the row was planned with has since gone away
        broken = s.get(Delivery, ids[2])
        assert broken is not None
        broken.body = "你好 {name}，你的优惠码是 {coupon}"
    run_dispatcher(db, secrets)
    with db.read() as s:
        broken = s.get(Delivery, ids[2])
    assert broken is not None and broken.status == DeliveryStatus.FAILED
    assert broken.last_error is not None and "coupon" in broken.last_error
    assert statuses(db) == {"sent": 4, "failed": 1}


def test_unsubscribe_cancels_pending_marketing_at_once_and_rules_skip_the_rest(
    db: Database, memory_keyring: MemoryKeyring, smtp_server: Callable[..., SmtpServer]
) -> None:
    server = smtp_server()
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    (member,) = add_members(db, 1)
    marketing = enqueue_to_members(db, [member], prefix="mk")
    service = enqueue_to_members(db, [member], purpose=ConsentPurpose.SERVICE, prefix="sv")
    outbox = OutboxService(db)
    assert outbox.unsubscribe(member) == 1
    row = outbox.get(marketing[0])
    assert row is not None and row.status == DeliveryStatus.CANCELLED
    run_dispatcher(db, secrets)
    row = outbox.get(service[0])
    assert row is not None and row.status == DeliveryStatus.CANCELLED
    assert row.status_reason is not None and "unsubscribed" in row.status_reason
    assert server.handler.count() == 0
