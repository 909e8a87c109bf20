"""``shequn worker`` alone, as a separate process and with no window, runs every background
loop the window runs: a due welcome step goes out by SMTP, mail waiting over IMAP reaches
the inbox, a newcomer in a linked Matrix room is welcomed and enrolled, a mute that ran out
is lifted in the room, and a campaign group past its end is archived."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select, update

from desktop.channels.matrix import MatrixSession
from desktop.config import Paths
from desktop.domain.enums import GroupType
from desktop.domain.groups.moderation import ModAction
from desktop.services.container import Services
from desktop.services.groups.service import GroupDraft
from desktop.services.welcome.journeys import JourneyEditor
from desktop.services.workspace.service import open_workspace
from desktop.store.models import (
    Delivery,
    Enrolment,
    Member,
    MemberContact,
    Message,
    ModerationAction,
    WorkspaceSettings,
)
from tests.inbox.conftest import PASSWORD, Dovecot, imap_config, mail
from tests.matrix.service_support import add_group, add_operator, room_texts, session_of, sync_until
from tests.matrix.synapse_server import RegisteredUser, SynapseServer
from tests.sending.conftest import SmtpServer
from tests.sending.helpers import email_config
from tests.worker_process import stop, wait_running, wait_while_alive, worker_process

NEWCOMER_EMAIL = "lin@example.net"
INBOUND_TEXT = "请问周六的拉花课还有名额吗？"
DEADLINE = 120.0


@dataclass
class World:
    mail_group: int
    matrix_group: int
    room_id: str
    campaign: int
    email_member: int
    muted_user: str
    newcomer: RegisteredUser
    ops: RegisteredUser


def _mail_side(services: Services, dovecot: Dovecot, smtp_port: int) -> int:
    """One email account: SMTP to aiosmtpd, its IMAP side in Dovecot; a journey group with
    a member who just joined (the first step is due at once)."""
    user = dovecot.add_user()
    cfg = replace(email_config(smtp_port), from_addr=user)
    account = services.accounts.save_email("客服邮箱", cfg, None).account_id
    services.accounts.save_imap(account, imap_config(dovecot, user), PASSWORD)
    dovecot.deliver(user, mail("reader@example.net", user, "拉花课", INBOUND_TEXT))
    return account


def _quiet_never(services: Services) -> None:
    with services.db.write() as s:
        ws = s.get(WorkspaceSettings, 1)
        assert ws is not None
        ws.quiet_start = ws.quiet_end = "00:00"  # the test may run at night in Shanghai
        ws.brand_keyword = "拾光"


def _email_member(services: Services) -> int:
    with services.db.write() as s:
        m = Member(
            display_name="小林", quiet_start="00:00", quiet_end="00:00", dm_frequency="daily"
        )
        m.contacts = [MemberContact(channel="email", address=NEWCOMER_EMAIL)]
        s.add(m)
        s.flush()
        return m.id


def _campaign_ended_long_ago(services: Services) -> int:
    policy = services.policy.get()
    services.policy.save(replace(policy, auto_archive=True, archive_after_days=3))
    return services.groups.save(
        GroupDraft(
            name="拾光快闪",
            group_type=GroupType.CAMPAIGN,
            campaign_end=date.today() - timedelta(days=5),
        )
    )


def _member_of(services: Services, user_id: str) -> int | None:
    with services.db.read() as s:
        return s.scalar(select(MemberContact.member_id).where(MemberContact.address == user_id))


async def _matrix_side(
    services: Services,
    synapse: SynapseServer,
    ops: RegisteredUser,
    dave: RegisteredUser,
    ivy: RegisteredUser,
    group_id: int,
) -> str:
    """A linked room where dave was muted (the mute has run out) and ivy has just joined;
    nothing of ivy's join has been read by the app yet."""
    account = await add_operator(services, synapse, ops)
    room_id = await services.matrix_rooms.create_room(group_id, account)
    ops_s, dave_s, ivy_s = (session_of(synapse, u) for u in (ops, dave, ivy))
    try:
        await ops_s.invite(room_id, dave.user_id)
        await dave_s.join(room_id)
        await sync_until(services, account, lambda: _member_of(services, dave.user_id) is not None)
        dave_id = _member_of(services, dave.user_id)
        assert dave_id is not None
        await services.matrix_moderation.mute(group_id, dave_id, "群规第 3 条：禁止广告")
        assert await _power_of(ops_s, room_id, dave.user_id) < 0
        with services.db.write() as s:
            s.execute(
                update(ModerationAction)
                .where(ModerationAction.action == ModAction.MUTE)
                .values(until=datetime.now(UTC) - timedelta(minutes=1))
            )
        await ops_s.invite(room_id, ivy.user_id)
        await ivy_s.join(room_id)
    finally:
        for s in (ops_s, dave_s, ivy_s):
            await s.close()
    return room_id


