"""Reading Matrix JSON (a /sync response, a /messages chunk, room state) into our dataclasses.

Works on the raw client-server API JSON rather than nio's parsed events: we need fields
nio does not surface uniformly (``unsigned.transaction_id``, ``unsigned.prev_content``,
a kick's ``reason``), and raw dicts skip nio's per-event schema validation on big syncs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.channels.matrix_types import (
    Invite,
    MemberEvent,
    RoomMember,
    RoomMessage,
    RoomSummary,
    SyncBatch,
    ts_from_ms,
)

ENCRYPTION_STATE = "m.room.encryption"
ENCRYPTED_EVENT = "m.room.encrypted"
POWER_LEVELS = "m.room.power_levels"
# Room versions in which the creator(s) hold power above any number in the users map
# (MSC4289): every version that is not one of the earlier ones listed here.
_PRE_CREATOR_POWER_VERSIONS = frozenset(str(v) for v in range(1, 12)) | {""}
CREATOR_POWER_LEVEL = 100  # how a v12 creator is reported: at least an admin


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _events(section: Any) -> list[dict[str, Any]]:
    events = _dict(section).get("events")
    return [e for e in events if isinstance(e, dict)] if isinstance(events, list) else []


def power_map(content: dict[str, Any]) -> dict[str, int]:
    """Each listed user's level; the room's default for everyone else under key ``""``."""
    out: dict[str, int] = {}
    for user, level in _dict(content.get("users")).items():
        try:
            out[str(user)] = int(level)
        except (TypeError, ValueError):
            continue
    try:
        out[""] = int(content.get("users_default", 0) or 0)
    except (TypeError, ValueError):
        out[""] = 0
    return out


def member_event(room_id: str, ev: dict[str, Any]) -> MemberEvent | None:
    if ev.get("type") != "m.room.member" or not isinstance(ev.get("state_key"), str):
        return None
    content = _dict(ev.get("content"))
    prev = _dict(_dict(ev.get("unsigned")).get("prev_content"))
    return MemberEvent(
        room_id=room_id,
        event_id=str(ev.get("event_id", "")),
        user_id=ev["state_key"],
        display_name=str(content.get("displayname") or ""),
        membership=str(content.get("membership", "")),
        prev_membership=str(prev.get("membership", "")),
        ts=ts_from_ms(ev.get("origin_server_ts")),
        sender=str(ev.get("sender", "")),
        reason=str(content.get("reason") or ""),
    )


def room_message(room_id: str, ev: dict[str, Any]) -> RoomMessage | None:
    if ev.get("type") != "m.room.message":
        return None
    content = _dict(ev.get("content"))
    if not content:  # redacted: nothing left to show
        return None
    html = None
    if content.get("format") == "org.matrix.custom.html" and isinstance(
        content.get("formatted_body"), str
    ):
        html = content["formatted_body"]
    txn = _dict(ev.get("unsigned")).get("transaction_id")
    url = content.get("url")
    return RoomMessage(
        room_id=room_id,
        event_id=str(ev.get("event_id", "")),
        sender=str(ev.get("sender", "")),
        body=str(content.get("body", "")),
        html=html,
        ts=ts_from_ms(ev.get("origin_server_ts")),
        msgtype=str(content.get("msgtype", "")),
        txn_id=txn if isinstance(txn, str) else None,
        url=url if isinstance(url, str) else None,
    )


class _Collector:
    def __init__(self) -> None:
        self.members: list[MemberEvent] = []
        self.messages: list[RoomMessage] = []
        self.encrypted: set[str] = set()
        self.power: dict[str, dict[str, int]] = {}  # room → users' levels (latest event)
        self._seen: set[str] = set()

    def add(self, room_id: str, events: Iterable[dict[str, Any]], messages: bool) -> None:
        for ev in events:
            # With full_state the state block repeats events also in the timeline.
            event_id = ev.get("event_id")
            if isinstance(event_id, str):
                if event_id in self._seen:
                    continue
                self._seen.add(event_id)
            kind = ev.get("type")
            if kind in (ENCRYPTION_STATE, ENCRYPTED_EVENT):
                self.encrypted.add(room_id)
            elif kind == POWER_LEVELS and ev.get("state_key") == "":
                self.power[room_id] = power_map(_dict(ev.get("content")))
            elif kind == "m.room.member":
                member = member_event(room_id, ev)
                if member is not None:
                    self.members.append(member)
            elif messages and kind == "m.room.message":
                message = room_message(room_id, ev)
                if message is not None:
                    self.messages.append(message)


def _own_invite(events: list[dict[str, Any]], own_user_id: str) -> dict[str, Any]:
    """Our m.room.member "invite" event among the stripped state ({} when missing).

    Without our user id, the last invite stands in: servers append the invite itself."""
    found: dict[str, Any] = {}
    for ev in events:
        if ev.get("type") != "m.room.member":
            continue
        if _dict(ev.get("content")).get("membership") != "invite":
            continue
        if ev.get("state_key") == own_user_id or not own_user_id:
            found = ev
    return found


def _looks_one_to_one(events: list[dict[str, Any]], inviter: str, own_user_id: str) -> bool:
    """A room that can only be a conversation between the inviter and us: unnamed, not a
    space, not open to anyone (public or with an address), and nobody else in sight.

    Stripped state shows few members (usually just the inviter), so this is a best guess
    for clients that do not send ``is_direct``; the flag itself is preferred."""
    if not inviter or _state_content(events, "m.room.name") is not None:
        return False
    if _dict(_state_content(events, "m.room.create")).get("type"):
        return False
    if _dict(_state_content(events, "m.room.join_rules")).get("join_rule") == "public":
        return False
    if _dict(_state_content(events, "m.room.canonical_alias")).get("alias"):
        return False
    people = {
        ev["state_key"]
        for ev in events
        if ev.get("type") == "m.room.member"
        and isinstance(ev.get("state_key"), str)
        and _dict(ev.get("content")).get("membership") in ("join", "invite")
    }
    return people - {own_user_id} <= {inviter}


def parse_invite(room_id: str, room: dict[str, Any], own_user_id: str = "") -> Invite:
    """One ``rooms.invite`` entry: who invited us, and whether to treat it as a DM."""
    events = _events(_dict(room).get("invite_state"))
    ours = _own_invite(events, own_user_id)
    inviter = str(ours.get("sender") or "")
    flag = _dict(ours.get("content")).get("is_direct")
    # The flag wins when present; the 1:1 guess is only for clients that never send it.
    direct = flag if isinstance(flag, bool) else _looks_one_to_one(events, inviter, own_user_id)
    summary = _dict(_dict(room).get("summary"))
    count = summary.get("m.joined_member_count")
    return Invite(
        room_id=room_id,
        inviter=inviter,
        is_direct=direct,
        name=str(_dict(_state_content(events, "m.room.name")).get("name") or ""),
        topic=str(_dict(_state_content(events, "m.room.topic")).get("topic") or ""),
        encrypted=_state_content(events, ENCRYPTION_STATE) is not None,
        member_count=count if isinstance(count, int) and not isinstance(count, bool) else None,
    )


def parse_sync(data: dict[str, Any], own_user_id: str = "") -> SyncBatch:
    rooms = _dict(data.get("rooms"))
    join = _dict(rooms.get("join"))
    leave = _dict(rooms.get("leave"))
    invite = _dict(rooms.get("invite"))
    out = _Collector()
    limited: dict[str, str] = {}
    for room_id, room in join.items():
        room = _dict(room)
        timeline = _dict(room.get("timeline"))
        out.add(room_id, _events(room.get("state")), messages=False)
        out.add(room_id, _events(timeline), messages=True)
        if timeline.get("limited") and isinstance(timeline.get("prev_batch"), str):
            limited[room_id] = timeline["prev_batch"]
    for room_id, room in leave.items():
        # Only membership matters for a room we left or were kicked from: the kick
        # event (with its reason) is in this room's timeline.
        room = _dict(room)
        out.add(room_id, _events(room.get("state")), messages=False)
        out.add(room_id, _events(room.get("timeline")), messages=False)
    direct: dict[str, list[str]] = {}
    for ev in _events(data.get("account_data")):
        if ev.get("type") == "m.direct":
            direct = parse_direct(_dict(ev.get("content")))
    return SyncBatch(
        next_batch=str(data.get("next_batch", "")),
        members=out.members,
        messages=out.messages,
        invites=[parse_invite(r, _dict(room), own_user_id) for r, room in invite.items()],
        direct=direct,
        encrypted_rooms=out.encrypted & set(join),
        joined_rooms=set(join),
        left_rooms=set(leave),
        power_levels={r: p for r, p in out.power.items() if r in join},
        limited=limited,
    )


def parse_direct(content: dict[str, Any]) -> dict[str, list[str]]:
    return {
        user: [r for r in rooms if isinstance(r, str)]
        for user, rooms in content.items()
        if isinstance(user, str) and isinstance(rooms, list)
    }


def parse_messages(room_id: str, chunk: Iterable[dict[str, Any]]) -> list[RoomMessage]:
    return [m for ev in chunk if (m := room_message(room_id, ev)) is not None]


def _creators(state: list[dict[str, Any]]) -> set[str]:
    for ev in state:
        if ev.get("type") == "m.room.create" and ev.get("state_key") == "":
            content = _dict(ev.get("content"))
            if str(content.get("room_version", "1")) in _PRE_CREATOR_POWER_VERSIONS:
                return set()
            extra = content.get("additional_creators")
            return {str(ev.get("sender", ""))} | set(extra if isinstance(extra, list) else [])
    return set()


def _state_content(state: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    for ev in state:
        if ev.get("type") == kind and ev.get("state_key") == "":
            return _dict(ev.get("content"))
    return None


def members_from_state(state: list[dict[str, Any]]) -> list[RoomMember]:
    """Every user with a membership in the room's current state, with their power level."""
    power = _state_content(state, "m.room.power_levels") or {}
    users = _dict(power.get("users"))
    default = int(power.get("users_default", 0) or 0)
    creators = _creators(state)
    out = []
    for ev in state:
        if ev.get("type") != "m.room.member" or not isinstance(ev.get("state_key"), str):
            continue
        user_id = ev["state_key"]
        content = _dict(ev.get("content"))
        level = CREATOR_POWER_LEVEL if user_id in creators else int(users.get(user_id, default))
        out.append(
            RoomMember(
                user_id=user_id,
                display_name=str(content.get("displayname") or ""),
                membership=str(content.get("membership", "")),
                power_level=level,
            )
        )
    return out


def summary_from_state(room_id: str, state: list[dict[str, Any]], is_direct: bool) -> RoomSummary:
    name = _state_content(state, "m.room.name") or {}
    topic = _state_content(state, "m.room.topic") or {}
    joined = sum(
        1
        for ev in state
        if ev.get("type") == "m.room.member"
        and _dict(ev.get("content")).get("membership") == "join"
    )
    return RoomSummary(
        room_id=room_id,
        name=str(name.get("name") or ""),
        topic=str(topic.get("topic") or ""),
        member_count=joined,
        encrypted=_state_content(state, ENCRYPTION_STATE) is not None,
        is_direct=is_direct,
    )
