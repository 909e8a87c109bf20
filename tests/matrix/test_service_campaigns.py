"""DM campaigns (D8) over Matrix against a real Synapse: members write the keyword in a DM
to the operator account, the sync enters them, and the answers, survey questions and the
winner's message reach the member in the same DM room once the dispatcher has run."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select, update

from desktop.channels.matrix import SyncBatch
from desktop.channels.matrix_session import path_of
from desktop.config import Paths
from desktop.domain import campaigns as rules
from desktop.domain.campaigns import CampaignKind, CampaignStatus, EntryState
from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.services.campaigns.service import CampaignDraft
from desktop.services.container import Services
from desktop.services.matrix.ingest import ApplyResult
from desktop.services.workspace.service import open_workspace
from desktop.store.models import Conversation, MatrixSyncState, MemberContact, Message
from tests.matrix.service_support import (  # noqa: F401 (fixture)
    add_operator,
    drain,
    file_keyring,
    session_of,
    sync_until,
)
from tests.matrix.synapse_server import RegisteredUser, SynapseServer

LOTTERY = CampaignDraft(
    kind=CampaignKind.LOTTERY,
    name="周年庆抽奖",
    keyword="抽奖",
    intro="{name}，已为你登记「{campaign}」，开奖后私信通知。",
    winners_wanted=1,
    winner_text="恭喜{name}！你在「{campaign}」中奖了，请留下收货地址。",
)
SURVEY = CampaignDraft(
    kind=CampaignKind.SURVEY,
    name="新品口味调查",
    keyword="问卷",
    intro="谢谢{name}！请回答下面的问题：",
    questions="你最常点哪款？|拿铁|美式|手冲\n新品的口味怎么样？",
)
QUESTION = "请问周六门店营业吗？"  # an ordinary DM: no keyword, no campaign


def _localpart(user: RegisteredUser) -> str:
    """What a new user is called until they choose a display name."""
    return user.user_id.removeprefix("@").partition(":")[0]


async def _set_display_name(synapse: SynapseServer, user: RegisteredUser, name: str) -> None:
    session = session_of(synapse, user)
    try:
        path = path_of("profile", user.user_id, "displayname")
        await session._request("PUT", path, {"displayname": name})
    finally:
        await session.close()


async def _dm(synapse: SynapseServer, user: RegisteredUser, room_id: str) -> list[tuple[str, str]]:
    """What ``user`` sees in the DM room, oldest first: (sender, text) pairs."""
    session = session_of(synapse, user)
    try:
        page, _end = await session.messages(room_id, limit=100)
    finally:
        await session.close()
    return [(m.sender, m.body) for m in reversed(page)]


def _inbound(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Message)
                .join(Conversation, Conversation.id == Message.conversation_id)
                .where(
                    Conversation.channel == ChannelKind.MATRIX,
                    Message.direction == MessageDirection.INBOUND,
                )
            )
            or 0
        )


def _outbound(services: Services) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Message)
                .where(Message.direction == MessageDirection.OUTBOUND)
            )
            or 0
        )


def _waiting(services: Services, member_id: int) -> bool:
    with services.db.read() as s:
        since = s.scalar(
            select(Conversation.waiting_since).where(Conversation.member_id == member_id)
        )
    return since is not None


def _member_id(services: Services, user: RegisteredUser) -> int:
    with services.db.read() as s:
        member_id = s.scalar(
            select(MemberContact.member_id).where(MemberContact.address == user.user_id)
        )
    assert member_id is not None
    return member_id


@pytest.mark.usefixtures("file_keyring")
def test_a_lottery_keyword_in_a_dm_enters_once_is_answered_once_and_the_winner_is_told(
    paths: Paths,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ops, amy, ben = new_user("ops"), new_user("amy"), new_user("ben")
    services = Services.build(paths, open_workspace(paths))  # after the keyring is set
    cid = services.campaigns.save(LOTTERY)
    services.campaigns.set_status(cid, CampaignStatus.OPEN)

    async def first_run() -> tuple[int, str, str, list, list]:
        account = await add_operator(services, running_synapse, ops)
        await _set_display_name(running_synapse, amy, "李华")  # ben keeps the default
        amy_s, ben_s = session_of(running_synapse, amy), session_of(running_synapse, ben)
        try:
            amy_room = await amy_s.ensure_dm_room(ops.user_id)
            ben_room = await ben_s.ensure_dm_room(ops.user_id)
            await amy_s.send_text(amy_room, "我要抽奖")
            await ben_s.send_text(ben_room, QUESTION)
        finally:
            await amy_s.close()
            await ben_s.close()
        await sync_until(services, account, lambda: _inbound(services) == 2)
        await drain(services)
        await sync_until(services, account, lambda: True)  # our own echoes come back
        amy_sees = await _dm(running_synapse, amy, amy_room)
        ben_sees = await _dm(running_synapse, ben, ben_room)
        return account, amy_room, ben_room, amy_sees, ben_sees

    account, amy_room, ben_room, amy_sees, ben_sees = arun(first_run())
    # Greeted by the name they chose on Matrix, or what the server calls them by default.
    answer = "李华，已为你登记「周年庆抽奖」，开奖后私信通知。"
    # The member who wrote the keyword gets the campaign's answer, from the operator, in
    # the room they wrote from; the other member's question waits for a person.
    assert amy_sees == [(amy.user_id, "我要抽奖"), (ops.user_id, answer)]
    assert ben_sees == [(ben.user_id, QUESTION)]
    amy_id, ben_id = _member_id(services, amy), _member_id(services, ben)
    rows = services.campaign_entries.entries(cid)
    assert [(r.member_id, r.state, r.text) for r in rows] == [
        (amy_id, EntryState.ENTERED, "我要抽奖")
    ]
    assert rows[0].conversation_id is not None
    with services.db.read() as s:
        conv = s.get(Conversation, rows[0].conversation_id)
        assert conv is not None and conv.external_thread_id == amy_room
    assert _outbound(services) == 1
    # The entry needs nobody; the question still waits for the team.
    assert not _waiting(services, amy_id) and _waiting(services, ben_id)

    # Restart the app and read the account's history again from the start (the sync
    # token lost): the same messages are recognised, nobody is entered or answered twice.
    services.close()
    again = Services.build(paths, open_workspace(paths))
    try:
        with again.db.write() as s:
            s.execute(
                update(MatrixSyncState)
                .where(MatrixSyncState.account_id == account)
                .values(next_batch=None)
            )
        replayed: list[str] = []
        apply = again.matrix_syncer.ingest.apply

        def recording(account_id: int, own_user_id: str, batch: SyncBatch) -> ApplyResult:
            replayed.extend(m.body for m in batch.messages)
            return apply(account_id, own_user_id, batch)

        monkeypatch.setattr(again.matrix_syncer.ingest, "apply", recording)

        async def second_run() -> tuple[list, list]:
            # Until the members' first messages have really been read a second time.
            await sync_until(again, account, lambda: {"我要抽奖", QUESTION} <= set(replayed))
            await drain(again)
            amy_s, ben_s = session_of(running_synapse, amy), session_of(running_synapse, ben)
            try:
                # The same member once more, and the other member now enters as well.
                await amy_s.send_text(amy_room, "抽奖抽奖")
                await ben_s.send_text(ben_room, "参加抽奖，谢谢")
            finally:
                await amy_s.close()
                await ben_s.close()
            await sync_until(again, account, lambda: _inbound(again) == 4)
            await drain(again)
            await sync_until(again, account, lambda: True)
            return (
                await _dm(running_synapse, amy, amy_room),
                await _dm(running_synapse, ben, ben_room),
            )

        amy_sees, ben_sees = arun(second_run())
        ben_answer = f"{_localpart(ben)}，已为你登记「周年庆抽奖」，开奖后私信通知。"
        assert amy_sees == [
            (amy.user_id, "我要抽奖"),
            (ops.user_id, answer),
            (amy.user_id, "抽奖抽奖"),  # entered before: no second answer
        ]
        assert ben_sees == [
            (ben.user_id, QUESTION),
            (ben.user_id, "参加抽奖，谢谢"),
            (ops.user_id, ben_answer),
        ]
        rows = again.campaign_entries.entries(cid)
        assert sorted(r.member_id for r in rows) == sorted([amy_id, ben_id])
        assert again.campaigns.campaign(cid).entries == 2
        assert _outbound(again) == 2  # the echoes of our own answers are not stored again

        # The draw: reproducible from its seed; only the winner hears about it.
        seed = 20260101
        (winner_id,) = rules.draw_winners([amy_id, ben_id], 1, seed)
        drawn = again.campaign_entries.draw(cid, seed=seed)
        assert [e.member_id for e in drawn] == [winner_id]
        row = again.campaigns.campaign(cid)
        assert (row.status, row.draw_seed, row.winners) == (CampaignStatus.CLOSED, seed, 1)
        winner, loser = (amy, ben) if winner_id == amy_id else (ben, amy)
        rooms = {amy.user_id: amy_room, ben.user_id: ben_room}

        async def after_draw() -> tuple[list, list]:
            await drain(again)
            return (
                await _dm(running_synapse, winner, rooms[winner.user_id]),
                await _dm(running_synapse, loser, rooms[loser.user_id]),
            )

        winner_sees, loser_sees = arun(after_draw())
        names = {amy.user_id: "李华", ben.user_id: _localpart(ben)}
        told = f"恭喜{names[winner.user_id]}！你在「周年庆抽奖」中奖了，请留下收货地址。"
        before = {amy.user_id: amy_sees, ben.user_id: ben_sees}
        assert winner_sees == [*before[winner.user_id], (ops.user_id, told)]
        assert loser_sees == before[loser.user_id]  # nothing for the other entrant
    finally:
        again.close()


def test_a_survey_sends_its_questions_in_the_dm_and_reads_the_answers_that_follow(
    services: Services,
    running_synapse: SynapseServer,
    new_user: Callable[..., RegisteredUser],
    arun: Callable,
) -> None:
    ops, cara = new_user("ops"), new_user("cara")
    cid = services.campaigns.save(SURVEY)
    services.campaigns.set_status(cid, CampaignStatus.OPEN)

    def state() -> EntryState | None:
        rows = services.campaign_entries.entries(cid)
        return rows[0].state if rows else None

    async def scenario() -> tuple[list, list]:
        account = await add_operator(services, running_synapse, ops)
        cara_s = session_of(running_synapse, cara)
        try:
            room = await cara_s.ensure_dm_room(ops.user_id)
            await cara_s.send_text(room, "问卷")
            await sync_until(services, account, lambda: state() == EntryState.AWAITING_ANSWERS)
            await drain(services)
            asked = await _dm(running_synapse, cara, room)
            await cara_s.send_text(room, "1A 2 好喝")
            await sync_until(services, account, lambda: state() == EntryState.ANSWERED)
            await drain(services)
            await sync_until(services, account, lambda: True)
            answered = await _dm(running_synapse, cara, room)
        finally:
            await cara_s.close()
        return asked, answered

    asked, answered = arun(scenario())
    questions = (
        f"谢谢{_localpart(cara)}！请回答下面的问题：\n\n"
        "1. 你最常点哪款？\n   A. 拿铁\n   B. 美式\n   C. 手冲\n2. 新品的口味怎么样？\n\n"
        "（1A 2 …）"
    )
    assert asked == [(cara.user_id, "问卷"), (ops.user_id, questions)]
    thanks = rules.DEFAULT_THANKS.format(campaign="新品口味调查")
    assert answered == [*asked, (cara.user_id, "1A 2 好喝"), (ops.user_id, thanks)]
    (entry,) = services.campaign_entries.entries(cid)
    assert entry.state == EntryState.ANSWERED
    assert entry.answers == ("拿铁", "好喝") and entry.problems == ()
    assert services.campaigns.campaign(cid).answered == 1
    head, rows = services.campaign_entries.table(cid)
    assert head[-2:] == ["你最常点哪款？", "新品的口味怎么样？"]
    assert [r[-2:] for r in rows] == [["拿铁", "好喝"]]
