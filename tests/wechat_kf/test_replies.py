"""Replies from the reply box: the 48 h / 5-message window, states, banned and unsubscribe
words, the welcome within 20 s, ending a session with its 结束语."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from desktop.domain.enums import ChannelKind, DeliveryStatus, MessageDirection
from desktop.services.inbox.reply import ReplyBlocked, ReplyService
from desktop.services.wechat_kf.actions import KfActions
from desktop.store.models import ConsentRecord, Delivery, KfSession, Message
from tests.sending.helpers import run_dispatcher

from .conftest import OPEN_KFID, KfEnv, run


def _conversation(env: KfEnv, user: str) -> int:
    with env.services.db.read() as s:
        conv = s.scalar(select(KfSession.conversation_id).where(KfSession.external_userid == user))
    assert conv is not None
    return int(conv)


def _deliver(env: KfEnv) -> None:
    run_dispatcher(env.services.db, env.services.secrets)


def _states(env: KfEnv) -> list[str]:
    with env.services.db.read() as s:
        return [str(x) for x in s.scalars(select(Delivery.status).order_by(Delivery.id))]


def test_five_replies_fit_the_window_and_a_sixth_is_refused_until_the_user_writes(
    kf_env: KfEnv,
) -> None:
    kf_env.user_says("wmCara", "请问几点开门？")
    kf_env.sync()
    conv = _conversation(kf_env, "wmCara")
    replies = kf_env.services.replies
    for i in range(5):
        replies.send(conv, f"第 {i + 1} 条回复")
    check = replies.check(conv, "第六条")
    assert check.window_closed == "used_up" and check.blocking
    with pytest.raises(ReplyBlocked):
        replies.send(conv, "第六条")
    _deliver(kf_env)
    assert [d["text"] for d in kf_env.kf.delivered] == [f"第 {i + 1} 条回复" for i in range(5)]
    assert _states(kf_env) == ["sent"] * 5

    kf_env.user_says("wmCara", "好的，谢谢")  # a new window
    kf_env.sync()
    assert replies.check(conv, "不客气").window_closed is None
    replies.send(conv, "不客气")
    _deliver(kf_env)
    assert kf_env.kf.delivered[-1]["text"] == "不客气"


def test_after_48_hours_the_reply_box_refuses_and_wecom_refusals_are_not_retried(
    kf_env: KfEnv,
) -> None:
    kf_env.user_says("wmDan", "在吗")
    kf_env.sync()
    conv = _conversation(kf_env, "wmDan")
    later = datetime.now(UTC) + timedelta(hours=48, minutes=1)
    late = ReplyService(kf_env.services.db, kf_env.services.outbox, clock=lambda: later)
    assert late.check(conv, "抱歉久等").window_closed == "expired"
    # A reply queued in time that reaches WeCom too late: 95002, failed once, not looped.
    kf_env.services.replies.send(conv, "稍等")
    with kf_env.server.state.lock:
        kf_env.server.state.now = later.timestamp()
    _deliver(kf_env)
    with kf_env.services.db.read() as s:
        row = s.scalar(select(Delivery))
        assert row is not None and row.status == DeliveryStatus.FAILED
        assert row.attempts == 1 and "95002" in (row.last_error or "")
    assert kf_env.kf.delivered == []


def test_a_session_with_reception_staff_cannot_be_answered_through_the_api(
    kf_env: KfEnv,
) -> None:
    kf_env.user_says("wmEve", "转人工")
    kf_env.sync()
    conv = _conversation(kf_env, "wmEve")
    run(kf_env.services.wechat_kf_actions.to_human(conv, "zhangsan"))
    assert kf_env.kf.session(OPEN_KFID, "wmEve").state == 3
    assert kf_env.services.replies.check(conv, "您好").window_closed == "state"


def test_banned_words_need_confirmation_as_in_mail(kf_env: KfEnv) -> None:
    kf_env.user_says("wmFay", "有优惠吗")
    kf_env.sync()
    conv = _conversation(kf_env, "wmFay")
    kf_env.services.replies.set_banned_words(["最便宜"])
    check = kf_env.services.replies.check(conv, "我们全网最便宜")
    assert check.banned and check.needs_confirmation and not check.blocking
    with pytest.raises(ReplyBlocked):
        kf_env.services.replies.send(conv, "我们全网最便宜")


def test_unsubscribe_word_in_wechat_records_the_opt_out(kf_env: KfEnv) -> None:
    kf_env.user_says("wmGus", "退订")
    kf_env.sync()
    with kf_env.services.db.read() as s:
        records = list(s.scalars(select(ConsentRecord)))
        notes = list(s.scalars(select(Message.event).where(Message.direction == "note")))
    assert any(not r.granted and r.channel == ChannelKind.WECHAT_KF for r in records)
    assert notes == ["unsubscribe"]
    kf_env.sync()  # the same page again changes nothing
    with kf_env.services.db.read() as s:
        assert len(list(s.scalars(select(ConsentRecord)))) == len(records)


def test_welcome_is_sent_within_20_seconds_and_not_after(kf_env: KfEnv) -> None:
    kf_env.services.wechat_kf_accounts.set_texts(
        kf_env.account_id, welcome_text="欢迎来到拾光咖啡！回复「会员」了解会员卡。", end_text=""
    )
    with kf_env.server.state.lock:
        code = kf_env.kf.user_enters(kf_env.server.state, OPEN_KFID, "wmHal", scene="poster")
    assert code
    kf_env.sync()
    assert kf_env.kf.delivered == [
        {
            "msgid": kf_env.kf.delivered[0]["msgid"],
            "code": code,
            "kind": "welcome",
            "text": "欢迎来到拾光咖啡！回复「会员」了解会员卡。",
            "via": "send_msg_on_event",
        }
    ]
    with kf_env.services.db.read() as s:
        sess = s.scalar(select(KfSession).where(KfSession.external_userid == "wmHal"))
        assert sess is not None and sess.scene == "poster"
        out = s.scalar(
            select(Message.body_text).where(Message.direction == MessageDirection.OUTBOUND)
        )
    assert out is not None and out.startswith("欢迎来到拾光咖啡")

    # Another user whose event is read 21 s after it happened: the code is dead, not tried.
    with kf_env.server.state.lock:
        kf_env.kf.user_enters(kf_env.server.state, OPEN_KFID, "wmIvy")
    late = KfActions(
        kf_env.services.wechat_kf_accounts,
        clock=lambda: datetime.now(UTC) + timedelta(seconds=21),
    )
    kf_env.services.wechat_kf_sync.on_welcome = late.welcome
    kf_env.sync()
    assert len(kf_env.kf.delivered) == 1
    with kf_env.services.db.read() as s:
        events = list(s.scalars(select(Message.event).where(Message.event.is_not(None))))
    assert events == ["kf_welcome_expired"]


def test_ending_a_session_sends_the_closing_words(kf_env: KfEnv) -> None:
    kf_env.services.wechat_kf_accounts.set_texts(
        kf_env.account_id, welcome_text="", end_text="感谢咨询，祝您生活愉快！"
    )
    kf_env.user_says("wmJoe", "没问题了")
    kf_env.sync()
    conv = _conversation(kf_env, "wmJoe")
    assert run(kf_env.services.wechat_kf_actions.end(conv)) is True
    assert kf_env.kf.session(OPEN_KFID, "wmJoe").state == 4
    assert kf_env.kf.delivered[-1]["kind"] == "end"
    assert kf_env.kf.delivered[-1]["text"] == "感谢咨询，祝您生活愉快！"
    assert kf_env.services.replies.check(conv, "还在吗").window_closed == "state"


def test_the_welcome_can_be_the_welcome_journeys_first_step(kf_env: KfEnv) -> None:
    from desktop.services.welcome.journeys import JourneyEditor

    journey = JourneyEditor(kf_env.services.db).create_default()
    kf_env.services.wechat_kf_accounts.set_texts(
        kf_env.account_id, welcome_text="（备用欢迎语）", end_text=""
    )
    kf_env.services.wechat_kf_accounts.set_journey(kf_env.account_id, journey)
    with kf_env.server.state.lock:
        kf_env.kf.user_enters(kf_env.server.state, OPEN_KFID, "wmQin")
    kf_env.sync()
    assert len(kf_env.kf.delivered) == 1
    text = kf_env.kf.delivered[0]["text"]
    assert text != "（备用欢迎语）" and "{" not in text
    assert text.startswith("【")  # the step's title leads, as a chat has no subject line
