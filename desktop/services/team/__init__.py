"""Team mode (R4): the shared PostgreSQL database and the teammates who work in it; the
team key that shares the account secrets (imported when first asked for: it brings in
``cryptography``, which the window's start need not wait for)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from desktop.channels.base import ConnectionCheck
from desktop.services.team.database import (
    SECRET_REF,
    SETTING_KEY,
    TeamDatabase,
    check_team_database,
    team_url_at_start,
)
from desktop.services.team.teammates import TeammateError, TeammateService

if TYPE_CHECKING:
    from desktop.services.team.invites import Invite, InviteError
    from desktop.services.team.keys import TeamKeys, TeamKeyStatus
    from desktop.services.team.vault import TeamVaultError

_LAZY = {
    "Invite": "desktop.services.team.invites",
    "InviteError": "desktop.services.team.invites",
    "TeamKeys": "desktop.services.team.keys",
    "TeamKeyStatus": "desktop.services.team.keys",
    "TeamVaultError": "desktop.services.team.vault",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(name)


__all__ = [
    "SECRET_REF",
    "SETTING_KEY",
    "ConnectionCheck",
    "Invite",
    "InviteError",
    "TeamDatabase",
    "TeamKeyStatus",
    "TeamKeys",
    "TeamVaultError",
    "TeammateError",
    "TeammateService",
    "check_team_database",
    "team_url_at_start",
]
