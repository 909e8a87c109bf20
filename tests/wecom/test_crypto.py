"""The callback crypto against the official sample (加解密方案说明, W/91144) and its faults."""

from __future__ import annotations

import pytest

from desktop.channels.wecom.crypto import CallbackRejected, WeComCrypto, parse_xml
from tests.wecom_contract import callbacks

TOKEN = "QDG6eK"
CORP = "wx5823bf96d3bd56c7"
KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"
ECHO = "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="


def test_official_url_verification_sample() -> None:
    crypto = WeComCrypto(TOKEN, KEY, CORP)
    echo = crypto.verify_url(
        "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3", "1409659589", "263014780", ECHO
    )
    assert echo == "1616140317555161061"


def test_official_sample_with_a_wrong_signature_is_refused() -> None:
    crypto = WeComCrypto(TOKEN, KEY, CORP)
    with pytest.raises(CallbackRejected) as e:
        crypto.verify_url("0" * 40, "1409659589", "263014780", ECHO)
    assert e.value.status == 403


def test_an_old_timestamp_is_refused_even_when_signed() -> None:
    crypto = WeComCrypto(TOKEN, KEY, CORP)
    with pytest.raises(CallbackRejected, match="timestamp"):
        crypto.verify_url(
            "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
            "1409659589",
            "263014780",
            ECHO,
            now=1409659589 + 3600,
        )


def test_event_from_the_contract_side_decrypts() -> None:
    app = callbacks.CallbackApp(TOKEN, KEY, CORP)
    xml = callbacks.chat_event("wrChat1", "update", "add_member", ["wmA", "wmB"], join_scene=3)
    query, body = callbacks.signed_post(app, xml)
    plain = WeComCrypto(TOKEN, KEY, CORP).decrypt_post(
        query["msg_signature"], query["timestamp"], query["nonce"], body, now=None
    )
    fields = parse_xml(plain)
    assert fields["Event"] == "change_external_chat"
    assert fields["UpdateDetail"] == "add_member"


def test_wrong_corp_id_and_broken_input_are_refused() -> None:
    app = callbacks.CallbackApp(TOKEN, KEY, CORP)
    crypto = WeComCrypto(TOKEN, KEY, CORP)
    query, body = callbacks.signed_post(app, "<xml/>", corp_id="wxSomeoneElse")
    with pytest.raises(CallbackRejected, match="corp ID"):
        crypto.decrypt_post(
            query["msg_signature"], query["timestamp"], query["nonce"], body, now=None
        )
    with pytest.raises(CallbackRejected, match="XML"):
        crypto.decrypt_post("x", "1", "2", b"<xml><Encrypt>", now=None)
    with pytest.raises(CallbackRejected):
        crypto.decrypt("AAAA")  # 3 bytes: not a whole AES block


def test_round_trip_of_the_app_side_encrypt() -> None:
    crypto = WeComCrypto(TOKEN, KEY, CORP)
    sealed = crypto.encrypt_post("<xml><Content>你好</Content></xml>")
    assert (
        crypto.decrypt_post(
            sealed.msg_signature, sealed.timestamp, sealed.nonce, sealed.xml(), now=None
        )
        == "<xml><Content>你好</Content></xml>"
    )


def test_check_callback_command_prints_the_echo_or_the_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import main

    args = ["wecom", "check-callback", "--token", TOKEN, "--aes-key", KEY, "--corp-id", CORP]
    args += ["--timestamp", "1409659589", "--nonce", "263014780", "--echostr", ECHO]
    assert main([*args, "--signature", "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3"]) == 0
    assert capsys.readouterr().out.strip() == "1616140317555161061"
    assert main([*args, "--signature", "0" * 40]) == 1
    assert "bad msg_signature" in capsys.readouterr().err
