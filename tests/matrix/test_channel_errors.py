"""Pure unit tests: error classification, send results, config round trip, registry."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from nio import ErrorResponse, RoomSendError

from desktop.channels.base import AuthError, OutgoingMessage, PermanentError, TemporaryError
from desktop.channels.matrix import (
    ENCRYPTED_REASON,
    MatrixAuthError,
    MatrixChannel,
    MatrixConfig,
    MatrixEncryptedRoom,
    MatrixError,
    MatrixForbidden,
    MatrixUnavailable,
    classify,
    result_for,
)
from desktop.channels.matrix_types import image_size
from desktop.channels.registry import build_channel, build_pacer, needs_secret
from desktop.domain.enums import ChannelKind
from tests.matrix.conftest import run
from tests.matrix.helpers import write_png


def test_rate_limit_maps_to_retry_after() -> None:
    error = classify(RoomSendError("Too Many Requests", "M_LIMIT_EXCEEDED", 1500), 429)
    assert isinstance(error, MatrixUnavailable)
    assert error.retry_after == 1.5
    result = result_for(error)
    assert isinstance(result, TemporaryError)
    assert result.retry_after == timedelta(seconds=1.5)
    assert not result.account_wide  # the pacer's defer already holds the account


def test_rate_limit_without_body_still_temporary() -> None:
    error = classify(ErrorResponse("unknown error"), 429)
    assert isinstance(error, MatrixUnavailable) and error.retry_after is None
    assert isinstance(result_for(error), TemporaryError)


def test_auth_server_and_forbidden_errors() -> None:
    auth = classify(ErrorResponse("Invalid access token passed.", "M_UNKNOWN_TOKEN"), 401)
    assert isinstance(auth, MatrixAuthError)
    assert isinstance(result_for(auth), AuthError)

    down = classify(ErrorResponse("unknown error"), 502)
    assert isinstance(down, MatrixUnavailable)
    result = result_for(down)
    assert isinstance(result, TemporaryError) and result.account_wide

    forbidden = classify(ErrorResponse("User not in room", "M_FORBIDDEN"), 403)
    assert isinstance(forbidden, MatrixForbidden)
    assert isinstance(result_for(forbidden), PermanentError)

    bad = classify(ErrorResponse("bad json", "M_BAD_JSON"), 400)
    assert type(bad) is MatrixError
    assert isinstance(result_for(bad), PermanentError)

    encrypted = result_for(MatrixEncryptedRoom("!r"))
    assert encrypted == PermanentError(ENCRYPTED_REASON)


def test_config_round_trip_keeps_unknown_keys() -> None:
    data = {
        "homeserver": "http://127.0.0.1:8008",
        "user_id": "@ops:example",
        "device_id": "ABC",
        "rate_per_second": "2.5",
        "burst": 3,
        "future_option": {"x": 1},
    }
    cfg = MatrixConfig.from_json(data)
    assert cfg.rate_per_second == 2.5 and cfg.burst == 3 and cfg.timeout == 30.0
    assert cfg.to_json()["future_option"] == {"x": 1}
    assert MatrixConfig.from_json(cfg.to_json()) == cfg
    assert cfg.problems() == []
    assert set(MatrixConfig.from_json({"homeserver": "x", "user_id": "ops"}).problems()) == {
        "homeserver",
        "user_id",
    }


def test_registry_builds_matrix() -> None:
    config = {
        "homeserver": "http://127.0.0.1:1",
        "user_id": "@a:b",
        "rate_per_second": 4,
        "burst": 2,
    }
    channel = build_channel(ChannelKind.MATRIX, config, "token")
    assert isinstance(channel, MatrixChannel)
    assert needs_secret(ChannelKind.MATRIX, config)
    pacer = build_pacer(ChannelKind.MATRIX, config)
    assert (pacer.rate, pacer.burst) == (4, 2)


def test_send_without_token_or_attachment_is_refused(tmp_path: Path) -> None:
    cfg = MatrixConfig("http://127.0.0.1:1", "@a:b")
    msg = OutgoingMessage(1, "k", "!room", "", "hi")
    assert isinstance(run(MatrixChannel(cfg, None).send(msg)), AuthError)
    missing = OutgoingMessage(1, "k", "!room", "", "hi", attachments=(str(tmp_path / "nope.png"),))
    result = run(MatrixChannel(cfg, "t").send(missing))
    assert isinstance(result, PermanentError) and "attachment" in result.reason


def test_image_size_from_headers(tmp_path: Path) -> None:
    assert image_size(write_png(tmp_path / "a.png", 7, 5)) == (7, 5)
    (tmp_path / "b.gif").write_bytes(b"GIF89a\x0a\x00\x04\x00" + b"\x00" * 20)
    assert image_size(tmp_path / "b.gif") == (10, 4)
    jpeg = b"\xff\xd8\xff\xe0\x00\x04ab\xff\xc0\x00\x11\x08\x00\x20\x00\x40\x03" + b"\x00" * 20
    (tmp_path / "c.jpg").write_bytes(jpeg)
    assert image_size(tmp_path / "c.jpg") == (64, 32)
    (tmp_path / "d.txt").write_text("not an image")
    assert image_size(tmp_path / "d.txt") is None
