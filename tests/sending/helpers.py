"""Building a workspace to send from: accounts, members with consent, due deliveries."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, insert, select

from desktop.channels.mail_message import EmailConfig, TlsMode
from desktop.domain.enums import (
    ChannelKind,
    ConsentPurpose,
    ContactChannel,
    DeliveryKind,
    DeliveryStatus,
)
from desktop.domain.sending.backoff import RetryPolicy
from desktop.secrets import SecretStore
from desktop.services.mail.accounts import AccountService
from desktop.services.sending.dispatcher import Dispatcher, DispatcherConfig
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.store.db import Database
from desktop.store.models import ConsentRecord, Delivery, Member, MemberContact

SUBJECT = "社群周报：本周活动 🎉"
BODY = "你好 {name}，欢迎参加本周的咖啡品鉴会！地点：北京朝阳。"


def email_config(port: int, username: str = "") -> EmailConfig:
    return EmailConfig(
        host="127.0.0.1",
        port=port,
        tls=TlsMode.NONE,
        username=username,
        from_addr="club@example.org",
        from_name="咖啡社群",
        timeout=5,
        rate_per_second=0,
    )


def add_account(
    db: Database, secrets: SecretStore, port: int, username: str = "", password: str | None = None
) -> int:
    return (
        AccountService(db, secrets)
        .save_email("测试邮箱", email_config(port, username), password)
        .account_id
    )


def add_members(db: Database, n: int, *, marketing: bool = True) -> list[int]:
    """n members with an email address and (optionally) marketing consent."""
    now = datetime.now(UTC) - timedelta(days=1)
    with db.write() as s:
        start = int(s.scalar(select(func.coalesce(func.max(Member.id), 0))) or 0) + 1
        ids = list(range(start, start + n))
        s.execute(
            insert(Member),
            [
                {
                    "id": i,
                    "display_name": f"成员{i}",
                    "dm_frequency": "daily",
                    # Nobody is ever in quiet hours in these tests: a zero-length window.
                    "quiet_start": "00:00",
                    "quiet_end": "00:00",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in ids
            ],
        )
        s.execute(
            insert(MemberContact),
            [
                {"member_id": i, "channel": ContactChannel.EMAIL, "address": f"m{i}@example.net"}
                for i in ids
            ],
        )
        if marketing:
            s.execute(
                insert(ConsentRecord),
                [
                    {
                        "member_id": i,
                        "channel": ChannelKind.EMAIL,
                        "purpose": ConsentPurpose.MARKETING,
                        "granted": True,
                        "source": "test",
                        "recorded_at": now,
                    }
                    for i in ids
                ],
            )
    return ids


def enqueue_to_members(
    db: Database,
    member_ids: list[int],
    *,
    purpose: ConsentPurpose = ConsentPurpose.MARKETING,
    prefix: str = "t",
) -> list[int]:
    now = datetime.now(UTC) - timedelta(seconds=1)
    items = [
        NewDelivery(
            kind=DeliveryKind.DM,
            channel=ChannelKind.EMAIL,
            due_at=now,
            idempotency_key=f"{prefix}-{mid}",
            subject=SUBJECT,
            body=BODY,
            body_html="<p>你好 <b>{name}</b>，欢迎参加本周的咖啡品鉴会！</p>",
            purpose=purpose,
            member_id=mid,
            template_values={},
        )
        for mid in member_ids
    ]
    return OutboxService(db).enqueue_many(items)


def enqueue_service_mails(db: Database, n: int, prefix: str, subject: str, body: str) -> list[int]:
    """``n`` service mails (no consent needed) to addresses r0… with numbered subjects,
    all due now; keys ``{prefix}-{i}``."""
    due = datetime.now(UTC) - timedelta(seconds=1)
    return OutboxService(db).enqueue_many(
        [
            NewDelivery(
                kind=DeliveryKind.POST,
                channel=ChannelKind.EMAIL,
                due_at=due,
                idempotency_key=f"{prefix}-{i}",
                subject=subject.format(i=i),
                body=body,
                purpose=ConsentPurpose.SERVICE,
                recipient=f"r{i}@example.net",
            )
            for i in range(n)
        ]
    )


def group_posts(
    channel: ChannelKind,
    account_id: int,
    group_ids: Sequence[int],
    bodies: Sequence[str],
    *,
    key: str,
    recipient: str | None = None,
    due: datetime | None = None,
) -> list[NewDelivery]:
    """Every body posted to every group (post by post), due a minute ago unless ``due``
    says otherwise; keys ``{key}:{post}:{group}``."""
    when = due or datetime.now(UTC) - timedelta(minutes=1)
    return [
        NewDelivery(
            kind=DeliveryKind.POST,
            channel=channel,
            due_at=when,
            idempotency_key=f"{key}:{i}:{g}",
            body=body,
            group_id=g,
            recipient=recipient,
            channel_account_id=account_id,
        )
        for i, body in enumerate(bodies)
        for g in group_ids
    ]


def statuses(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {
            str(st): int(n)
            for st, n in s.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
        }


def fast_config(**kw: object) -> DispatcherConfig:
    base: dict[str, object] = {
        "batch_size": 100,
        "lease": timedelta(seconds=30),
        "poll_interval": 0.5,
        "retry": RetryPolicy(
            base=timedelta(milliseconds=50), cap=timedelta(milliseconds=400), max_attempts=10
        ),
    }
    base.update(kw)
    return DispatcherConfig(**base)  # type: ignore[arg-type]


def run_dispatcher(
    db: Database,
    secrets: SecretStore,
    *,
    until: Callable[[], bool] | None = None,
    timeout: float = 60,
    config: DispatcherConfig | None = None,
) -> Dispatcher:
    """Run until idle (or until ``until()`` holds), on a plain asyncio loop — no Qt."""
    dispatcher = Dispatcher(db, secrets, config=config or fast_config())

    async def main() -> None:
        if until is None:
            await asyncio.wait_for(dispatcher.run(until_idle=True), timeout)
        else:
            task = dispatcher.start()
            deadline = asyncio.get_running_loop().time() + timeout
            while not until():
                if task.done():
                    task.result()
                    break
                if asyncio.get_running_loop().time() > deadline:
                    raise TimeoutError("condition not reached")
                await asyncio.sleep(0.05)
        await dispatcher.stop()

    asyncio.run(main())
    return dispatcher


__all__ = ["DeliveryStatus"]
