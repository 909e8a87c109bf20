"""The Matrix channel: rooms are groups, direct rooms are DMs, matrix-nio underneath.

This module is the channel the dispatcher uses (``MatrixChannel``) and the one place the
rest of the app imports Matrix names from; the account API lives in ``matrix_session``,
the data and errors in ``matrix_types``, JSON parsing in ``matrix_sync``.

End-to-end encryption is not supported (no python-olm): sending to an encrypted room is
refused with a reason, never posted in plain text into it, and never silently dropped.
"""

from __future__ import annotations

import mimetypes
from datetime import timedelta
from pathlib import Path

from desktop.channels.base import (
    AuthError,
    Capability,
    ConnectionCheck,
    OutgoingMessage,
    PermanentError,
    SendResult,
    Sent,
    TemporaryError,
)
from desktop.channels.matrix_session import MatrixSession, login
from desktop.channels.matrix_types import (
    ENCRYPTED_REASON,
    Invite,
    MatrixAuthError,
    MatrixConfig,
    MatrixEncryptedRoom,
    MatrixError,
    MatrixForbidden,
    MatrixUnavailable,
    MemberEvent,
    RoomMember,
    RoomMessage,
    RoomSummary,
    SyncBatch,
    classify,
)
from desktop.domain.enums import ChannelKind

__all__ = [
    "ENCRYPTED_REASON",
    "Invite",
    "MatrixAuthError",
    "MatrixChannel",
    "MatrixConfig",
    "MatrixEncryptedRoom",
    "MatrixError",
    "MatrixForbidden",
    "MatrixSession",
    "MatrixUnavailable",
    "MemberEvent",
    "RoomMember",
    "RoomMessage",
    "RoomSummary",
    "SyncBatch",
    "check_connection",
    "classify",
    "login",
    "result_for",
]

NO_TOKEN = "no access token stored for this Matrix account: sign in again"


def result_for(error: MatrixError) -> SendResult:
    """What the dispatcher should do about a Matrix failure."""
    if isinstance(error, MatrixAuthError):
        return AuthError(f"Matrix refused the access token: {error}")
    if isinstance(error, MatrixUnavailable):
        if error.retry_after is not None or error.status == 429:
            # Rate limits are per user: the pacer's defer holds the whole account back.
            after = timedelta(seconds=error.retry_after) if error.retry_after else None
            return TemporaryError(str(error), retry_after=after)
        return TemporaryError(str(error), account_wide=True)
    if isinstance(error, MatrixEncryptedRoom):
        return PermanentError(ENCRYPTED_REASON)
    if isinstance(error, MatrixForbidden):
        return PermanentError(f"not allowed to post there (not in the room, or muted): {error}")
    if error.status is not None and 400 <= error.status < 500:
        return PermanentError(str(error))
    return TemporaryError(str(error))


def _is_image(path: str) -> bool:
    mimetype = mimetypes.guess_type(path)[0] or ""
    return mimetype.startswith("image/")


class MatrixChannel:
    kind = ChannelKind.MATRIX
    capabilities = (
        Capability.POST_TO_GROUP
        | Capability.DM_PERSON
        | Capability.RECEIVE
        | Capability.LIST_MEMBERS
    )

    def __init__(self, config: MatrixConfig, access_token: str | None) -> None:
        self.config = config
        self._token = access_token
        self._session: MatrixSession | None = None

    def _open(self) -> MatrixSession:
        # Lazy: building the channel does no I/O; one HTTP session is reused for the batch.
        if self._session is None:
            assert self._token
            self._session = MatrixSession(self.config, self._token)
        return self._session

    async def _room_for(self, session: MatrixSession, recipient: str) -> str:
        recipient = recipient.strip()
        if recipient.startswith("!"):  # v12 room ids have no ":server" part
            return recipient
        if recipient.startswith("@") and ":" in recipient:
            return await session.ensure_dm_room(recipient)
        if recipient.startswith("#") and ":" in recipient:
            return await session.join(recipient)
        raise MatrixError(f"not a Matrix room or user id: {recipient!r}", status=400)

    async def send(self, message: OutgoingMessage) -> SendResult:
        if not self._token:
            return AuthError(NO_TOKEN)
        missing = [p for p in message.attachments if not Path(p).is_file()]
        if missing:
            return PermanentError(f"attachment not found: {missing[0]}")
        session = self._open()
        key = message.idempotency_key
        try:
            room_id = await self._room_for(session, message.recipient)
            await session.ensure_sendable(room_id)
            # Each part has its own txn id derived from the key: after a crash mid-post the
            # resend re-sends every part and the server drops those it already has.
            event_id: str | None = None
            if message.text.strip() or not message.attachments:
                event_id = await session.send_text(room_id, message.text, message.html, txn_id=key)
            for i, path in enumerate(message.attachments):
                if _is_image(path):
                    sent = await session.send_image(room_id, path, txn_id=f"{key}-img{i}")
                else:
                    sent = await session.send_file(room_id, path, txn_id=f"{key}-file{i}")
                event_id = event_id or sent
        except MatrixError as e:
            return result_for(e)
        return Sent(external_id=event_id)

    async def close(self) -> None:
        session, self._session = self._session, None
        if session is not None:
            await session.close()


async def check_connection(config: MatrixConfig, access_token: str | None) -> ConnectionCheck:
    """Ask the server who the token belongs to: proves URL, network and token at once."""
    if not access_token:
        return ConnectionCheck(False, NO_TOKEN)
    session = MatrixSession(config, access_token)
    try:
        user_id = await session.whoami()
    except MatrixError as e:
        return ConnectionCheck(False, str(e))
    finally:
        await session.close()
    if config.user_id and user_id != config.user_id:
        return ConnectionCheck(False, f"the token belongs to {user_id}, not {config.user_id}")
    return ConnectionCheck(True, f"OK {user_id}")
