"""Several SMTP connections per account (``DispatcherConfig.lanes``): every mail still goes
out exactly once, the mails to one address arrive in the order they were queued, and the
account's connections really are several."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from aiosmtpd.smtp import Envelope, Session

from desktop.domain.enums import ChannelKind, ConsentPurpose, DeliveryKind, DeliveryStatus
from desktop.secrets import SecretStore
from desktop.services.sending.outbox import NewDelivery, OutboxService
from desktop.store.db import Database
from tests.sending.conftest import MemoryKeyring, SinkHandler, SmtpServer
from tests.sending.helpers import add_account, fast_config, run_dispatcher, statuses

N = 120
RECIPIENTS = 30


class PeerSink(SinkHandler):
    """Also notes which client connection each message came over."""

    peers: list[Any]

    async def handle_DATA(self, server: Any, session: Session, envelope: Envelope) -> str:
        with self.lock:
            self.peers = [*getattr(self, "peers", []), session.peer]
        return await super().handle_DATA(server, session, envelope)


def _queue(db: Database) -> None:
    due = datetime.now(UTC) - timedelta(seconds=1)
    OutboxService(db).enqueue_many(
        [
            NewDelivery(
                kind=DeliveryKind.POST,
                channel=ChannelKind.EMAIL,
                due_at=due + timedelta(microseconds=i),
                idempotency_key=f"lane-{i}",
                subject=f"第 {i} 封",
                body="并行发送，每封一次，同一收件人按顺序。",
                purpose=ConsentPurpose.SERVICE,
                recipient=f"r{i % RECIPIENTS}@example.net",
            )
            for i in range(N)
        ]
    )


def _order_by_recipient(handler: SinkHandler) -> dict[str, list[int]]:
    out: dict[str, list[int]] = {}
    for r in handler.received:
        subject = str(r.parsed()["Subject"])
        out.setdefault(r.rcpt_tos[0], []).append(int(subject.split()[1]))
    return out


def test_four_lanes_send_each_mail_once_in_order_per_recipient(
    db: Database,
    memory_keyring: MemoryKeyring,
    smtp_server: Callable[..., SmtpServer],
) -> None:
    server = smtp_server(start=False)
    server.handler = PeerSink()
    server.start()
    secrets = SecretStore()
    add_account(db, secrets, server.port)
    _queue(db)
    run_dispatcher(db, secrets, config=fast_config(batch_size=N, lanes=4))
    assert statuses(db) == {str(DeliveryStatus.SENT): N}
    ids = server.handler.message_ids()
    assert len(ids) == N == len(set(ids))
    for numbers in _order_by_recipient(server.handler).values():
        assert numbers == sorted(numbers)
    assert len(set(server.handler.peers)) == 4  # type: ignore[attr-defined]
