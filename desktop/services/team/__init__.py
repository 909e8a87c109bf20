"""Team mode (R4): the shared PostgreSQL database and the teammates who work in it."""

from desktop.channels.base import ConnectionCheck
from desktop.services.team.database import (
    SECRET_REF,
    SETTING_KEY,
    TeamDatabase,
    check_team_database,
    team_url_at_start,
)
from desktop.services.team.teammates import TeammateError, TeammateService

__all__ = [
    "SECRET_REF",
    "SETTING_KEY",
    "ConnectionCheck",
    "TeamDatabase",
    "TeammateError",
    "TeammateService",
    "check_team_database",
    "team_url_at_start",
]
