"""Only the 客服账号 ticked to serve the inbox are read into it."""

from __future__ import annotations

import time

from sqlalchemy import select

from desktop.channels.wechat_kf.types import KfAccountInfo
from desktop.domain.enums import ChannelKind, MessageDirection
from desktop.services.inbox.types import QueueFilter
from desktop.services.web.listener import WebListener
from desktop.services.wecom.site import wecom_site
from desktop.store.models import Conversation, KfAccount, Message
from tests.wecom_contract.callbacks import deliver
from tests.wecom_contract.kf import kf_event_xml

from .conftest import CALLBACK, OPEN_KFID, KfEnv, run

OTHER_KFID = "wkContract0000002"


def _callbacks(env: KfEnv, kfids: list[str]) -> list[tuple[int, str]]:
    """WeCom calls back once per 客服账号 with news, each with its own Token."""
    with env.server.state.lock:
        tokens = [env.kf.callback_token(env.server.state) for _ in kfids]
    services = env.services

    async def scenario() -> list[tuple[int, str]]:
        listener = WebListener("127.0.0.1", 0, [wecom_site(services.wecom_callbacks)])
        await listener.start()
        try:
            url = f"{listener.base_url}/wecom/{env.app_account_id}/callback"
            answers = [
                await deliver(url, CALLBACK, kf_event_xml(token, kfid, int(time.time())))
                for token, kfid in zip(tokens, kfids, strict=True)
            ]
            await services.wechat_kf_callback.drain()
        finally:
            await listener.stop()
        return answers

    return run(scenario())


def _inbound(env: KfEnv) -> list[tuple[int | None, str]]:
    with env.services.db.read() as s:
        rows = s.execute(
            select(Conversation.channel_account_id, Message.body_text)
            .join(Conversation, Message.conversation_id == Conversation.id)
            .where(Message.direction == MessageDirection.INBOUND)
            .order_by(Message.id)
        ).all()
    return [(a, t) for a, t in rows]


def test_an_unticked_account_stays_out_of_the_inbox_until_it_is_ticked(kf_env: KfEnv) -> None:
    kf_env.kf.accounts[OTHER_KFID] = "拾光烘焙客服"
    other_id = kf_env.services.wechat_kf_accounts.serve_from_app(
        kf_env.app_account_id, KfAccountInfo(OTHER_KFID, "拾光烘焙客服"), serves_inbox=False
    )
    kf_env.user_says("wmAlice", "咖啡豆还有吗")
    with kf_env.server.state.lock:
        kf_env.kf.user_says(kf_env.server.state, OTHER_KFID, "wmBob", "蛋糕可以预订吗")

    answers = _callbacks(kf_env, [OPEN_KFID, OTHER_KFID])

    assert answers == [(200, "success"), (200, "success")]  # WeCom is answered either way
    assert _inbound(kf_env) == [(kf_env.account_id, "咖啡豆还有吗")]
    page = kf_env.services.inbox.queue.page(flt=QueueFilter(channel=ChannelKind.WECHAT_KF))
    assert len(page.rows) == 1
    with kf_env.services.db.read() as s:
        other = s.get(KfAccount, other_id)
        assert other is not None and other.cursor is None  # nothing was read for it

    # Ticked later, it reads what WeCom still keeps, from where it never started.
    kf_env.services.wechat_kf_accounts.set_serves_inbox(other_id, True)
    _callbacks(kf_env, [OTHER_KFID])
    assert _inbound(kf_env) == [
        (kf_env.account_id, "咖啡豆还有吗"),
        (other_id, "蛋糕可以预订吗"),
    ]
