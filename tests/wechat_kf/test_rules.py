"""The 微信客服 rules as plain functions: window, states, msgid, message kinds."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.wechat_kf.messages import EventType, Kind, parse_item
from desktop.domain.wechat_kf.msgid import is_valid, msgid_for
from desktop.domain.wechat_kf.window import (
    Closed,
    ServiceState,
    can_transfer,
    reply_window,
)

T0 = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_window_open_counts_time_and_messages() -> None:
    w = reply_window(T0, 2, ServiceState.UNHANDLED, T0 + timedelta(hours=10))
    assert w.is_open
    assert w.messages_left == 3
    assert w.time_left(T0 + timedelta(hours=10)) == timedelta(hours=38)


def test_window_closes_after_48_hours_and_after_five() -> None:
    assert reply_window(T0, 0, ServiceState.UNHANDLED, T0 + timedelta(hours=48)).closed is (
        Closed.EXPIRED
    )
    assert reply_window(T0, 5, ServiceState.UNHANDLED, T0 + timedelta(hours=1)).closed is (
        Closed.USED_UP
    )
    assert reply_window(None, 0, ServiceState.UNHANDLED, T0).closed is Closed.NO_MESSAGE


def test_only_unhandled_and_assistant_states_allow_api_sends() -> None:
    now = T0 + timedelta(minutes=1)
    allowed = {s for s in ServiceState if reply_window(T0, 0, s, now).is_open}
    assert allowed == {ServiceState.UNHANDLED, ServiceState.ASSISTANT}
    assert reply_window(T0, 0, ServiceState.HUMAN, now).closed is Closed.STATE


def test_ended_sessions_cannot_be_transferred() -> None:
    assert not any(can_transfer(ServiceState.ENDED, s) for s in ServiceState)
    assert can_transfer(ServiceState.UNHANDLED, ServiceState.HUMAN)


@given(
    sent=st.integers(min_value=0, max_value=20),
    hours=st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_window_is_open_exactly_inside_both_limits(sent: int, hours: float) -> None:
    now = T0 + timedelta(hours=hours)
    w = reply_window(T0, sent, ServiceState.ASSISTANT, now)
    assert w.is_open == (sent < 5 and hours < 48)
    assert 0 <= w.messages_left <= 5


@given(st.text(min_size=0, max_size=300))
def test_msgid_is_stable_and_valid(key: str) -> None:
    a = msgid_for(key)
    assert a == msgid_for(key)
    assert is_valid(a) and len(a.encode()) <= 32


def test_msgids_differ_per_key() -> None:
    assert msgid_for("dm:1") != msgid_for("dm:2")


def test_message_kinds_parse() -> None:
    text = parse_item(
        {
            "msgid": "m1",
            "open_kfid": "wk1",
            "external_userid": "wm1",
            "send_time": 1,
            "origin": 3,
            "msgtype": "text",
            "text": {"content": "你好"},
        }
    )
    assert text.kind is Kind.TEXT and text.text == "你好" and text.from_user
    image = parse_item({"msgid": "m2", "origin": 3, "msgtype": "image", "image": {"media_id": "X"}})
    assert image.kind is Kind.IMAGE and image.media_id == "X" and image.filename == "image.jpg"
    voice = parse_item({"msgid": "m3", "origin": 3, "msgtype": "voice", "voice": {"media_id": "V"}})
    assert voice.filename.endswith(".amr")
    loc = parse_item(
        {
            "msgid": "m4",
            "origin": 3,
            "msgtype": "location",
            "location": {"latitude": 23.1, "longitude": 113.3, "name": "门店", "address": "广州"},
        }
    )
    assert "门店" in loc.text
    odd = parse_item({"msgid": "m5", "origin": 3, "msgtype": "channels_shop_order", "x": {}})
    assert odd.kind is Kind.UNSUPPORTED
    assert odd.text == "unsupported message (channels_shop_order)"
    assert "channels_shop_order" in odd.raw_json


def test_events_parse() -> None:
    enter = parse_item(
        {
            "msgid": "e1",
            "origin": 4,
            "msgtype": "event",
            "event": {
                "event_type": "enter_session",
                "open_kfid": "wk1",
                "external_userid": "wm1",
                "scene": "poster",
                "welcome_code": "WC",
            },
        }
    )
    assert enter.event is not None and enter.event.type is EventType.ENTER_SESSION
    assert enter.event.welcome_code == "WC" and enter.external_userid == "wm1"
    assert enter.open_kfid == "wk1" and not enter.is_message
    fail = parse_item(
        {
            "msgid": "e2",
            "origin": 4,
            "msgtype": "event",
            "event": {"event_type": "msg_send_fail", "fail_msgid": "abc", "fail_type": 4},
        }
    )
    assert fail.event is not None and fail.event.fail_msgid == "abc"
    end = parse_item(
        {
            "msgid": "e3",
            "origin": 4,
            "msgtype": "event",
            "event": {"event_type": "session_status_change", "change_type": 3, "msg_code": "MC"},
        }
    )
    assert end.event is not None and end.event.msg_code == "MC"
    other = parse_item(
        {"msgid": "e4", "origin": 4, "msgtype": "event", "event": {"event_type": "new"}}
    )
    assert other.event is not None and other.event.type is EventType.OTHER
