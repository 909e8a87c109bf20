"""Plain data and errors of the Matrix channel: no I/O here, so services can import freely.

Everything a caller sees is one of these dataclasses or ``MatrixError`` subclasses, never a
matrix-nio object: nio's response classes change between releases and carry transport
state we must not keep around.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # nio is heavy to import; services use these types without it
    from nio import ErrorResponse

ENCRYPTED_REASON = "room is end-to-end encrypted; Shequn Desk does not send to encrypted rooms"


class MatrixError(Exception):
    """Any failure talking to the homeserver; ``status`` is the HTTP status when known."""

    def __init__(self, message: str, *, status: int | None = None, errcode: str = "") -> None:
        super().__init__(message)
        self.status = status
        self.errcode = errcode


class MatrixAuthError(MatrixError):
    """The token or password was refused (M_UNKNOWN_TOKEN, M_FORBIDDEN on login, 401)."""


class MatrixUnavailable(MatrixError):
    """The server cannot be reached or is overloaded right now; try again later.

    ``retry_after`` (seconds) is set when the server said how long to wait (429)."""

    def __init__(
        self,
        message: str,
        *,
        retry_after: float | None = None,
        status: int | None = None,
        errcode: str = "",
    ) -> None:
        super().__init__(message, status=status, errcode=errcode)
        self.retry_after = retry_after


class MatrixForbidden(MatrixError):
    """403 on a room operation: not in the room, or not allowed to do this there."""


class MatrixEncryptedRoom(MatrixError):
    """Sending to an end-to-end encrypted room, which this app does not support."""

    def __init__(self, room_id: str) -> None:
        super().__init__(f"{room_id}: {ENCRYPTED_REASON}")
        self.room_id = room_id


_AUTH_CODES = frozenset({"M_UNKNOWN_TOKEN", "M_MISSING_TOKEN", "M_USER_DEACTIVATED"})


def classify(resp: ErrorResponse, status: int | None = None) -> MatrixError:
    """Turn a nio error response into the matching ``MatrixError``.

    ``status`` defaults to the HTTP status of the response's transport, when nio kept it.
    nio reports a body that is not a Matrix error (a proxy's HTML 502 page) as
    "unknown error" without errcode, so the HTTP status decides those."""
    if status is None:
        transport = getattr(resp, "transport_response", None)
        status = getattr(transport, "status", None)
    code = resp.status_code or ""
    text = f"{code} {resp.message}".strip() if code else str(resp.message)
    if code == "M_LIMIT_EXCEEDED" or status == 429:
        after = resp.retry_after_ms / 1000 if resp.retry_after_ms else None
        return MatrixUnavailable(
            f"rate limited: {text}", retry_after=after, status=status or 429, errcode=code
        )
    if code in _AUTH_CODES or status == 401:
        return MatrixAuthError(text, status=status, errcode=code)
    if status is not None and status >= 500:
        return MatrixUnavailable(f"server error {status}: {text}", status=status, errcode=code)
    if code == "M_FORBIDDEN" or status == 403:
        return MatrixForbidden(text, status=status, errcode=code)
    return MatrixError(text, status=status, errcode=code)


@dataclass(frozen=True)
class MatrixConfig:
    """A Matrix account except its access token (kept in the keyring)."""

    homeserver: str  # "http://127.0.0.1:8008"
    user_id: str  # "@ops:example"
    device_id: str = ""  # reused on login so the server keeps our txn ids and read state
    rate_per_second: float = 0.0  # pacing; 0 = as fast as the server takes them
    burst: int = 1
    timeout: float = 30.0
    extra: dict[str, Any] = field(default_factory=dict)  # unknown keys survive a round trip

    _KEYS = ("homeserver", "user_id", "device_id", "rate_per_second", "burst", "timeout")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MatrixConfig:
        known = {k: data[k] for k in cls._KEYS if k in data}
        extra = {k: v for k, v in data.items() if k not in cls._KEYS}
        if "rate_per_second" in known:
            known["rate_per_second"] = float(known["rate_per_second"] or 0)
        if "burst" in known:
            known["burst"] = int(known["burst"] or 1)
        if "timeout" in known:
            known["timeout"] = float(known["timeout"])
        known.setdefault("homeserver", "")
        known.setdefault("user_id", "")
        return cls(**known, extra=extra)

    def to_json(self) -> dict[str, Any]:
        return {**self.extra, **{k: getattr(self, k) for k in self._KEYS}}

    def problems(self) -> list[str]:
        """Field names that are unusable, for the account dialog to mark."""
        bad = []
        if not self.homeserver.startswith(("http://", "https://")):
            bad.append("homeserver")
        if not (self.user_id.startswith("@") and ":" in self.user_id):
            bad.append("user_id")
        if self.timeout <= 0:
            bad.append("timeout")
        if self.rate_per_second < 0 or self.burst < 1:
            bad.append("rate_per_second")
        return bad


@dataclass(frozen=True)
class RoomSummary:
    room_id: str
    name: str
    topic: str
    member_count: int  # joined members
    encrypted: bool
    is_direct: bool


@dataclass(frozen=True)
class RoomMember:
    user_id: str
    display_name: str
    membership: str  # join / invite / leave / ban / knock
    power_level: int


@dataclass(frozen=True)
class MemberEvent:
    room_id: str
    event_id: str
    user_id: str  # whose membership changed (the state key)
    display_name: str
    membership: str
    prev_membership: str  # "" when unknown or first membership
    ts: datetime  # aware UTC
    sender: str = ""  # who made the change: differs from user_id for kicks, bans, invites
    reason: str = ""  # kick/ban reason, when given


@dataclass(frozen=True)
class RoomMessage:
    room_id: str
    event_id: str
    sender: str
    body: str
    html: str | None
    ts: datetime  # aware UTC
    msgtype: str
    txn_id: str | None  # unsigned.transaction_id: set only on our own device's echo
    url: str | None = None  # mxc:// of an image/file message


@dataclass(frozen=True)
class Invite:
    """An invitation to a room, as its stripped state describes it before we join."""

    room_id: str
    inviter: str  # who sent our invite ("" when the server did not say)
    # Whether it is a direct chat: the invite's own ``is_direct`` flag when it has one,
    # else whether the room looks like a 1:1 (see ``matrix_sync.parse_invite``).
    is_direct: bool
    name: str = ""
    topic: str = ""
    encrypted: bool = False
    member_count: int | None = None  # joined members, only when the server summarised them


@dataclass(frozen=True)
class SyncBatch:
    next_batch: str
    members: list[MemberEvent]  # state then timeline m.room.member events, in order
    messages: list[RoomMessage]  # m.room.message in joined rooms
    invites: list[Invite]  # rooms we were invited to since the last batch
    direct: dict[str, list[str]]  # m.direct (user id → room ids) when in this batch, else {}
    encrypted_rooms: set[str]
    joined_rooms: set[str]
    left_rooms: set[str]
    # Rooms whose timeline was cut short (more events than the limit since the last sync),
    # → the prev_batch token to backfill from with MatrixSession.messages.
    limited: dict[str, str] = field(default_factory=dict)
    # Rooms whose power levels changed in this batch → user → level ("" = users_default).
    power_levels: dict[str, dict[str, int]] = field(default_factory=dict)


def ts_from_ms(ms: Any) -> datetime:
    try:
        return datetime.fromtimestamp(int(ms) / 1000, UTC)
    except (TypeError, ValueError, OverflowError):
        return datetime.fromtimestamp(0, UTC)


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF or JPEG header, without decoding the image.

    Only the first bytes are read for PNG/GIF; JPEG needs a walk over its segments to
    the first SOF marker, usually within a few KB. Anything else → None (the size is
    optional in m.image info)."""
    try:
        with path.open("rb") as f:
            head = f.read(26)
            if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
                w, h = struct.unpack(">II", head[16:24])
                return int(w), int(h)
            if head[:6] in (b"GIF87a", b"GIF89a"):
                w, h = struct.unpack("<HH", head[6:10])
                return int(w), int(h)
            if head.startswith(b"\xff\xd8"):
                f.seek(2)
                return _jpeg_size(f)
    except (OSError, struct.error):
        return None
    return None


def _jpeg_size(f: Any) -> tuple[int, int] | None:
    sof = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}
    for _ in range(1000):  # bounded: a corrupt file must not loop forever
        byte = f.read(1)
        while byte == b"\xff":
            byte = f.read(1)
        if not byte:
            return None
        marker = byte[0]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        length_bytes = f.read(2)
        if len(length_bytes) < 2:
            return None
        (length,) = struct.unpack(">H", length_bytes)
        if marker in sof:
            data = f.read(5)
            h, w = struct.unpack(">HH", data[1:5])
            return int(w), int(h)
        f.seek(length - 2, 1)
    return None
