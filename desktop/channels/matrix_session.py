"""One signed-in Matrix account: rooms, members, moderation, DMs, messages, media, /sync.

The HTTP plumbing and error mapping are in ``matrix_http``; this is the Matrix API the
app uses, in our own dataclasses.
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import time
from pathlib import Path
from typing import Any

from nio import (
    ErrorResponse,
    JoinedRoomsResponse,
    JoinResponse,
    RoomCreateResponse,
    RoomGetStateEventResponse,
    RoomKickResponse,
    RoomPutStateResponse,
    RoomReadMarkersResponse,
    RoomSendResponse,
    UploadResponse,
)
from nio.api import RoomPreset, RoomVisibility

from desktop.channels.matrix_http import NETWORK_ERRORS, MatrixHttp, login, path_of
from desktop.channels.matrix_sync import (
    members_from_state,
    parse_direct,
    parse_messages,
    parse_sync,
    summary_from_state,
)
from desktop.channels.matrix_types import (
    MatrixConfig,
    MatrixEncryptedRoom,
    MatrixError,
    MatrixUnavailable,
    RoomMember,
    RoomMessage,
    RoomSummary,
    SyncBatch,
    classify,
    image_size,
)

__all__ = ["MatrixSession", "login"]

# How long "this room is not encrypted" is trusted before asking again: encryption can be
# switched on at any time (never off), and asking on every send would halve throughput.
# Half a minute keeps a burst of posts at full speed while a member who turns encryption
# on gets at most that long of plain messages.
ENCRYPTION_CHECK_TTL = 30.0


class MatrixSession(MatrixHttp):
    def __init__(self, config: MatrixConfig, access_token: str) -> None:
        super().__init__(config, access_token)
        self._encryption_checked: dict[str, float] = {}  # room id → when seen unencrypted
        self._dm_lock = asyncio.Lock()

    # --- account -------------------------------------------------------------------------

    async def _joined_ids(self) -> list[str]:
        return list((await self._call(self._client.joined_rooms(), JoinedRoomsResponse)).rooms)

    async def direct_rooms(self) -> dict[str, list[str]]:
        """The m.direct account data: user id → their DM room ids ({} when never set)."""
        try:
            data = await self._request(
                "GET", path_of("user", self.user_id, "account_data", "m.direct")
            )
        except MatrixError as e:
            if e.status == 404:
                return {}
            raise
        return parse_direct(data)

    async def _put_direct(self, direct: dict[str, list[str]]) -> None:
        await self._request(
            "PUT", path_of("user", self.user_id, "account_data", "m.direct"), direct
        )

    # --- rooms ---------------------------------------------------------------------------

    async def room_state(self, room_id: str) -> list[dict[str, Any]]:
        """All current state events of the room (403 → MatrixForbidden when not in it)."""
        parsed = await self._raw("GET", path_of("rooms", room_id, "state"))
        if not isinstance(parsed, list):
            raise MatrixError(f"unexpected reply to the state of {room_id}")
        return [e for e in parsed if isinstance(e, dict)]

    async def joined_room(self, room_id: str) -> RoomSummary | None:
        """One joined room's summary (None when the account is not in it): two requests,
        where ``joined_rooms`` reads the state of every room."""
        if room_id not in await self._joined_ids():
            return None
        return summary_from_state(room_id, await self.room_state(room_id), False)

    async def joined_rooms(self) -> list[RoomSummary]:
        ids = await self._joined_ids()
        direct = await self.direct_rooms()
        direct_ids = {r for rooms in direct.values() for r in rooms}
        limit = asyncio.Semaphore(8)  # a big account must not open hundreds of requests

        async def one(room_id: str) -> RoomSummary:
            async with limit:
                state = await self.room_state(room_id)
            return summary_from_state(room_id, state, room_id in direct_ids)

        return list(await asyncio.gather(*(one(r) for r in ids)))

    async def create_room(
        self,
        name: str,
        topic: str,
        first_message: str = "",
        power_users: dict[str, int] | None = None,
        invite: list[str] | None = None,
        *,
        encrypted: bool = False,
        joinable_by_link: bool = False,
    ) -> str:
        """A room kept out of the public directory; the first message (the announcement) is
        pinned. Invite-only unless ``joinable_by_link``: then anyone with the room's link
        may join (a community group whose invitation carries its link).

        ``encrypted`` exists for tests and for creating rooms users will use from other
        clients: this app cannot send to them itself."""
        initial_state = []
        if encrypted:
            initial_state.append(
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            )
        resp = await self._call(
            self._client.room_create(
                visibility=RoomVisibility.private,
                name=name or None,
                topic=topic or None,
                preset=RoomPreset.public_chat if joinable_by_link else RoomPreset.private_chat,
                invite=list(invite or []),
                initial_state=initial_state,
            ),
            RoomCreateResponse,
        )
        room_id = resp.room_id
        # Power levels are merged after creation instead of overriding them in createRoom:
        # an override replaces the whole users map, which would demote the creator in
        # rooms before v12 and is rejected if it names the creator in v12 rooms.
        others = {u: lvl for u, lvl in (power_users or {}).items() if u != self.user_id}
        if others:
            await self._update_power_levels(room_id, others)
        if first_message:
            event_id = await self.send_text(room_id, first_message)
            await self._call(
                self._client.room_put_state(
                    room_id, "m.room.pinned_events", {"pinned": [event_id]}
                ),
                RoomPutStateResponse,
            )
        return room_id

    async def room_members(self, room_id: str) -> list[RoomMember]:
        return members_from_state(await self.room_state(room_id))

    async def join(self, room_id_or_alias: str) -> str:
        return (await self._call(self._client.join(room_id_or_alias), JoinResponse)).room_id

    async def invite(self, room_id: str, user_id: str) -> None:
        await self._request("POST", path_of("rooms", room_id, "invite"), {"user_id": user_id})

    async def leave(self, room_id: str) -> None:
        await self._request("POST", path_of("rooms", room_id, "leave"), {})

    async def _power_levels(self, room_id: str) -> dict[str, Any]:
        resp = await self._call(
            self._client.room_get_state_event(room_id, "m.room.power_levels"),
            RoomGetStateEventResponse,
        )
        return dict(resp.content)

    async def _update_power_levels(self, room_id: str, users: dict[str, int]) -> None:
        content = await self._power_levels(room_id)
        content["users"] = {**dict(content.get("users") or {}), **users}
        await self._call(
            self._client.room_put_state(room_id, "m.room.power_levels", content),
            RoomPutStateResponse,
        )

    async def set_power_level(self, room_id: str, user_id: str, level: int) -> None:
        await self._update_power_levels(room_id, {user_id: level})

    async def mute(self, room_id: str, user_id: str) -> None:
        """Power level one below what sending a message needs, so the server refuses them."""
        content = await self._power_levels(room_id)
        events = dict(content.get("events") or {})
        needed = int(events.get("m.room.message", content.get("events_default", 0)) or 0)
        users = {**dict(content.get("users") or {}), user_id: min(needed, 0) - 1}
        content["users"] = users
        await self._call(
            self._client.room_put_state(room_id, "m.room.power_levels", content),
            RoomPutStateResponse,
        )

    async def kick(self, room_id: str, user_id: str, reason: str) -> None:
        await self._call(self._client.room_kick(room_id, user_id, reason or None), RoomKickResponse)

    async def ensure_dm_room(self, user_id: str) -> str:
        """The direct room with ``user_id``: an existing one from m.direct that we are still
        in (re-inviting them if they left), else a new one recorded in m.direct."""
        async with self._dm_lock:  # two sends to a new person must not make two rooms
            direct = await self.direct_rooms()
            candidates = direct.get(user_id, [])
            if candidates:
                joined = set(await self._joined_ids())
                for room_id in candidates:
                    if room_id in joined:
                        await self._reinvite_if_left(room_id, user_id)
                        return room_id
            resp = await self._call(
                self._client.room_create(
                    visibility=RoomVisibility.private,
                    is_direct=True,
                    preset=RoomPreset.trusted_private_chat,
                    invite=[user_id],
                ),
                RoomCreateResponse,
            )
            fresh = await self.direct_rooms()  # re-read: another device may have changed it
            fresh[user_id] = [*fresh.get(user_id, []), resp.room_id]
            await self._put_direct(fresh)
            return resp.room_id

    async def _reinvite_if_left(self, room_id: str, user_id: str) -> None:
        try:
            state = await self._request(
                "GET", path_of("rooms", room_id, "state", "m.room.member", user_id)
            )
        except MatrixError as e:
            if e.status != 404:
                raise
            state = {}
        if state.get("membership") in (None, "leave"):
            await self.invite(room_id, user_id)

    async def is_encrypted(self, room_id: str) -> bool:
        """Whether the room has m.room.encryption; MatrixForbidden when we are not in it."""
        seen = self._encryption_checked.get(room_id)
        if seen is not None and time.monotonic() - seen < ENCRYPTION_CHECK_TTL:
            return False
        try:
            await self._request("GET", path_of("rooms", room_id, "state", "m.room.encryption"))
        except MatrixError as e:
            if e.status != 404:
                raise
            self._encryption_checked[room_id] = time.monotonic()
            return False
        return True

    # --- messages ------------------------------------------------------------------------

    async def _send_event(self, room_id: str, content: dict[str, Any], txn_id: str | None) -> str:
        resp = await self._call(
            self._client.room_send(room_id, "m.room.message", content, tx_id=txn_id),
            RoomSendResponse,
        )
        return resp.event_id

    async def send_text(
        self, room_id: str, text: str, html: str | None = None, txn_id: str | None = None
    ) -> str:
        """→ event id. The same ``txn_id`` from the same device posts once (server dedup)."""
        content: dict[str, Any] = {"msgtype": "m.text", "body": text}
        if html:
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = html
        return await self._send_event(room_id, content, txn_id)

    async def upload(self, path: str) -> tuple[str, dict[str, Any]]:
        """Upload a file to the media repo → (mxc url, info for the event)."""
        file = Path(path)
        size = file.stat().st_size
        mimetype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        with file.open("rb") as f:
            resp, _ = await self._call_upload(f, mimetype, file.name, size)
        info: dict[str, Any] = {"mimetype": mimetype, "size": size}
        if mimetype.startswith("image/") and (dims := image_size(file)) is not None:
            info["w"], info["h"] = dims
        return resp.content_uri, info

    async def _call_upload(
        self, f: Any, mimetype: str, name: str, size: int
    ) -> tuple[UploadResponse, Any]:
        try:
            resp, keys = await self._client.upload(f, mimetype, filename=name, filesize=size)
        except NETWORK_ERRORS as e:
            raise MatrixUnavailable(f"cannot reach {self.config.homeserver}: {e}") from e
        if isinstance(resp, UploadResponse):
            return resp, keys
        if isinstance(resp, ErrorResponse):
            raise classify(resp)
        raise MatrixError(f"unexpected reply {type(resp).__name__}")

    async def send_image(self, room_id: str, path: str, txn_id: str | None = None) -> str:
        url, info = await self.upload(path)
        content = {"msgtype": "m.image", "body": Path(path).name, "url": url, "info": info}
        return await self._send_event(room_id, content, txn_id)

    async def send_file(self, room_id: str, path: str, txn_id: str | None = None) -> str:
        url, info = await self.upload(path)
        content = {"msgtype": "m.file", "body": Path(path).name, "url": url, "info": info}
        return await self._send_event(room_id, content, txn_id)

    async def ensure_sendable(self, room_id: str) -> None:
        if await self.is_encrypted(room_id):
            raise MatrixEncryptedRoom(room_id)

    async def mark_read(self, room_id: str, event_id: str) -> None:
        await self._call(
            self._client.room_read_markers(room_id, event_id, event_id), RoomReadMarkersResponse
        )

    async def messages(
        self, room_id: str, limit: int = 100, since: str | None = None, forward: bool = False
    ) -> tuple[list[RoomMessage], str]:
        """One page of room history (newest first unless ``forward``) → (messages, end token)."""
        query = {"dir": "f" if forward else "b", "limit": str(limit)}
        if since:
            query["from"] = since
        data = await self._request("GET", path_of("rooms", room_id, "messages", query=query))
        chunk = [e for e in data.get("chunk") or [] if isinstance(e, dict)]
        return parse_messages(room_id, chunk), str(data.get("end") or "")

    async def sync(
        self,
        since: str | None,
        timeout_ms: int = 30000,
        full_state: bool = False,
        *,
        timeline_limit: int = 100,
    ) -> SyncBatch:
        """One /sync long-poll. Pass the previous ``next_batch`` to get only what is new."""
        sync_filter = {
            "room": {"timeline": {"limit": timeline_limit}},
            "presence": {"types": []},
        }
        query = {
            "timeout": str(max(0, timeout_ms)),
            "filter": json.dumps(sync_filter, separators=(",", ":")),
            "set_presence": "offline",  # a background worker is not the operator being online
        }
        if since:
            query["since"] = since
        if full_state:
            query["full_state"] = "true"
        data = await self._request(
            "GET", path_of("sync", query=query), timeout=timeout_ms / 1000 + self.config.timeout
        )
        return parse_sync(data, self.user_id)
