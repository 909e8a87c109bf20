"""Callback → sync_msg → inbox: the member, the conversation, media, unknown types, paging."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from desktop.domain.enums import ChannelKind, ContactChannel, MessageDirection
from desktop.services.inbox.types import QueueFilter
from desktop.services.web.listener import WebListener
from desktop.services.wechat_kf.ingest import KfIngest
from desktop.services.wechat_kf.sync import KfSync
from desktop.services.wecom.site import wecom_site
from desktop.store.models import KfAccount, Member, MemberContact, Message, MessageAttachment
from tests.wecom_contract.callbacks import deliver
from tests.wecom_contract.kf import kf_event_xml

from .conftest import CALLBACK, OPEN_KFID, KfEnv, run


def test_a_signed_callback_brings_messages_media_and_names_into_the_inbox(kf_env: KfEnv) -> None:
    kf_env.kf.nicknames["wmAlice"] = "小爱"
    with kf_env.server.state.lock:
        media_id = kf_env.kf.upload(b"\x89PNG fake", "image/png", "photo.png")
    kf_env.user_says("wmAlice", "你好，想问问会员卡")
    kf_env.user_says("wmAlice", media_id, "image")
    kf_env.user_says("wmAlice", "", "channels_shop_order")
    with kf_env.server.state.lock:
        token = kf_env.kf.callback_token(kf_env.server.state)
    services = kf_env.services

    async def scenario() -> tuple[int, str, int, str]:
        listener = WebListener("127.0.0.1", 0, [wecom_site(services.wecom_callbacks)])
        await listener.start()
        try:
            url = f"{listener.base_url}/wecom/{kf_env.app_account_id}/callback"
            xml = kf_event_xml(token, OPEN_KFID, int(time.time()))
            status, body = await deliver(url, CALLBACK, xml)
            bad_status, _ = await deliver(url, CALLBACK, xml, bad_signature=True)
            await services.wechat_kf_callback.drain()
        finally:
            await listener.stop()
        return status, body, bad_status, url

    status, body, bad_status, _url = run(scenario())
    assert (status, body) == (200, "success")
    assert bad_status == 403  # a forged callback is refused

    page = services.inbox.queue.page(flt=QueueFilter(channel=ChannelKind.WECHAT_KF))
    assert len(page.rows) == 1
    assert page.rows[0].member_name == "小爱"  # named through kf/customer/batchget
    with services.db.read() as s:
        member_id = s.scalar(
            select(MemberContact.member_id).where(
                MemberContact.channel == ContactChannel.WECOM,
                MemberContact.address == "wmAlice",
            )
        )
        member = s.get(Member, member_id)
        assert member is not None and member.source == "微信客服"
        texts = list(
            s.scalars(
                select(Message.body_text)
                .where(Message.direction == MessageDirection.INBOUND)
                .order_by(Message.id)
            )
        )
        files = {a.filename: a for a in s.scalars(select(MessageAttachment))}
    assert texts == [
        "你好，想问问会员卡",
        "[图片]",
        "unsupported message (channels_shop_order)",
    ]
    assert files["photo.png"].content == b"\x89PNG fake"
    raw = files["channels_shop_order.json"]
    assert raw.content_type == "application/json" and b"channels_shop_order" in raw.content


def test_paging_restarts_from_the_saved_cursor_without_loss_or_duplicates(
    kf_env: KfEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000 messages from 300 users in one burst; the second page's transaction fails."""
    for i in range(2000):
        kf_env.user_says(f"wm{i % 300:04d}", f"消息 {i}")
    original = KfIngest.store_page
    calls = {"n": 0}

    def crash_on_second_page(self: KfIngest, *args: object, **kw: object) -> object:
        calls["n"] += 1
        if calls["n"] == 2:
            with self.db.write() as s:  # writes inside, then dies before the commit
                s.add(Message(conversation_id=1, direction="in", body_text="half"))
                raise RuntimeError("killed mid-page")
        return original(self, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(KfIngest, "store_page", crash_on_second_page)
    with pytest.raises(RuntimeError):
        kf_env.sync()
    with kf_env.services.db.read() as s:
        assert s.scalar(select(func.count(Message.id))) == 1000  # the first page, whole
        cursor = s.scalar(select(KfAccount.cursor))
    assert cursor

    monkeypatch.setattr(KfIngest, "store_page", original)
    # A restarted app: new sync objects read the cursor from the database.
    restarted = KfSync(kf_env.services.wechat_kf_accounts, KfIngest(kf_env.services.db))
    with kf_env.server.state.lock:
        token = kf_env.kf.callback_token(kf_env.server.state)
    assert run(restarted.on_callback(OPEN_KFID, token)) == 1000
    with kf_env.services.db.read() as s:
        bodies = list(s.scalars(select(Message.body_text).order_by(Message.id)))
    assert bodies == [f"消息 {i}" for i in range(2000)]  # each once, in order
    assert kf_env.sync() == 0  # nothing new, nothing twice


def test_an_expired_callback_token_is_reported_not_looped(kf_env: KfEnv) -> None:
    kf_env.user_says("wmBob", "在吗")
    with kf_env.server.state.lock:
        token = kf_env.kf.callback_token(kf_env.server.state)
        kf_env.kf.tokens[token] -= 601  # the Token lives 10 minutes (W/94670)
    from desktop.channels.wecom.errors import WeComError

    with pytest.raises(WeComError):
        run(kf_env.services.wechat_kf_sync.on_callback(OPEN_KFID, token))
    with kf_env.services.db.read() as s:
        acc = s.scalar(select(KfAccount))
        assert acc is not None and acc.status == "error" and "95007" in (acc.last_error or "")
