"""Welcome journey fixtures: a workspace ready to send, the real servers of the inbox tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import make_msgid

import pytest

from desktop.services.mail.ingest import InboxIngest
from desktop.services.sending.outbox import OutboxService
from desktop.services.welcome.journeys import JourneyEditor
from desktop.services.welcome.runner import WelcomeRunner
from desktop.services.welcome.service import WelcomeService
from desktop.store.db import Database
from desktop.store.models import (
    ConsentRecord,
    Group,
    Material,
    Member,
    MemberContact,
    WorkspaceSettings,
)
from tests.inbox.conftest import (  # noqa: F401  (fixtures re-exported)
    db,
    dovecot,
    ingest,
    memory_keyring,
    outbox,
    secrets,
    smtp_server,
)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime.now(UTC).replace(microsecond=0))


@pytest.fixture
def world(db: Database, clock: Clock) -> dict[str, int]:  # noqa: F811
    """A group with the 8-step default journey, a member with an email address."""
    with db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.brand_keyword = "拾光"
        ws.daily_cap_per_member = 20
        ws.interests = ["咖啡拉花", "手冲咖啡", "露营", "读书"]
        g = Group(name="拾光·北京01", purpose="咖啡爱好者交流", rules="友善交流，禁止广告")
        s.add(g)
        s.add_all(
            [
                Material(kind="copy", title="拉花挑战：郁金香", tags=["咖啡拉花"]),
                Material(kind="copy", title="露营咖啡装备清单", tags=["露营"]),
                Material(kind="plan", title="新人入门指南", tags=[]),
            ]
        )
        s.flush()
        gid = g.id
    journey = JourneyEditor(db).create_default()
    return {"group": gid, "journey": journey}


def add_member(db: Database, name: str, address: str | None) -> int:  # noqa: F811
    with db.write() as s:
        m = Member(display_name=name, quiet_start="00:00", quiet_end="00:00", dm_frequency="daily")
        if address:
            m.contacts = [MemberContact(channel="email", address=address)]
        s.add(m)
        s.flush()
        return m.id


@pytest.fixture
def welcome(db: Database, outbox: OutboxService, clock: Clock) -> WelcomeService:  # noqa: F811
    return WelcomeService(db, OutboxService(db, clock=clock), clock=clock)


@pytest.fixture
def runner(db: Database, clock: Clock) -> WelcomeRunner:  # noqa: F811
    return WelcomeRunner(db, OutboxService(db, clock=clock), clock=clock)


@pytest.fixture
def attached(world: dict[str, int], welcome: WelcomeService) -> dict[str, int]:
    """``world`` with its journey attached to its group: whoever joins is enrolled."""
    welcome.attach(world["journey"], [world["group"]])
    return world


def reach_code_step(runner: WelcomeRunner, clock: Clock) -> None:
    """Two passes ten minutes apart: the welcome goes out, then the code invitation."""
    runner.run_once()
    clock.now += timedelta(minutes=10)
    runner.run_once()


def reply_mail(frm: str, body: str, subject: str = "Re: 入群邀请") -> bytes:
    """A member's reply to the club, as the inbox receives it."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = frm, "club@example.org", subject
    m["Message-ID"] = make_msgid(domain="example.net")
    m.set_content(body)
    return bytes(m)


@pytest.fixture
def hooked_ingest(ingest: InboxIngest, welcome: WelcomeService) -> InboxIngest:  # noqa: F811
    ingest.inbound_hooks.append(welcome.inbound.on_inbound)
    return ingest


__all__ = ["Clock", "ConsentRecord", "add_member", "reach_code_step", "reply_mail"]
