"""Callbacks on the worker's HTTP server, sent encrypted the way WeCom sends them: URL
verification, forgeries refused, replays ignored, joins and leaves, the contact welcome."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import aiohttp
import pytest
from sqlalchemy import func, select

from desktop.services.container import Services
from desktop.services.web import WebListener, build_sites
from desktop.store.models import Enrolment, Member, ModerationAction, WeComCallback
from tests.sending.conftest import memory_keyring  # noqa: F401 (fixture)
from tests.wecom.support import CALLBACK, add_account, journey_group
from tests.wecom_contract import callbacks as wecom
from tests.wecom_contract.server import ContractServer
from tests.wecom_contract.state import Member as WeComMember

pytestmark = pytest.mark.usefixtures("memory_keyring")
T = TypeVar("T")


def served(services: Services, work: Callable[[str], Awaitable[T]]) -> T:
    async def main() -> T:
        listener = WebListener("127.0.0.1", 0, build_sites(services))
        await listener.start()
        try:
            result = await work(listener.base_url)
            await services.wecom_callbacks.idle()
            return result
        finally:
            await listener.stop()

    return asyncio.run(main())


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_url_verification_echoes_and_a_forgery_is_refused(
    services: Services, wecom_server: ContractServer
) -> None:
    account = add_account(services, wecom_server)

    async def work(base: str) -> tuple[int, str, int, int]:
        url = f"{base}/wecom/{account}/callback"
        query = wecom.url_check(CALLBACK, "4219781536592301")
        async with aiohttp.ClientSession() as http:
            async with http.get(url, params=query) as ok:
                echoed = (ok.status, await ok.text())
            forged = {**query, "msg_signature": "0" * 40}
            async with http.get(url, params=forged) as bad:
                refused = bad.status
        status, _ = await wecom.deliver(
            url, CALLBACK, wecom.chat_event("wrX", "dismiss"), bad_signature=True
        )
        return echoed[0], echoed[1], refused, status

    assert served(services, work) == (200, "4219781536592301", 403, 403)
    assert count(services, WeComCallback) == 0


def test_old_timestamp_wrong_corp_and_broken_body_store_nothing(
    services: Services, wecom_server: ContractServer
) -> None:
    account = add_account(services, wecom_server)

    async def work(base: str) -> list[int]:
        url = f"{base}/wecom/{account}/callback"
        event = wecom.chat_event("wrX", "dismiss")
        old, _ = await wecom.deliver(url, CALLBACK, event, timestamp=int(time.time()) - 3600)
        corp, _ = await wecom.deliver(url, CALLBACK, event, corp_id="wwSomeoneElse")
        async with (
            aiohttp.ClientSession() as http,
            http.post(
                url,
                params={"msg_signature": "x", "timestamp": str(int(time.time())), "nonce": "1"},
                data="<xml><Encrypt>",
            ) as resp,
        ):
            broken = resp.status
        return [old, corp, broken]

    assert served(services, work) == [403, 403, 400]
    assert count(services, WeComCallback) == 0


def test_join_enrols_leave_records_and_a_replay_changes_nothing(
    services: Services, wecom_server: ContractServer
) -> None:
    state = wecom_server.state
    chat = state.add_group("wrCB0001", "拾光咖啡一群", "owner1")
    account = add_account(services, wecom_server)
    asyncio.run(services.wecom_sync.sync(account))
    group_id = journey_group(services)
    services.wecom_ingest.link(account, "wrCB0001", group_id)

    async def work(base: str) -> None:
        url = f"{base}/wecom/{account}/callback"
        for userid in ("wmA1", "wmB2"):  # what happened in WeCom, then its event
            chat.members[userid] = WeComMember(userid, join_time=int(time.time()))
        join = wecom.chat_event("wrCB0001", "update", "add_member", ["wmA1", "wmB2"], join_scene=3)
        query, body = wecom.signed_post(CALLBACK, join)
        async with aiohttp.ClientSession() as http:
            for _ in range(2):  # WeCom retries when unsure: the second is a replay
                async with http.post(url, params=query, data=body) as resp:
                    assert (resp.status, await resp.text()) == (200, "success")
        await services.wecom_callbacks.idle()
        del chat.members["wmA1"]
        leave = wecom.chat_event("wrCB0001", "update", "del_member", ["wmA1"])
        assert (await wecom.deliver(url, CALLBACK, leave))[0] == 200

    served(services, work)
    assert count(services, WeComCallback) == 2
    assert count(services, Enrolment) == 2
    with services.db.read() as s:
        left = s.scalars(select(ModerationAction.member_id)).all()
        assert len(left) == 1
        leaver = s.get(Member, left[0])
        assert leaver is not None and leaver.lifecycle == "churned"


def test_new_contact_gets_the_welcome_once_and_41051_after(
    services: Services, wecom_server: ContractServer
) -> None:
    account = add_account(services, wecom_server)
    services.journeys.create_default()  # its first personal step is the contact welcome
    code = wecom_server.state.issue_welcome_code()

    async def work(base: str) -> None:
        url = f"{base}/wecom/{account}/callback"
        added = wecom.contact_added("owner1", "wmNEW1", code, state="poster-1")
        assert (await wecom.deliver(url, CALLBACK, added))[0] == 200
        # The same code in a different event (WeCom would not, a forger might): 41051.
        again = wecom.contact_added("owner1", "wmNEW1", code, state="poster-2")
        assert (await wecom.deliver(url, CALLBACK, again))[0] == 200

    served(services, work)
    expected = services.wecom_callbacks.journey_welcome(account)
    assert wecom_server.state.welcomes_sent == [(code, expected)]
    assert expected != "你好 %NICKNAME%,欢迎!" and "{" not in expected
    with services.db.read() as s:
        outcomes = sorted(s.scalars(select(WeComCallback.outcome)))
    assert (
        outcomes[0].startswith("welcome not sent: welcome code already used")
        and "41051" in outcomes[0]
    )
    assert outcomes[1] == "welcome sent"
