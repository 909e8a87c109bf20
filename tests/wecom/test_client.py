"""WeComClient against the contract server: token cache, refetch, backoff, errors, paging."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

import pytest

from desktop.channels.wecom import AppConfig, Retry, TokenCache, WeComClient, WeComError, api
from tests.wecom_contract.fixtures import CORP_ID, SECRET
from tests.wecom_contract.server import ContractServer

T = TypeVar("T")


def run(server: ContractServer, work: Callable[[WeComClient], Awaitable[T]], **kw: object) -> T:
    sleeps: list[float] = []

    async def fake_sleep(s: float) -> None:
        sleeps.append(s)

    async def main() -> T:
        client = WeComClient(
            AppConfig(kw.pop("corp", CORP_ID), kw.pop("secret", SECRET), 1000002),  # type: ignore[arg-type]
            base_url=server.url,
            tokens=TokenCache(),
            retry=Retry(attempts=3, first_delay_s=1.0),
            sleep=fake_sleep,
        )
        async with client:
            return await work(client)

    result = asyncio.run(main())
    server.state.__dict__.setdefault("_sleeps", []).extend(sleeps)
    return result


def test_one_token_for_many_calls(wecom_server: ContractServer) -> None:
    wecom_server.state.add_group("wrA", "拾光一群", "owner1", members=2)

    async def work(client: WeComClient) -> None:
        for _ in range(5):
            await api.get_group_chat(client, "wrA")

    run(wecom_server, work)
    assert wecom_server.state.token_fetches == 1


def test_expired_token_is_refetched_once(wecom_server: ContractServer) -> None:
    wecom_server.state.add_group("wrA", "拾光一群", "owner1")

    async def work(client: WeComClient) -> str:
        await api.get_group_chat(client, "wrA")
        wecom_server.state.expired_tokens.update(wecom_server.state.tokens)
        return (await api.get_group_chat(client, "wrA")).name

    assert run(wecom_server, work) == "拾光一群"
    assert wecom_server.state.token_fetches == 2


def test_token_refused_twice_raises_instead_of_looping(wecom_server: ContractServer) -> None:
    wecom_server.state.add_group("wrA", "拾光一群", "owner1")
    wecom_server.state.faults["/cgi-bin/externalcontact/groupchat/get"] += [40014, 40014, 40014]

    with pytest.raises(WeComError) as e:
        run(wecom_server, lambda c: api.get_group_chat(c, "wrA"))
    assert e.value.errcode == 40014
    assert wecom_server.state.token_fetches == 2


def test_rate_limit_backs_off_then_succeeds(wecom_server: ContractServer) -> None:
    wecom_server.state.add_group("wrA", "拾光一群", "owner1")
    wecom_server.state.faults["/cgi-bin/externalcontact/groupchat/get"] += [45009, 45009]
    assert run(wecom_server, lambda c: api.get_group_chat(c, "wrA")).name == "拾光一群"
    assert wecom_server.state.__dict__["_sleeps"] == [1.0, 2.0]


def test_rate_limit_gives_up_after_bounded_attempts(wecom_server: ContractServer) -> None:
    wecom_server.state.add_group("wrA", "拾光一群", "owner1")
    wecom_server.state.faults["/cgi-bin/externalcontact/groupchat/get"] += [45009] * 5
    with pytest.raises(WeComError) as e:
        run(wecom_server, lambda c: api.get_group_chat(c, "wrA"))
    assert e.value.errcode == 45009 and e.value.is_temporary


def test_untrusted_ip_names_the_fix(wecom_server: ContractServer) -> None:
    wecom_server.state.trusted_ips = {"203.0.113.7"}
    with pytest.raises(WeComError) as e:
        run(wecom_server, lambda c: api.list_group_chats(c, limit=10))
    assert e.value.errcode == 60020
    assert "this computer's IP is not in the app's trusted IPs" in e.value.message
    assert "run the worker on the team server or add this IP" in e.value.message


def test_bad_secret_and_corp_are_told_apart(wecom_server: ContractServer) -> None:
    with pytest.raises(WeComError) as bad_secret:
        run(wecom_server, lambda c: c.token(), secret="wrong")
    with pytest.raises(WeComError) as bad_corp:
        run(wecom_server, lambda c: c.token(), corp="wwnobody")
    assert bad_secret.value.errcode == 40001 and "Secret" in bad_secret.value.message
    assert bad_corp.value.errcode == 40013 and "corp ID" in bad_corp.value.message


def test_no_customer_contact_permission(wecom_server: ContractServer) -> None:
    wecom_server.state.apps[0].external_contact = False
    with pytest.raises(WeComError) as e:
        run(wecom_server, lambda c: api.list_group_chats(c, limit=10))
    assert e.value.errcode == 48002 and "客户联系" in e.value.message


def test_unknown_code_shows_code_and_errmsg(wecom_server: ContractServer) -> None:
    wecom_server.state.faults["/cgi-bin/externalcontact/groupchat/list"].append(99999)
    with pytest.raises(WeComError) as e:
        run(wecom_server, lambda c: api.list_group_chats(c, limit=10))
    assert e.value.message == "WeCom error 99999: injected 99999"


def test_server_down_is_unreachable_not_a_crash() -> None:
    server = ContractServer().start()
    url = server.url
    server.stop()

    async def main() -> None:
        async def no_sleep(_s: float) -> None:
            return None

        client = WeComClient(
            AppConfig(CORP_ID, SECRET), base_url=url, tokens=TokenCache(), sleep=no_sleep
        )
        async with client:
            await client.token()

    with pytest.raises(WeComError) as e:
        asyncio.run(main())
    assert e.value.unreachable and e.value.is_temporary


def test_paging_and_81017(wecom_server: ContractServer) -> None:
    for i in range(25):
        wecom_server.state.add_group(f"wr{i:04d}", f"群{i}", f"owner{i % 3}")
    wecom_server.state.visible_staff = 5000

    async def work(client: WeComClient) -> list[str]:
        with pytest.raises(WeComError) as e:
            await api.list_group_chats(client, limit=10)
        assert e.value.errcode == 81017
        seen: list[str] = []
        cursor = ""
        while True:
            page = await api.list_group_chats(
                client, owners=["owner0", "owner1"], cursor=cursor, limit=4
            )
            seen += [c.chat_id for c in page.chats]
            cursor = page.next_cursor
            if not cursor:
                return seen

    seen = run(wecom_server, work)
    assert len(seen) == len(set(seen)) == 17


def test_group_task_welcome_and_join_way(wecom_server: ContractServer) -> None:
    state = wecom_server.state
    state.add_group("wrA", "拾光一群", "owner1")
    state.add_group("wrB", "拾光二群", "owner1")
    code = state.issue_welcome_code()

    async def work(client: WeComClient) -> None:
        made = await api.add_group_msg_template(client, "owner1", ["wrA", "wrB"], "本周活动")
        assert made.msgid and made.fail_list == []
        tasks = await api.get_group_msg_tasks(client, made.msgid)
        assert [t.status for t in tasks] == [0]
        state.confirm(made.msgid, ["wrA"])
        sends = await api.get_group_msg_send_result(client, made.msgid, "owner1")
        assert {s.chat_id: s.status for s in sends} == {"wrA": 1, "wrB": 0}
        for _ in range(3):
            await api.remind_group_msg(client, made.msgid)
        await api.send_welcome_msg(client, code, "你好")
        with pytest.raises(WeComError) as e:
            await api.send_welcome_msg(client, code, "你好")
        assert e.value.errcode == 41051
        tpl = await api.add_group_welcome_template(client, "欢迎 %NICKNAME%")
        assert await api.get_group_welcome_template(client, tpl) == "欢迎 %NICKNAME%"
        config = await api.add_join_way(client, ["wrA"], state="poster-1")
        way = await api.get_join_way(client, config)
        assert way.state == "poster-1"
        # qr_code is a picture's address: what it serves is the code.
        assert await client.download(way.qr_code) == state.join_ways[config].image
        await api.notify_staff(client, "owner1", "请确认群发")

    run(wecom_server, work)
    assert state.staff_messages == [("owner1", "请确认群发")]
