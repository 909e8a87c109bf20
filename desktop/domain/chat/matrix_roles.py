"""Matrix power levels ↔ the app's group roles (G3, issue 8).

Matrix rooms know only numbers: 100 is the room's owner, 50 a moderator, 0 everyone else,
and a negative level (below ``events_default``) cannot speak — which is how a mute is
expressed. The app's finer roles (KOC, 气氛组) have no Matrix meaning and stay at 0.
"""

from __future__ import annotations

from desktop.domain.enums import Role

OWNER_LEVEL = 100
MODERATOR_LEVEL = 50
MEMBER_LEVEL = 0
MUTED_LEVEL = -1


def role_for_power(level: int, current: Role | None = None) -> Role:
    """The role a room member's power level implies; a plain member keeps a finer role
    (KOC, 气氛组) the operator gave them, since Matrix cannot express it."""
    if level >= OWNER_LEVEL:
        return Role.OWNER
    if level >= MODERATOR_LEVEL:
        return Role.ADMIN
    if current in (Role.KOC, Role.ATMOSPHERE):
        return current
    return Role.MEMBER


def power_for_role(role: Role) -> int:
    if role == Role.OWNER:
        return OWNER_LEVEL
    if role == Role.ADMIN:
        return MODERATOR_LEVEL
    return MEMBER_LEVEL


def power_users(roles: dict[str, Role], own_user_id: str) -> dict[str, int]:
    """The ``users`` map of a new room's power levels: staff by role, and the account
    creating the room always keeps full power so it can moderate."""
    users = {uid: power_for_role(r) for uid, r in roles.items() if power_for_role(r) > 0}
    users[own_user_id] = OWNER_LEVEL
    return users
