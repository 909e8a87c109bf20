"""The welcome journey continues in the WeChat conversation (issue 16, item 4): the welcome
on entering, later steps through kf/send_msg inside the reply window, a step due while the
window is closed held until the user writes again, at most 5 in a window, none doubled."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select, update

from desktop.domain.enums import DelayAnchor, StepChannel, WelcomeStepKind
from desktop.store.models import (
    Delivery,
    Enrolment,
    Group,
    KfSession,
    Member,
    WelcomeJourney,
    WelcomeStep,
    WorkspaceSettings,
)

from .conftest import OPEN_KFID, KfEnv
from .test_replies import _conversation, _deliver

STEPS = (
    ("欢迎", 0, "{name}，欢迎来到拾光咖啡！"),
    ("答疑", 60, "有问题直接回复这封邮件即可。"),
    ("活动", 60, "第三步：本周活动预告"),
    ("权益", 60, "第四步：会员权益"),
)


def _journey(env: KfEnv, first: WelcomeStepKind = WelcomeStepKind.CUSTOM) -> None:
    with env.services.db.write() as s:
        # No quiet hours: these tests are about the reply window, whatever the time of day
        # they run at (a step due at 02:00 in Shanghai would wait for the morning).
        s.execute(update(WorkspaceSettings).values(quiet_start="00:00", quiet_end="00:00"))
        j = WelcomeJourney(name="微信新朋友")
        for pos, (title, delay, body) in enumerate(STEPS):
            j.steps.append(
                WelcomeStep(
                    position=pos,
                    kind=first if pos == 0 else WelcomeStepKind.CUSTOM,
                    title=title,
                    channel=StepChannel.EMAIL,
                    delay_minutes=delay,
                    delay_anchor=DelayAnchor.PREVIOUS,
                    subject="",
                    template=body,
                    enabled=True,
                )
            )
        s.add(j)
        s.flush()
        journey_id = j.id
    env.services.wechat_kf_accounts.set_journey(env.account_id, journey_id)


def _enter(env: KfEnv, user: str) -> None:
    with env.server.state.lock:
        env.kf.user_enters(env.server.state, OPEN_KFID, user)
    env.sync()


def _says(env: KfEnv, user: str, text: str) -> None:
    env.user_says(user, text)
    env.sync()


def _enrolment(env: KfEnv) -> Enrolment:
    with env.services.db.read() as s:
        e = s.scalar(select(Enrolment))
        assert e is not None
        s.expunge(e)
        return e


def _step_due_now(env: KfEnv, minutes_ago: int = 61) -> datetime:
    """Pretend the last step went out ``minutes_ago``: the next (60 min later) is due now."""
    now = datetime.now(UTC)
    with env.services.db.write() as s:
        s.execute(
            update(Enrolment).values(
                last_step_at=now - timedelta(minutes=minutes_ago),
                next_due_at=now - timedelta(minutes=1),
            )
        )
    return now


def _advance(env: KfEnv, now: datetime) -> None:
    env.services.welcome_runner.run_once(now)
    _deliver(env)


def _texts(env: KfEnv, via: str = "send_msg") -> list[str]:
    return [str(d["text"]) for d in env.kf.delivered if d.get("via") == via]


def test_the_journey_continues_in_the_conversation_and_waits_for_a_closed_window(
    kf_env: KfEnv,
) -> None:
    _journey(kf_env)
    _enter(kf_env, "wmRui")
    assert len(kf_env.kf.delivered) == 1 and "欢迎来到拾光咖啡" in kf_env.kf.delivered[0]["text"]
    assert _enrolment(kf_env).next_position == 1  # the welcome was the first step

    _says(kf_env, "wmRui", "你好")
    _advance(kf_env, _step_due_now(kf_env))
    assert _texts(kf_env) == ["【答疑】\n有问题直接在这里回复即可。"]  # worded for a chat
    assert kf_env.kf.delivered[-1]["touser"] == "wmRui"

    # 48 hours of silence: the next step is held, not sent to fail.
    with kf_env.services.db.write() as s:
        s.execute(
            update(KfSession).values(
                last_user_message_at=datetime.now(UTC) - timedelta(hours=49),
                window_counted_since=None,
            )
        )
    _advance(kf_env, _step_due_now(kf_env))
    assert len(_texts(kf_env)) == 1
    held = _enrolment(kf_env)
    assert held.status == "active" and held.next_position == 2 and held.next_due_at is None

    _says(kf_env, "wmRui", "在吗？")  # a new window: the held step goes
    _advance(kf_env, datetime.now(UTC))
    _advance(kf_env, datetime.now(UTC))
    assert _texts(kf_env) == [
        "【答疑】\n有问题直接在这里回复即可。",
        "【活动】\n第三步：本周活动预告",
    ]
    with kf_env.services.db.read() as s:
        conv = _conversation(kf_env, "wmRui")
        assert s.scalar(select(KfSession.conversation_id)) == conv


def _queued(env: KfEnv) -> list[str]:
    """Every message queued to the user (the dispatcher's own spacing rules may hold some)."""
    with env.services.db.read() as s:
        return list(s.scalars(select(Delivery.body).order_by(Delivery.id)))


def test_never_more_than_five_in_a_window(kf_env: KfEnv) -> None:
    _journey(kf_env)
    _enter(kf_env, "wmLan")
    _says(kf_env, "wmLan", "你好")
    conv = _conversation(kf_env, "wmLan")
    for i in range(4):
        kf_env.services.replies.send(conv, f"回复 {i + 1}")
    _deliver(kf_env)
    kf_env.services.welcome_runner.run_once(_step_due_now(kf_env, minutes_ago=200))
    # Three steps are due, one message is left in the window: one goes, two wait.
    assert _queued(kf_env)[4:] == ["【答疑】\n有问题直接在这里回复即可。"]
    assert _enrolment(kf_env).next_position == 2

    _says(kf_env, "wmLan", "好的")
    kf_env.services.welcome_runner.run_once(datetime.now(UTC))
    kf_env.services.welcome_runner.run_once(datetime.now(UTC))
    assert _queued(kf_env)[5:] == ["【活动】\n第三步：本周活动预告", "【权益】\n第四步：会员权益"]
    assert _enrolment(kf_env).status == "finished"


def test_answers_to_the_welcome_typed_in_wechat_fill_the_profile(kf_env: KfEnv) -> None:
    _journey(kf_env, first=WelcomeStepKind.INFO_CAPTURE)
    _enter(kf_env, "wmXiao")
    _says(kf_env, "wmXiao", "我叫小林，喜欢拉花")
    with kf_env.services.db.read() as s:
        e = s.scalar(select(Enrolment))
        assert e is not None and e.info_answered_at is not None
        member = s.get(Member, e.member_id)
        assert member is not None and member.display_name == "小林"


def test_a_wechat_only_member_added_to_a_group_by_hand_is_enrolled(kf_env: KfEnv) -> None:
    """The single-member path (an operator adds the member to a group) sees the 微信客服
    conversation as a way to reach them, as the runner's batch pass does."""
    _enter(kf_env, "wmLin")  # no journey on the account yet: only the member and session
    with kf_env.services.db.write() as s:
        j = WelcomeJourney(name="群欢迎")
        j.steps.append(
            WelcomeStep(
                position=0,
                kind=WelcomeStepKind.CUSTOM,
                title="问候",
                channel=StepChannel.EMAIL,
                delay_minutes=5,
                delay_anchor=DelayAnchor.PREVIOUS,
                subject="",
                template="欢迎进群",
                enabled=True,
            )
        )
        s.add(j)
        s.flush()
        group = Group(name="拾光咖啡·北京1群", journey_id=j.id)
        s.add(group)
        s.flush()
        group_id = group.id
        member_id = s.scalar(select(KfSession.member_id))
    assert member_id is not None
    enrolment_id = kf_env.services.welcome.join(member_id, group_id)
    assert enrolment_id is not None
    e = _enrolment(kf_env)
    assert e.status == "active" and e.next_due_at is not None and e.group_id == group_id