async def _power_of(session: MatrixSession, room_id: str, user_id: str) -> int:
    members = await session.room_members(room_id)
    return next(m.power_level for m in members if m.user_id == user_id)


def _pending(
    services: Services, world: World, smtp: SmtpServer, synapse: SynapseServer
) -> list[str]:
    """What the worker has not handled yet."""
    left: list[str] = []
    if not any(NEWCOMER_EMAIL in r.rcpt_tos for r in list(smtp.handler.received)):
        left.append("welcome step by SMTP")
    with services.db.read() as s:
        if s.scalar(select(Message.id).where(Message.body_text.contains(INBOUND_TEXT))) is None:
            left.append("IMAP mail in the inbox")
        ivy = s.scalar(
            select(MemberContact.member_id).where(MemberContact.address == world.newcomer.user_id)
        )
        if ivy is None or s.scalar(select(Enrolment.id).where(Enrolment.member_id == ivy)) is None:
            left.append("Matrix newcomer enrolled")
    row = services.groups.row(world.campaign)
    if row is None or not row.archived:
        left.append("campaign group archived")

    async def room() -> tuple[list[str], int]:
        ops_s = session_of(synapse, world.ops)
        try:
            texts = await room_texts(ops_s, world.room_id)
            return texts, await _power_of(ops_s, world.room_id, world.muted_user)
        finally:
            await ops_s.close()

    texts, power = asyncio.run(room())
    if not any(t.startswith("欢迎 ivy") for t in texts):
        left.append("Matrix newcomer welcomed in the room")
    if power < 0:
        left.append("mute lifted in the room")
    return left


@pytest.mark.usefixtures("file_keyring")
def test_the_worker_alone_runs_every_background_loop(
    paths: Paths,
    dovecot: Dovecot,
    smtp_server: Callable[..., SmtpServer],
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    smtp = smtp_server()
    ops, dave, ivy = new_user("ops"), new_user("dave"), new_user("ivy")
    services = Services.build(paths, open_workspace(paths))
    try:
        _quiet_never(services)
        _mail_side(services, dovecot, smtp.port)
        journey = JourneyEditor(services.db).create_default()
        mail_group = services.groups.save(GroupDraft(name="拾光·北京01", purpose="咖啡爱好者交流"))
        matrix_group = add_group(services, welcome="欢迎 {name}！")
        services.welcome.attach(journey, [mail_group, matrix_group])
        email_member = _email_member(services)
        assert services.welcome.join(email_member, mail_group) is not None
        room_id = arun(_matrix_side(services, running_synapse, ops, dave, ivy, matrix_group))
        world = World(
            mail_group,
            matrix_group,
            room_id,
            _campaign_ended_long_ago(services),
            email_member,
            dave.user_id,
            ivy,
            ops,
        )
        with services.db.read() as s:  # only the welcome runner queues the first step
            assert s.scalar(select(Delivery.id).where(Delivery.member_id == email_member)) is None

        proc = worker_process(paths, batch=20, poll=0.2, lease_seconds=5)
        try:
            wait_running(proc)
            wait_while_alive(
                proc,
                lambda: not _pending(services, world, smtp, running_synapse),
                lambda: (
                    f"the worker alone did not handle: "
                    f"{_pending(services, world, smtp, running_synapse)}"
                ),
                timeout=DEADLINE,
                pause=0.5,
            )
        finally:
            out, err = stop(proc)
        assert proc.returncode == 0, err
        assert "sent=" in out
    finally:
        services.close()
